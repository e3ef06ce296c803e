package nl.plenum.member;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statutory table that turns a member's inhabitants into votes, written as
 * {@code "0:1,10000:2,20000:3"}: from 0 inhabitants 1 vote, from 10 000 two, from 20 000 three.
 */
public final class WeightBrackets {

    /** From {@code from} inhabitants on (inclusive), a member has {@code votes} votes. */
    public record Bracket(long from, int votes) {
    }

    private final List<Bracket> brackets;

    private WeightBrackets(List<Bracket> brackets) {
        this.brackets = brackets;
    }

    /**
     * Reads a "from:votes,from:votes,…" table; spaces around numbers are allowed.
     *
     * @throws IllegalArgumentException naming the first problem: not from:votes, a first bracket not
     *                                  at 0, {@code from} not ascending, or fewer than 1 vote
     */
    public static WeightBrackets parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("weight brackets are empty; expected e.g. \"0:1,10000:2\"");
        }
        List<Bracket> brackets = new ArrayList<>();
        String[] entries = spec.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            String[] parts = entry.split(":", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("weight bracket " + (i + 1) + " \"" + entry + "\" is not from:votes");
            }
            long votes = number(parts[1], i, "votes");
            if (votes > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("weight bracket " + (i + 1) + " gives " + votes + " votes, more than a weight can hold");
            }
            brackets.add(new Bracket(number(parts[0], i, "from"), (int) votes));
        }
        return of(brackets);
    }

    /** The table from a list of brackets, checked like {@link #parse(String)}. */
    public static WeightBrackets of(List<Bracket> brackets) {
        if (brackets == null || brackets.isEmpty()) {
            throw new IllegalArgumentException("weight brackets are empty; at least a bracket from 0 is needed");
        }
        for (int i = 0; i < brackets.size(); i++) {
            Bracket bracket = brackets.get(i);
            if (bracket == null) {
                throw new IllegalArgumentException("weight bracket " + (i + 1) + " is missing");
            }
            if (i == 0 && bracket.from() != 0) {
                throw new IllegalArgumentException("the first weight bracket must start at 0 inhabitants, not " + bracket.from());
            }
            if (i > 0 && bracket.from() <= brackets.get(i - 1).from()) {
                throw new IllegalArgumentException("weight bracket " + (i + 1) + " starts at " + bracket.from()
                        + ", not above the previous " + brackets.get(i - 1).from() + "; brackets must ascend");
            }
            if (bracket.votes() < 1) {
                throw new IllegalArgumentException("weight bracket " + (i + 1) + " gives " + bracket.votes() + " votes; at least 1 is needed");
            }
        }
        return new WeightBrackets(List.copyOf(brackets));
    }

    /** The votes of the highest bracket whose {@code from} is at most {@code inhabitants}. */
    public int weightFor(long inhabitants) {
        if (inhabitants < 0) {
            throw new IllegalArgumentException("inhabitants cannot be negative: " + inhabitants);
        }
        int votes = brackets.get(0).votes();
        for (Bracket bracket : brackets) {
            if (bracket.from() > inhabitants) {
                break;
            }
            votes = bracket.votes();
        }
        return votes;
    }

    /** The brackets in ascending order; unmodifiable. */
    public List<Bracket> brackets() {
        return brackets;
    }

    /** The canonical "from:votes,…" text, which {@link #parse(String)} reads back to an equal table. */
    public String spec() {
        return brackets.stream().map(b -> b.from() + ":" + b.votes()).collect(Collectors.joining(","));
    }

    private static long number(String text, int index, String field) {
        String trimmed = text.trim();
        if (!trimmed.matches("-?[0-9]{1,18}")) {
            throw new IllegalArgumentException("weight bracket " + (index + 1) + ": " + field + " \"" + trimmed + "\" is not a whole number");
        }
        return Long.parseLong(trimmed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeightBrackets that && that.brackets.equals(brackets);
    }

    @Override
    public int hashCode() {
        return brackets.hashCode();
    }

    @Override
    public String toString() {
        return spec();
    }
}
