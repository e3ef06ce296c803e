package nl.plenum.web;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem;

/** What went wrong with a submitted form: a sentence, and the fields with their problems. */
public record FormProblem(String summary, List<Problem.FieldError> fields) {

    static FormProblem of(DomainException e, Messages messages) {
        return new FormProblem(PageProblems.describe(e, messages), e.toProblem(null).errors() == null ? List.of() : e.toProblem(null).errors());
    }

    static <T> FormProblem of(Set<ConstraintViolation<T>> violations, Messages messages) {
        List<Problem.FieldError> fields = violations.stream()
                .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        return new FormProblem(messages.problem("invalid-input", 400), fields);
    }
}
