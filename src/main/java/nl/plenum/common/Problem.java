package nl.plenum.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem detail, as the NL API Design Rules require for every error. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * What is wrong with one field: an English sentence for API clients, and a stable {@code code}
     * (e.g. {@code not-blank}, {@code size}) with its {@code args} so a page can say it in the reader's
     * language. For a CSV line the field is {@code "line N"} and the first argument names the column
     * ({@code ""} when the whole line is wrong).
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FieldError(String field, String message, String code, @JsonIgnore List<String> args) {

        public FieldError {
            args = args == null ? List.of() : List.copyOf(args);
        }

        /** A problem without a code: pages show the English message as it is. */
        public FieldError(String field, String message) {
            this(field, message, null, List.of());
        }

        public static FieldError of(String field, String code, String message, String... args) {
            return new FieldError(field, message, code, List.of(args));
        }
    }
}
