package nl.plenum.result;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.plenum.ballot.BallotRules;
import nl.plenum.ballot.MajorityRule;
import nl.plenum.ballot.OptionSet;
import nl.plenum.ballot.PercentBase;
import nl.plenum.vote.Choice;

/**
 * The counted result of a ballot, as stored (JSON) when it closes and returned by the API.
 * Percentages are by weight, never headcount; decimals are serialised as exact strings.
 *
 * @param options        one entry per choice of the option set, in order YES, NO, ABSTAIN
 * @param baseWeight     the weight that counts as 100 % (see {@link PercentBase})
 * @param turnoutPercent voted weight as a share of entitled weight; null when nobody is entitled
 * @param quorum         the required share of entitled weight, or null for none
 * @param quorumMet      true when there is no quorum or voted weight (abstentions included) reaches it
 */
public record Tally(
        OptionSet optionSet,
        List<OptionResult> options,
        PercentBase percentBase,
        long baseWeight,
        long votedMembers,
        long votedWeight,
        long entitledMembers,
        long entitledWeight,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, format = "decimal", description = "exact decimal as a string") BigDecimal turnoutPercent,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, format = "decimal", description = "exact decimal as a string") BigDecimal quorum,
        boolean quorumMet,
        MajorityRule majorityRule,
        boolean adopted,
        Verdict verdict) {

    public Tally {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /**
     * Applies the ballot's rules to the votes cast.
     *
     * @param entitledMembers members entitled to vote on this ballot
     * @param entitledWeight  their summed weight
     * @param cast            per choice the count and summed weight; missing choices had no votes
     * @throws IllegalArgumentException on inconsistent input (negative numbers, more voted than
     *                                  entitled, votes for a choice the option set does not offer)
     */
    public static Tally compute(BallotRules rules, long entitledMembers, long entitledWeight, Map<Choice, Totals> cast) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(cast, "cast");
        if (entitledMembers < 0 || entitledWeight < 0) {
            throw new IllegalArgumentException("entitlement cannot be negative: " + entitledMembers + " members, weight " + entitledWeight);
        }
        cast.forEach((choice, totals) -> {
            Objects.requireNonNull(choice, "choice");
            Objects.requireNonNull(totals, "totals of " + choice);
            if (!rules.optionSet().allows(choice) && (totals.count() > 0 || totals.weight() > 0)) {
                throw new IllegalArgumentException(choice + " votes on a ballot offering only " + rules.optionSet().choices());
            }
        });

        long yes = totalsOf(cast, Choice.YES).weight();
        long no = totalsOf(cast, Choice.NO).weight();
        long abstain = totalsOf(cast, Choice.ABSTAIN).weight();
        long baseWeight = rules.percentBase().weight(yes, no, abstain, entitledWeight);

        List<OptionResult> options = new ArrayList<>();
        long votedMembers = 0;
        long votedWeight = 0;
        for (Choice choice : rules.optionSet().choices()) {
            Totals totals = totalsOf(cast, choice);
            BigDecimal percent = rules.percentBase().includes(choice) ? Percent.of(totals.weight(), baseWeight) : null;
            options.add(new OptionResult(choice, totals.count(), totals.weight(), percent));
            votedMembers = Math.addExact(votedMembers, totals.count());
            votedWeight = Math.addExact(votedWeight, totals.weight());
        }
        if (votedMembers > entitledMembers || votedWeight > entitledWeight) {
            throw new IllegalArgumentException("more voted (" + votedMembers + " members, weight " + votedWeight
                    + ") than entitled (" + entitledMembers + " members, weight " + entitledWeight + ")");
        }

        boolean quorumMet = quorumMet(rules.quorum(), votedWeight, entitledWeight);
        boolean adopted = quorumMet && rules.majorityRule().isMetBy(yes, no, baseWeight);
        Verdict verdict = !quorumMet ? Verdict.NO_QUORUM : adopted ? Verdict.ADOPTED : Verdict.REJECTED;
        return new Tally(rules.optionSet(), options, rules.percentBase(), baseWeight,
                votedMembers, votedWeight, entitledMembers, entitledWeight, Percent.of(votedWeight, entitledWeight),
                rules.quorum(), quorumMet, rules.majorityRule(), adopted, verdict);
    }

    /** The entry for one choice; empty when the option set does not offer it. */
    public Optional<OptionResult> option(Choice choice) {
        return options.stream().filter(o -> o.choice() == choice).findFirst();
    }

    /** Voted weight (abstentions included) must reach quorum × entitled weight, compared exactly. */
    static boolean quorumMet(BigDecimal quorum, long votedWeight, long entitledWeight) {
        if (quorum == null) {
            return true;
        }
        BigDecimal required = quorum.multiply(BigDecimal.valueOf(entitledWeight));
        return BigDecimal.valueOf(votedWeight).compareTo(required) >= 0;
    }

    private static Totals totalsOf(Map<Choice, Totals> cast, Choice choice) {
        return cast.getOrDefault(choice, Totals.NONE);
    }
}
