package nl.plenum.web;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.plenum.common.DomainException;
import nl.plenum.common.FieldErrors;
import nl.plenum.common.Problem;

/** What went wrong with a submitted form: a sentence, and each field's problem, in the reader's language. */
public record FormProblem(String summary, List<Shown> fields) {

    /** One field's problem: {@code field} as the form names it, {@code label} and {@code message} to show. */
    public record Shown(String field, String label, String message) {

        /** The id of the input to go to from the summary: a CSV line's problem is in the uploaded file. */
        public String anchor() {
            return field.startsWith("line ") ? "file" : field;
        }
    }

    /** Whether the form's field {@code field} (its input's name) has a problem: the input gets aria-invalid and its message. */
    public boolean has(String field) {
        return fields.stream().anyMatch(f -> f.field().equals(field));
    }

    /** The field's messages, joined; empty when it has none. */
    public String message(String field) {
        return String.join("; ", fields.stream().filter(f -> f.field().equals(field)).map(Shown::message).toList());
    }

    static FormProblem of(DomainException e, Messages messages) {
        List<Problem.FieldError> errors = e.toProblem(null).errors();
        return of(PageProblems.describe(e, messages), errors == null ? List.of() : errors, messages);
    }

    static <T> FormProblem of(Set<ConstraintViolation<T>> violations, Messages messages) {
        List<Problem.FieldError> errors = violations.stream().map(FieldErrors::of)
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message)).toList();
        return of(messages.problem("invalid-input", 400), errors, messages);
    }

    /** In the order given: a CSV import lists its lines as they come. */
    static FormProblem of(String summary, List<Problem.FieldError> errors, Messages messages) {
        return new FormProblem(summary, errors.stream().map(error -> FieldTexts.describe(error, messages)).toList());
    }

    /** A form that was refused before any service saw it. */
    static FormProblem invalid(List<Problem.FieldError> errors, Messages messages) {
        return of(messages.problem("invalid-input", 400), errors, messages);
    }
}
