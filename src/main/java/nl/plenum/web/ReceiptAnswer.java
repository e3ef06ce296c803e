package nl.plenum.web;

import nl.plenum.result.ReceiptCheck;

/**
 * What the receipt page tells the voter about one code: counted (with the recorded choice, and the
 * member for an open ballot), or a sentence saying why it cannot be confirmed.
 */
public record ReceiptAnswer(BallotContext context, ReceiptCheck check, String problem) {

    static ReceiptAnswer counted(BallotContext context, ReceiptCheck check) {
        return new ReceiptAnswer(context, check, null);
    }

    static ReceiptAnswer refused(BallotContext context, String problem) {
        return new ReceiptAnswer(context, null, problem);
    }

    public boolean counted() {
        return check != null && check.counted();
    }

    /** A later vote on an open ballot replaces this one, and with it the code. */
    public boolean stillOpen() {
        return context != null && context.open();
    }
}
