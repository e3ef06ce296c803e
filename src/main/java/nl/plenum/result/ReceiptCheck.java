package nl.plenum.result;

import nl.plenum.vote.Choice;

/**
 * The answer to "was my vote counted as cast?". For a SECRET ballot the member is never named and the
 * choice is only shown once the result (with every receipt hash) is published.
 */
public record ReceiptCheck(long ballotId, String receiptHash, boolean counted, Choice choice, String member) {
}
