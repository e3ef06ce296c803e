package nl.plenum.security;

/**
 * A login at the identity provider: who it is ({@code issuer} + {@code subject}, which the user cannot
 * change) and the name the provider shows for it (which the user may change: information only).
 */
public record Login(String issuer, String subject, String name) {

    /** Issuer and subject in one string: what identifies the login, whatever its name. */
    public String key() {
        return issuer + " " + subject;
    }
}
