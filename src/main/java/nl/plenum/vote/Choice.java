package nl.plenum.vote;

/** What a delegate can answer on a ballot. The declaration order is the order results are shown in. */
public enum Choice {
    YES,
    NO,
    ABSTAIN
}
