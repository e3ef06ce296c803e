package nl.plenum.vote;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A delegate's vote. {@code previousReceipt} is accepted and ignored: a change replaces the member's own
 * vote (on a SECRET ballot its encrypted vote), whatever receipt is sent.
 */
public record VoteRequest(@NotNull Choice choice, @Size(max = 64) String previousReceipt) {
}
