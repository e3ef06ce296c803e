package nl.plenum.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** What names a login session: the provider's session id ({@code sid}), which survives token refreshes. */
public final class PageSession {

    private PageSession() {
    }

    /** The provider's {@code sid}; without one (not every provider sends it), a hash of this ID token. */
    public static String key(JsonWebToken idToken) {
        Object sid = idToken.getClaim("sid");
        if (sid != null && !sid.toString().isBlank()) {
            return "sid:" + idToken.getIssuer() + ":" + sid.toString().replace("\"", "");
        }
        return "token:" + sha256(idToken.getRawToken() == null ? "" : idToken.getRawToken());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
