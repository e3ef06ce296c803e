package nl.plenum.ballot;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a ballot is withdrawn: required once delegates may have voted (OPEN), kept in the audit trail. */
@Schema(description = "Why the ballot is cancelled. Required for an OPEN ballot; optional for a DRAFT.")
public record Cancellation(
        @Schema(description = "The reason, recorded in the BALLOT_CANCELLED audit event", maxLength = Cancellation.MAX_REASON,
                examples = "De vraag noemde het verkeerde jaar.") String reason) {

    public static final int MAX_REASON = 1000;
}
