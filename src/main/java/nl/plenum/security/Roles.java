package nl.plenum.security;

/** The roles Plenum reads from the token (Keycloak: realm_access/roles). */
public final class Roles {
    public static final String DELEGATE = "delegate";
    public static final String CHAIR = "chair";
    public static final String SECRETARIAT = "secretariat";
    /** Plenum's own roles; a provider's other roles (Keycloak's offline_access, default-roles-…) mean nothing here. */
    public static final java.util.Set<String> ALL = java.util.Set.of(DELEGATE, CHAIR, SECRETARIAT);

    private Roles() {
    }
}
