package nl.plenum.web;

import nl.plenum.ballot.BallotState;
import nl.plenum.ballot.BallotView;
import nl.plenum.ballot.Visibility;
import nl.plenum.vote.Choice;

/**
 * A ballot with what a page shows around it: the resolution it decides (its text as safe HTML,
 * rendered by {@link nl.plenum.resolution.MarkdownText}) and the assembly.
 */
public record BallotContext(BallotView ballot, long resolutionId, String agendaItem, String resolutionTitle,
        String resolutionHtml, long assemblyId, String assemblyTitle) {

    public boolean draft() {
        return ballot.state() == BallotState.DRAFT;
    }

    /** The CSS modifier for the state badge, e.g. {@code open}. */
    public String stateClass() {
        return ballot.state().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Where the console and the projector receive live turnout (Server-Sent Events). */
    public String liveUrl() {
        return "/chair/ballots/" + ballot.id() + "/live";
    }

    public boolean open() {
        return ballot.state() == BallotState.OPEN;
    }

    public boolean published() {
        return ballot.state() == BallotState.PUBLISHED;
    }

    /** Voting is over: the delegate's page says so instead of offering buttons. */
    public boolean closedOrPublished() {
        return ballot.state() == BallotState.CLOSED || published();
    }

    public boolean secret() {
        return ballot.visibility() == Visibility.SECRET;
    }

    public boolean offersAbstain() {
        return ballot.optionSet().allows(Choice.ABSTAIN);
    }

    /** The projector sets a long question in smaller type, so that the result still fits on one screen. */
    public String questionLength() {
        int n = ballot.question().length();
        return n > 240 ? "longer" : n > 110 ? "long" : "short";
    }

    public boolean hasText() {
        return resolutionHtml != null && !resolutionHtml.isBlank();
    }
}
