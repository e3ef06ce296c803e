package nl.plenum.ballot;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;

/**
 * The rules an assembly's new ballots start with (issue 11.7). As input a null rule means the built-in
 * default ({@link #STANDARD}); a null quorum means "no quorum".
 */
public record BallotDefaults(
        OptionSet optionSet,
        PercentBase percentBase,
        MajorityRule majorityRule,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal quorum,
        Visibility visibility) {

    /** What an assembly without defaults of its own uses: {@link BallotRules#defaults()}, an open ballot. */
    public static final BallotDefaults STANDARD = of(BallotRules.defaults(), Visibility.OPEN);

    public static BallotDefaults of(BallotRules rules, Visibility visibility) {
        return new BallotDefaults(rules.optionSet(), rules.percentBase(), rules.majorityRule(), rules.quorum(), visibility);
    }

    /** Every rule set: omitted ones are the built-in defaults. Throws IllegalArgumentException for an impossible quorum. */
    public BallotDefaults complete() {
        BallotDefaults done = new BallotDefaults(
                optionSet == null ? STANDARD.optionSet : optionSet,
                percentBase == null ? STANDARD.percentBase : percentBase,
                majorityRule == null ? STANDARD.majorityRule : majorityRule,
                quorum,
                visibility == null ? STANDARD.visibility : visibility);
        done.rules(); // checks the quorum
        return done;
    }

    public BallotRules rules() {
        return new BallotRules(optionSet, percentBase, majorityRule, quorum);
    }

    /**
     * The draft with every omitted rule taken from these defaults.
     *
     * @param quorumOmitted whether a null quorum in the draft means "not given" (the API) rather than "no quorum" (a form,
     *                      which always shows the quorum field)
     */
    public BallotDraft fill(BallotDraft draft, boolean quorumOmitted) {
        return new BallotDraft(draft.question(),
                draft.optionSet() == null ? optionSet : draft.optionSet(),
                draft.percentBase() == null ? percentBase : draft.percentBase(),
                draft.majorityRule() == null ? majorityRule : draft.majorityRule(),
                draft.quorum() == null && quorumOmitted ? quorum : draft.quorum(),
                draft.visibility() == null ? visibility : draft.visibility());
    }
}
