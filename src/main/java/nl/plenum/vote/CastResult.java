package nl.plenum.vote;

import java.time.OffsetDateTime;

/** What the voter gets back once the vote is committed: the receipt to check it was counted. */
public record CastResult(long ballotId, String member, String castBy, Choice choice, String receipt, boolean changed,
        OffsetDateTime recordedAt) {
}
