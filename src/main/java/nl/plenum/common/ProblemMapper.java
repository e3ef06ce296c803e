package nl.plenum.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure on the API into application/problem+json; no stack trace reaches a client. */
public class ProblemMapper {

    public static final String TYPE_BASE = "https://plenum.example.org/problems/";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        Response response = respond(e.toProblem(path(uri)));
        if (e instanceof RateLimited limited) {
            response.getHeaders().putSingle("Retry-After", String.valueOf(limited.retryAfterSeconds()));
        }
        return response;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> FieldErrors.of(field(v), v))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(new Problem(TYPE_BASE + "invalid-input", "Invalid input", 400,
                "The request has " + errors.size() + " invalid field(s)", path(uri), errors));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String detail = "The body is not valid JSON for this operation";
        List<Problem.FieldError> errors = List.of();
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("body");
            String message = e instanceof InvalidFormatException f
                    ? "value '" + f.getValue() + "' is not allowed"
                    : "has the wrong type or is malformed";
            errors = List.of(new Problem.FieldError(field, message));
            detail = "Field " + field + " " + message;
        }
        return respond(new Problem(TYPE_BASE + "malformed-body", "Malformed body", 400, detail, path(uri), errors));
    }

    /** More specific than Quarkus' own mapper for this type, which answers plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(new Problem(TYPE_BASE + "unauthorized", "Unauthorized", 401, "A valid bearer token is required", path(uri), null));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(null, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(TYPE_BASE + "forbidden", "Forbidden", 403, "Your role does not allow this operation", path(uri), null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Server error", e);
            return respond(new Problem(TYPE_BASE + "server-error", "Server error", status, "The server could not complete the request", path(uri), null));
        }
        String title = Response.Status.fromStatusCode(status) != null ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 404 -> "There is nothing at this address";
            case 405 -> "This method is not allowed here";
            case 406 -> "This representation is not available";
            case 413 -> "The body is too large";
            case 415 -> "This content type is not supported here";
            default -> title;
        };
        return respond(new Problem(TYPE_BASE + title.toLowerCase().replace(' ', '-'), title, status, detail, path(uri), null));
    }

    /** Request parsing answers 400 above; anything else, an IllegalArgumentException of a rule included, is our fault. */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected error", e);
        return respond(new Problem(TYPE_BASE + "server-error", "Server error", 500, "The server could not complete the request", path(uri), null));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // "create.body.name" → "name": the client knows its own body, not our method names
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
