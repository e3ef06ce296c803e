package nl.plenum.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import nl.plenum.common.ApiVersionFilter;
import nl.plenum.common.Problem;
import nl.plenum.common.ProblemMapper;

/**
 * The pages' CSRF check (quarkus-rest-csrf) applies to every form-encoded request, also on the API,
 * where it has no purpose: the API takes bearer tokens, never cookies, and never forms. So before
 * that check runs, an empty "form" on the API (what many HTTP clients send with a body-less POST)
 * loses its meaningless Content-Type, and a real form body is refused as the API refuses any
 * unsupported media type.
 */
public class ApiWithoutForms {

    void install(@Observes Filters filters) {
        filters.register(rc -> {
            String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
            if (type == null || !rc.normalizedPath().startsWith("/api/") || !isForm(type)) {
                rc.next();
                return;
            }
            if (isEmpty(rc.request().getHeader(HttpHeaders.CONTENT_LENGTH), rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING))) {
                rc.request().headers().remove(HttpHeaders.CONTENT_TYPE);
                rc.next();
                return;
            }
            Problem problem = new Problem(ProblemMapper.TYPE_BASE + "unsupported-media-type", "Unsupported Media Type", 415,
                    "This content type is not supported here", rc.normalizedPath(), null);
            rc.response().setStatusCode(415)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader("API-Version", ApiVersionFilter.VERSION)
                    .end(Json.encode(problem));
        }, 50);
    }

    static boolean isForm(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT).strip();
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }

    static boolean isEmpty(String contentLength, String transferEncoding) {
        return transferEncoding == null && (contentLength == null || contentLength.strip().equals("0"));
    }
}
