package nl.plenum.member;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A statutory weight table: a member with at least {@code from} inhabitants has {@code votes} votes.
 * Stand-in with the agreed API; the rules branch owns the real class and replaces this one at merge.
 */
public final class WeightBrackets {

    public record Bracket(long from, int votes) {
    }

    private final List<Bracket> brackets;

    private WeightBrackets(List<Bracket> brackets) {
        this.brackets = List.copyOf(brackets);
    }

    /** Parses {@code "from:votes,..."}, ascending by {@code from}, the first from 0. */
    public static WeightBrackets parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("the weight bracket table is empty");
        }
        List<Bracket> brackets = new ArrayList<>();
        for (String pair : spec.split(",")) {
            String[] parts = pair.trim().split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("'" + pair.trim() + "' is not a from:votes pair");
            }
            long from;
            int votes;
            try {
                from = Long.parseLong(parts[0].trim());
                votes = Integer.parseInt(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + pair.trim() + "' is not a from:votes pair of whole numbers");
            }
            if (votes < 1) {
                throw new IllegalArgumentException("a bracket needs at least one vote: '" + pair.trim() + "'");
            }
            if (brackets.isEmpty() && from != 0) {
                throw new IllegalArgumentException("the first bracket must start at 0 inhabitants");
            }
            if (!brackets.isEmpty() && from <= brackets.get(brackets.size() - 1).from()) {
                throw new IllegalArgumentException("brackets must be in ascending order of inhabitants");
            }
            brackets.add(new Bracket(from, votes));
        }
        return new WeightBrackets(brackets);
    }

    public int weightFor(long inhabitants) {
        if (inhabitants < 0) {
            throw new IllegalArgumentException("inhabitants cannot be negative");
        }
        int votes = brackets.get(0).votes();
        for (Bracket bracket : brackets) {
            if (inhabitants >= bracket.from()) {
                votes = bracket.votes();
            }
        }
        return votes;
    }

    public List<Bracket> brackets() {
        return brackets;
    }

    public String spec() {
        return brackets.stream().map(b -> b.from() + ":" + b.votes()).collect(Collectors.joining(","));
    }
}
