package nl.plenum.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A form that was posted after the session had ended: the provider's login comes first, and the
 * browser comes back with a GET, so the post itself is gone. We do not replay it (the login may be
 * someone else's, and a vote must be a fresh choice); we remember where it was posted and from which
 * page, so that page can say plainly that nothing was stored.
 *
 * @param postPath where the form was posted, e.g. {@code /chair/ballots/7/close}
 * @param pagePath the page the form was on (same site only), e.g. {@code /chair/ballots/7}
 */
record LostAction(String postPath, String pagePath) {

    static final String COOKIE = "plenum-lost-action";

    LostAction {
        if (!isLocal(postPath) || !isLocal(pagePath)) {
            throw new IllegalArgumentException("not a local path");
        }
    }

    /** The post came from {@code referer}; a page of another site, or none, means the post's own path. */
    static LostAction of(String postPath, String referer, String host) {
        String page = postPath;
        if (referer != null && host != null) {
            try {
                URI uri = URI.create(referer);
                String local = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                if (host.equalsIgnoreCase(uri.getRawAuthority()) && isLocal(local)) {
                    page = local;
                }
            } catch (IllegalArgumentException e) {
                // an unreadable Referer is no page to return to
            }
        }
        return new LostAction(postPath, page);
    }

    /** A vote's form says so in its own words; any other form gets the general sentence. */
    boolean wasVote() {
        return postPath.startsWith("/vote/");
    }

    String cookieValue() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((postPath + "\n" + pagePath).getBytes(StandardCharsets.UTF_8));
    }

    static Optional<LostAction> fromCookie(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            String[] paths = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\n", -1);
            return paths.length == 2 ? Optional.of(new LostAction(paths[0], paths[1])) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Only a path on this site: never {@code //other.site}, a scheme, a backslash or a control character. */
    static boolean isLocal(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && path.length() <= 2000
                && path.chars().noneMatch(c -> c < 0x21 || c == '\\' || c == 0x7f);
    }
}
