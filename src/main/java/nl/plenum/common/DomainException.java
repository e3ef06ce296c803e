package nl.plenum.common;

import java.util.List;

/**
 * A rule of the domain said no. Carries what the client needs for a problem+json answer;
 * thrown from services, mapped once in {@link ProblemMapper}.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public DomainException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    public static DomainException conflict(String type, String detail) {
        return new DomainException(409, type, "Conflict", detail, null);
    }

    public static DomainException invalid(String detail, List<Problem.FieldError> errors) {
        return new DomainException(400, "invalid-input", "Invalid input", detail, errors);
    }

    public static DomainException invalid(String field, String message) {
        return invalid(message, List.of(new Problem.FieldError(field, message)));
    }

    /** One or more coded field errors; the detail is the first one's message. */
    public static DomainException invalid(List<Problem.FieldError> errors) {
        return invalid(errors.get(0).message(), errors);
    }

    public static DomainException forbidden(String detail) {
        return new DomainException(403, "forbidden", "Forbidden", detail, null);
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(ProblemMapper.TYPE_BASE + type, title, status, getMessage(), instance, errors);
    }
}
