package nl.plenum.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.plenum.common.FieldErrors;
import nl.plenum.common.Problem.FieldError;

/**
 * Reads what a person typed into a form. A value that cannot be read becomes a coded field error
 * instead of an exception, so the page can say what is wrong with every field at once.
 */
final class FormReader {

    private final List<FieldError> errors = new ArrayList<>();

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Null when left empty. Dots and spaces are thousands separators: "120.000" is 120000. */
    Long wholeNumber(String field, String text) {
        if (blank(text)) {
            return null;
        }
        String digits = text.strip().replace(".", "").replace(" ", "");
        try {
            return Long.valueOf(digits);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "not-a-whole-number", "'" + text.strip() + "' is not a whole number", text.strip()));
            return null;
        }
    }

    /** An ISO date as the date input sends it; null and an error when empty or unreadable. */
    LocalDate date(String field, String text) {
        if (blank(text)) {
            errors.add(FieldError.of(field, "not-blank", "must not be empty"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "not-a-date", "is not a date"));
            return null;
        }
    }

    /** One of the enum's names; null when left empty, an error when it is none of them. */
    <E extends Enum<E>> E choice(String field, Class<E> type, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "not-a-choice", "is not one of the options"));
            return null;
        }
    }

    /** Adds what Bean Validation finds wrong with the input built from the form, field by field. */
    <T> void validate(Validator validator, T input, Class<?>... groups) {
        validator.validate(input, groups).stream().map(FieldErrors::of)
                .filter(e -> errors.stream().noneMatch(known -> known.field().equals(e.field())))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .forEach(errors::add);
    }

    void add(FieldError error) {
        errors.add(error);
    }

    boolean valid() {
        return errors.isEmpty();
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
