package nl.plenum.ballot;

import java.util.List;
import nl.plenum.vote.Choice;

/** The choices a ballot offers: yes/no only, or yes/no/abstain. */
public enum OptionSet {
    YN(List.of(Choice.YES, Choice.NO)),
    YNA(List.of(Choice.YES, Choice.NO, Choice.ABSTAIN));

    private final List<Choice> choices;

    OptionSet(List<Choice> choices) {
        this.choices = choices;
    }

    /** Whether a vote with this choice may be cast on a ballot with this option set. */
    public boolean allows(Choice choice) {
        return choice != null && choices.contains(choice);
    }

    /** The offered choices, in display order (YES, NO, ABSTAIN); unmodifiable. */
    public List<Choice> choices() {
        return choices;
    }
}
