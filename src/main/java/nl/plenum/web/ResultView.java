package nl.plenum.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import nl.plenum.ballot.MajorityRule;
import nl.plenum.ballot.PercentBase;
import nl.plenum.result.OptionResult;
import nl.plenum.result.RollCallEntry;
import nl.plenum.result.Tally;
import nl.plenum.result.Verdict;
import nl.plenum.vote.Choice;

/**
 * A stored tally as pages show it: every number already formatted for the page's language, so
 * templates only place text. Built from the tally stored at close, never by counting again.
 */
public record ResultView(
        List<Row> rows,
        String votedMembers,
        String entitledMembers,
        String votedWeight,
        String entitledWeight,
        String turnoutPercent,
        String quorumPercent,
        boolean quorumMet,
        MajorityRule majorityRule,
        PercentBase percentBase,
        Verdict verdict,
        String yesPercent,
        List<RollCallRow> rollCall) {

    /**
     * One choice. {@code percent} is "—" for a choice outside the percent base; {@code bar} is the
     * same share as a plain decimal for the SVG bar (0 when outside the base).
     */
    public record Row(Choice choice, String count, String weight, String percent, String bar, boolean inBase) {

        /** The CSS modifier for the bar, e.g. {@code yes}. */
        public String css() {
            return choice.name().toLowerCase(Locale.ROOT);
        }
    }

    /** How one member voted; {@code choice} null when it did not vote; {@code proxy} the name of the other member whose delegate voted. */
    public record RollCallRow(String member, String name, String weight, Choice choice, String proxy) {

        public boolean voted() {
            return choice != null;
        }
    }

    public static ResultView of(Tally tally, List<RollCallEntry> rollCall, Locale locale) {
        List<Row> rows = tally.options().stream().map(o -> row(o, locale)).toList();
        String yes = tally.option(Choice.YES).map(o -> Numbers.percent(o.percent(), locale)).orElse(Numbers.percent(null, locale));
        List<RollCallRow> calls = rollCall == null ? List.of() : rollCall.stream()
                .map(e -> new RollCallRow(e.member(), e.name(), Numbers.number(e.weight(), locale), e.choice(),
                        e.castBy() != null && !e.castBy().equals(e.member()) ? e.castByName() : null)) // by name, as the assembly knows it
                .toList();
        return new ResultView(rows,
                Numbers.number(tally.votedMembers(), locale), Numbers.number(tally.entitledMembers(), locale),
                Numbers.number(tally.votedWeight(), locale), Numbers.number(tally.entitledWeight(), locale),
                Numbers.percent(tally.turnoutPercent(), locale),
                tally.quorum() == null ? null : Numbers.percent(tally.quorum().multiply(BigDecimal.valueOf(100)), locale),
                tally.quorumMet(), tally.majorityRule(), tally.percentBase(), tally.verdict(), yes, calls);
    }

    private static Row row(OptionResult o, Locale locale) {
        boolean inBase = o.percent() != null;
        return new Row(o.choice(), Numbers.number(o.count(), locale), Numbers.number(o.weight(), locale),
                Numbers.percent(o.percent(), locale), Numbers.plain(o.percent()), inBase);
    }

    public boolean hasRollCall() {
        return !rollCall.isEmpty();
    }

    public boolean adopted() {
        return verdict == Verdict.ADOPTED;
    }
}
