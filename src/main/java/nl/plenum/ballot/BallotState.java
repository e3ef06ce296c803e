package nl.plenum.ballot;

/**
 * A ballot's life: {@code DRAFT → OPEN → CLOSED → PUBLISHED}, and {@code CANCELLED} from DRAFT or OPEN.
 * A closed ballot cannot be cancelled: once votes are counted the result stands (it may stay unpublished).
 * Staying in the same state is not a transition; services treat it as an idempotent no-op.
 */
public enum BallotState {
    DRAFT,
    OPEN,
    CLOSED,
    PUBLISHED,
    CANCELLED;

    /** Whether the state machine allows moving from this state to {@code target}. */
    public boolean canMoveTo(BallotState target) {
        if (target == null) {
            return false;
        }
        return switch (this) {
            case DRAFT -> target == OPEN || target == CANCELLED;
            case OPEN -> target == CLOSED || target == CANCELLED;
            case CLOSED -> target == PUBLISHED;
            case PUBLISHED, CANCELLED -> false;
        };
    }

    /** Votes may be cast or changed only while the ballot is open. */
    public boolean acceptsVotes() {
        return this == OPEN;
    }

    /** The chair and secretariat see the result as soon as the ballot is closed. */
    public boolean resultVisibleToOfficials() {
        return this == CLOSED || this == PUBLISHED;
    }

    /** Everyone sees the result once the secretariat has published it. */
    public boolean resultPublic() {
        return this == PUBLISHED;
    }

    /** No further transition is possible. */
    public boolean isFinal() {
        return this == PUBLISHED || this == CANCELLED;
    }
}
