package nl.plenum.resolution;

import java.util.List;
import nl.plenum.ballot.BallotState;

/**
 * Whether a resolution may leave the agenda: only while nobody can have voted on it, i.e. none of its
 * ballots was ever opened. Drafts (and drafts cancelled before opening) go with it; anything voted on
 * stays, so results and the audit trail keep naming it — such a resolution is withdrawn instead.
 */
public final class AgendaItemRemoval {

    /** A ballot on the resolution as the rule sees it; {@code opened}: it has an opening time. */
    public record BallotOnItem(long id, BallotState state, boolean opened) {
    }

    private AgendaItemRemoval() {
    }

    /** The ballots that stand in the way of deleting the resolution; empty when it may be deleted. */
    public static List<Long> blocking(List<BallotOnItem> ballots) {
        return ballots.stream().filter(AgendaItemRemoval::wasOpened).map(BallotOnItem::id).toList();
    }

    private static boolean wasOpened(BallotOnItem ballot) {
        return switch (ballot.state()) {
            case DRAFT -> false;
            case CANCELLED -> ballot.opened();
            case OPEN, CLOSED, PUBLISHED -> true;
        };
    }
}
