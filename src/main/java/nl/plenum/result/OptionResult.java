package nl.plenum.result;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import nl.plenum.vote.Choice;

/**
 * The result for one choice of a ballot.
 *
 * @param percent share of the base weight, two decimals; null when the choice is not part of the
 *                base (abstentions under YES_NO) or the base weight is 0. Serialised as a string, e.g. "99.44".
 */
public record OptionResult(
        Choice choice,
        long count,
        long weight,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, format = "decimal", description = "exact decimal as a string") BigDecimal percent) {
}
