package nl.plenum.ballot;

import nl.plenum.vote.Choice;

/**
 * What 100 % stands for when a result is expressed in percentages (always by weight).
 * The same base is used to decide ABSOLUTE, TWO_THIRDS and THREE_QUARTERS majorities.
 */
public enum PercentBase {
    /** Yes plus no weight; abstentions are left out (they still count for turnout and quorum). */
    YES_NO,
    /** Yes plus no plus abstain weight. */
    YES_NO_ABSTAIN,
    /**
     * All cast weight. Equal to {@link #YES_NO_ABSTAIN} today because Plenum has no invalid or
     * blank votes; kept separate so statutes that say "uitgebrachte stemmen" map one to one.
     */
    CAST,
    /** The weight of all entitled members: not voting counts against the proposal. */
    ENTITLED;

    /** Whether votes with this choice are part of the base (and so get a percentage). */
    public boolean includes(Choice choice) {
        return this != YES_NO || choice != Choice.ABSTAIN;
    }

    /** The base weight for the given cast weights and entitled weight. */
    public long weight(long yes, long no, long abstain, long entitled) {
        return switch (this) {
            case YES_NO -> Math.addExact(yes, no);
            case YES_NO_ABSTAIN, CAST -> Math.addExact(Math.addExact(yes, no), abstain);
            case ENTITLED -> entitled;
        };
    }
}
