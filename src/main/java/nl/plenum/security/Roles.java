package nl.plenum.security;

/** The roles Plenum reads from the token (Keycloak: realm_access/roles). */
public final class Roles {
    public static final String DELEGATE = "delegate";
    public static final String CHAIR = "chair";
    public static final String SECRETARIAT = "secretariat";

    private Roles() {
    }
}
