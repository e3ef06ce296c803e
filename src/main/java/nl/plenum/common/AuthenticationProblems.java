package nl.plenum.common;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;

/**
 * Proactive authentication rejects a bad token before the REST layer runs; on the API that
 * rejection must still be problem+json, never an empty body.
 */
public class AuthenticationProblems {

    void install(@Observes Router router) {
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
