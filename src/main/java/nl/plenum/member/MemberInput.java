package nl.plenum.member;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member as the secretariat writes it, through JSON or a CSV line.
 *
 * @param weight null: derived from the association's weight brackets
 * @param active null: unchanged (a new member is active)
 */
public record MemberInput(
        @NotBlank(groups = Creation.class) @Pattern(regexp = CODE, message = "must be 1 to 32 letters, digits, '.', '_' or '-'") String code,
        @NotBlank @Size(max = 200) @Pattern(regexp = NAME, message = NAME_MESSAGE)
        @Schema(pattern = NAME_FOR_CLIENTS) String name,
        @NotNull @PositiveOrZero @Max(1_000_000_000) Long inhabitants,
        @PositiveOrZero @Max(1_000_000) Integer weight,
        Boolean active) {

    public static final String CODE = "^[A-Za-z0-9_.-]{1,32}$";
    /**
     * A leading = + - @ would make a spreadsheet run the exported name as a formula. Checked on the name as
     * it is stored, after stripping: leading white space does not hide a formula.
     */
    static final String NAME = "^(?U)\\s*([^=+\\-@\\p{Cntrl}\\s][^\\p{Cntrl}]*)?$"; // empty is @NotBlank's to report
    /** NAME in the ECMA regex dialect OpenAPI uses ((?U) is Java's only; Unicode controls are U+0000-001F, U+007F-009F). */
    static final String NAME_FOR_CLIENTS = "^\\s*([^=+\\-@\\u0000-\\u001f\\u007f-\\u009f\\s][^\\u0000-\\u001f\\u007f-\\u009f]*)?$";
    static final String NAME_MESSAGE = "must not start with = + - @ nor contain control characters";

    /** Creating needs a code; updating takes it from the address. */
    public interface Creation extends Default {
    }

    MemberInput normalised() {
        return new MemberInput(code == null ? null : code.strip(), name == null ? null : name.strip(), inhabitants, weight, active);
    }
}
