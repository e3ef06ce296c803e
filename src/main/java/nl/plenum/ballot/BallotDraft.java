package nl.plenum.ballot;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What the secretariat fills in to create a ballot; omitted rules take the usual defaults. */
public record BallotDraft(
        @NotBlank @Size(max = 500) String question,
        OptionSet optionSet,
        PercentBase percentBase,
        MajorityRule majorityRule,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal quorum,
        Visibility visibility) {
}
