package nl.plenum.common;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;

/**
 * Proactive authentication rejects a bad token before the REST layer runs; on the API that
 * rejection must still be problem+json, never an empty body. Authentication also reads the delegate
 * register: when the database is gone that is a 503 to send again, never a 500.
 */
public class AuthenticationProblems {

    void install(@Observes Router router) {
        router.route("/*").failureHandler(event -> {
            if (event.failure() == null || !DatabaseOutage.causes(event.failure()) || event.response().headWritten()) {
                event.next();
                return;
            }
            boolean api = event.normalizedPath().startsWith("/api/");
            Problem problem = new Problem(ProblemMapper.TYPE_BASE + "unavailable", "Service unavailable", 503,
                    "The database cannot be reached. Send the request again in a moment: a repeated vote never counts twice.",
                    event.normalizedPath(), null);
            event.response().setStatusCode(503).putHeader("Retry-After", "2")
                    .putHeader("Content-Type", api ? Problem.MEDIA_TYPE : "text/plain;charset=UTF-8")
                    .end(api ? Json.encode(problem) : "Plenum is even niet beschikbaar; probeer het zo opnieuw.\n"
                            + "Plenum is briefly unavailable; please try again in a moment.\n");
        });
        router.route("/api/*").failureHandler(event -> {
            Throwable failure = event.failure();
            boolean authFailure = failure instanceof AuthenticationFailedException
                    || (failure != null && failure.getCause() instanceof AuthenticationFailedException)
                    || (failure == null && event.statusCode() == 401);
            if (!authFailure || event.response().headWritten()) {
                event.next();
                return;
            }
            Problem problem = new Problem(ProblemMapper.TYPE_BASE + "unauthorized", "Unauthorized", 401,
                    "The bearer token is missing, expired or not valid for this API", event.normalizedPath(), null);
            event.response().setStatusCode(401)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("WWW-Authenticate", "Bearer")
                    .putHeader("API-Version", ApiVersionFilter.VERSION)
                    .end(Json.encode(problem));
        });
    }
}
