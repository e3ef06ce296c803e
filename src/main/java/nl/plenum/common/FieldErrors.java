package nl.plenum.common;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Map;

/**
 * Bean Validation violations as {@link Problem.FieldError}s with a stable code: the constraint's name
 * in kebab case ({@code NotBlank} → {@code not-blank}) and the limit it names as the argument.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static Problem.FieldError of(String field, ConstraintViolation<?> violation) {
        return new Problem.FieldError(field, violation.getMessage(), code(violation), args(violation));
    }

    public static Problem.FieldError of(ConstraintViolation<?> violation) {
        return of(violation.getPropertyPath().toString(), violation);
    }

    /** {@code Pattern} says nothing by itself: its code is the property's, e.g. {@code pattern-code}. */
    public static String code(ConstraintViolation<?> violation) {
        String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String code = kebab(name);
        if (code.equals("pattern")) {
            String path = violation.getPropertyPath().toString();
            return "pattern-" + path.substring(path.lastIndexOf('.') + 1);
        }
        return code;
    }

    /** The limits a reader needs: Size gives [min, max], Digits [integer, fraction], Min/Max and the decimal ones [value]. */
    public static List<String> args(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        List<String> keys = switch (code(violation)) {
            case "size" -> List.of("min", "max");
            case "digits" -> List.of("integer", "fraction");
            case "min", "max", "decimal-min", "decimal-max" -> List.of("value");
            default -> List.of();
        };
        return keys.stream().map(k -> String.valueOf(attributes.get(k))).toList();
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
