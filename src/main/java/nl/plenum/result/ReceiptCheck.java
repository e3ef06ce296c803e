package nl.plenum.result;

import nl.plenum.vote.Choice;

/**
 * The answer to "was my vote counted as cast?". For a SECRET ballot (receipt = tracker) neither the member
 * nor the choice is ever named; for any ballot no choice is named while it is open.
 */
public record ReceiptCheck(long ballotId, String receiptHash, boolean counted, Choice choice, String member) {
}
