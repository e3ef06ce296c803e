package nl.plenum.web;

import java.time.LocalDate;
import java.util.List;
import nl.plenum.ballot.BallotState;
import nl.plenum.ballot.BallotView;

/** The home page's view of an assembly: its agenda and the state of each ballot. */
public record Agenda(long id, String title, LocalDate date, String status, List<Item> items) {

    public record Item(long resolutionId, String agendaItem, String title, String status, List<BallotLine> ballots) {
    }

    /** A ballot on the agenda, with its rules: every list that shows a ballot shows how it is decided (issue 11.4). */
    public record BallotLine(BallotView rules) {

        public long id() {
            return rules.id();
        }

        public String question() {
            return rules.question();
        }

        public BallotState state() {
            return rules.state();
        }

        public boolean draft() {
            return rules.state() == BallotState.DRAFT;
        }

        public boolean secret() {
            return rules.visibility() == nl.plenum.ballot.Visibility.SECRET;
        }

        public boolean open() {
            return state() == BallotState.OPEN;
        }

        public boolean closed() {
            return state() == BallotState.CLOSED;
        }

        public boolean cancellable() {
            return state().canMoveTo(BallotState.CANCELLED);
        }

        public boolean published() {
            return state() == BallotState.PUBLISHED;
        }

        /** The CSS modifier for the state badge, e.g. {@code open}. */
        public String stateClass() {
            return state().name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
