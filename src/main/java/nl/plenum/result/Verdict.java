package nl.plenum.result;

/** The outcome of a ballot. */
public enum Verdict {
    /** Quorum met (or none) and the majority rule satisfied. */
    ADOPTED,
    /** Quorum met (or none) but the majority rule not satisfied, or nothing to decide on. */
    REJECTED,
    /** A quorum was set and too little weight took part; the proposal is not adopted. */
    NO_QUORUM
}
