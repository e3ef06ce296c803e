package nl.plenum.ballot;

/** Whether the roll-call (who chose what) exists. Participation is always recorded. */
public enum Visibility {
    /** Each vote is linked to its member; the roll-call is published with the result. */
    OPEN,
    /** The choice is stored without the member and can be found only by its receipt. */
    SECRET;

    /** Whether a stored vote names the member who cast it. */
    public boolean linksChoiceToMember() {
        return this == OPEN;
    }
}
