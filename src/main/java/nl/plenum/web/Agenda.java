package nl.plenum.web;

import java.time.LocalDate;
import java.util.List;

/** The home page's view of an assembly: its agenda and the state of each ballot. */
public record Agenda(long id, String title, LocalDate date, String status, List<Item> items) {

    public record Item(long resolutionId, String agendaItem, String title, String status, List<BallotLine> ballots) {
    }

    public record BallotLine(long id, String question, String state) {

        public boolean open() {
            return "OPEN".equals(state);
        }

        public boolean published() {
            return "PUBLISHED".equals(state);
        }
    }
}
