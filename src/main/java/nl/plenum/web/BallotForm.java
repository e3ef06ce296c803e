package nl.plenum.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.plenum.ballot.BallotDefaults;
import nl.plenum.ballot.BallotDraft;
import nl.plenum.ballot.MajorityRule;
import nl.plenum.ballot.OptionSet;
import nl.plenum.ballot.PercentBase;
import nl.plenum.ballot.Visibility;

/**
 * The secretariat's "new ballot" form as typed, and what is wrong with it. The quorum is typed as
 * a percentage ("50" or "66,67"); the ballot stores it as a fraction (0.5, 0.6667).
 */
public record BallotForm(long resolutionId, String question, String optionSet, String percentBase, String majorityRule,
        String quorum, String visibility, List<String> errors) {

    public static BallotForm empty(long resolutionId) {
        return new BallotForm(resolutionId, "", OptionSet.YNA.name(), PercentBase.YES_NO.name(), MajorityRule.SIMPLE.name(), "",
                Visibility.OPEN.name(), List.of());
    }

    /** A draft as it is now, to edit: the quorum back as the percentage the secretariat typed ("66,67"). */
    public static BallotForm of(nl.plenum.ballot.BallotView b) {
        return new BallotForm(b.resolutionId(), b.question(), b.optionSet().name(), b.percentBase().name(), b.majorityRule().name(),
                percent(b.quorum()), b.visibility().name(), List.of());
    }

    /** A new ballot's form on a resolution, prefilled with rules (an assembly's defaults, or another ballot's) and no question. */
    public static BallotForm of(long resolutionId, BallotDefaults rules) {
        return new BallotForm(resolutionId, "", rules.optionSet().name(), rules.percentBase().name(), rules.majorityRule().name(),
                percent(rules.quorum()), rules.visibility().name(), List.of());
    }

    private static String percent(BigDecimal quorum) {
        return quorum == null ? "" : quorum.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** The rules alone, as the assembly's defaults form has no question; check {@link #checkedRules()} first. */
    public BallotDefaults defaults() {
        return new BallotDefaults(parse(OptionSet.class, optionSet), parse(PercentBase.class, percentBase), parse(MajorityRule.class, majorityRule),
                quorum == null || quorum.isBlank() ? null : quorumFraction(), parse(Visibility.class, visibility));
    }

    /** {@link #checked()} without the question. */
    public BallotForm checkedRules() {
        BallotForm all = new BallotForm(resolutionId, "-", optionSet, percentBase, majorityRule, quorum, visibility, List.of()).checked();
        return new BallotForm(resolutionId, question, optionSet, percentBase, majorityRule, quorum, visibility, all.errors());
    }

    /** The same form with the problems found; empty when the draft can be created. */
    public BallotForm checked() {
        List<String> problems = new ArrayList<>();
        if (question == null || question.isBlank()) {
            problems.add("question");
        } else if (question.strip().length() > 500) {
            problems.add("question-length");
        }
        if (parse(OptionSet.class, optionSet) == null) {
            problems.add("optionSet");
        }
        if (parse(PercentBase.class, percentBase) == null) {
            problems.add("percentBase");
        }
        if (parse(MajorityRule.class, majorityRule) == null) {
            problems.add("majorityRule");
        }
        if (parse(Visibility.class, visibility) == null) {
            problems.add("visibility");
        }
        if (quorum != null && !quorum.isBlank() && quorumFraction() == null) {
            problems.add("quorum");
        }
        return new BallotForm(resolutionId, question, optionSet, percentBase, majorityRule, quorum, visibility, List.copyOf(problems));
    }

    /** The id prefix of the input an error code is about: "question-length" → "question". */
    public String field(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The error code about {@code field}, to show next to its input ("question-length" for "question"); null when none. */
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.equals(field) || e.startsWith(field + "-")).findFirst().orElse(null);
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.equals(field) || e.startsWith(field + "-"));
    }

    public BallotDraft draft() {
        return new BallotDraft(question.strip(), parse(OptionSet.class, optionSet), parse(PercentBase.class, percentBase),
                parse(MajorityRule.class, majorityRule), quorum == null || quorum.isBlank() ? null : quorumFraction(),
                parse(Visibility.class, visibility));
    }

    /** "50" → 0.5000; null when not a percentage above 0 and at most 100 with at most two decimals. */
    BigDecimal quorumFraction() {
        try {
            BigDecimal percent = new BigDecimal(quorum.strip().replace("%", "").strip().replace(',', '.'));
            if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.scale() > 2) {
                return null;
            }
            return percent.divide(BigDecimal.valueOf(100), 4, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
