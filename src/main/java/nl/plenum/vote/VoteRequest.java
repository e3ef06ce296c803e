package nl.plenum.vote;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A delegate's vote. For a SECRET ballot a change must present the receipt of the vote it replaces,
 * since the stored choice is not linked to the member.
 */
public record VoteRequest(@NotNull Choice choice, @Size(max = 64) String previousReceipt) {
}
