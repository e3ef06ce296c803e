package nl.plenum.web;

import java.time.LocalDate;
import java.util.List;
import nl.plenum.ballot.BallotState;

/** The home page's view of an assembly: its agenda and the state of each ballot. */
public record Agenda(long id, String title, LocalDate date, String status, List<Item> items) {

    public record Item(long resolutionId, String agendaItem, String title, String status, List<BallotLine> ballots) {
    }

    public record BallotLine(long id, String question, BallotState state) {

        public boolean open() {
            return state == BallotState.OPEN;
        }

        public boolean closed() {
            return state == BallotState.CLOSED;
        }

        public boolean cancellable() {
            return state.canMoveTo(BallotState.CANCELLED);
        }

        public boolean published() {
            return state == BallotState.PUBLISHED;
        }

        /** The CSS modifier for the state badge, e.g. {@code open}. */
        public String stateClass() {
            return state.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
