package nl.plenum.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * {@code Cache-Control: no-store} on everything that can show a receipt code or a choice, or a
 * logged-in person's own page: no shared or browser cache may keep it for the next user of the device.
 */
public class NoStore {

    private static final Pattern PRIVATE = Pattern.compile(
            "/(vote|chair|secretariat|screen|receipt|login|logout|session-expired)(/.*)?"
                    + "|/api/v1/ballots/[^/]+/(votes|receipts|receipt-checks)(/.*)?");

    void install(@Observes Filters filters) {
        filters.register(rc -> {
            if (isPrivate(rc.normalizedPath())) {
                rc.response().headers().set("Cache-Control", "no-store");
            }
            rc.next();
        }, 95);
    }

    static boolean isPrivate(String path) {
        return PRIVATE.matcher(path).matches();
    }
}
