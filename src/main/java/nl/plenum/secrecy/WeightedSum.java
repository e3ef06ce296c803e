package nl.plenum.secrecy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregate per option: Σ weight·ciphertext over all votes. Ciphertexts of voters with equal weight
 * are added first (cheap point additions), then multiplied once per distinct weight.
 */
public final class WeightedSum {

    private final int options;
    private final Map<Integer, Ciphertext[]> byWeight = new HashMap<>();
    private long votes;

    public WeightedSum(int options) {
        this.options = options;
    }

    public void add(int weight, List<Ciphertext> vote) {
        if (weight <= 0 || vote.size() != options) {
            throw new IllegalArgumentException("a vote has a positive weight and one ciphertext per option");
        }
        Ciphertext[] sums = byWeight.computeIfAbsent(weight, w -> zeros());
        for (int j = 0; j < options; j++) {
            sums[j] = sums[j].add(vote.get(j));
        }
        votes++;
    }

    /** Adds another partial sum (of other votes) into this one: sums over parts of the votes, in parallel. */
    public void merge(WeightedSum other) {
        if (other.options != options) {
            throw new IllegalArgumentException("different option counts");
        }
        other.byWeight.forEach((weight, sums) -> {
            Ciphertext[] mine = byWeight.computeIfAbsent(weight, w -> zeros());
            for (int j = 0; j < options; j++) {
                mine[j] = mine[j].add(sums[j]);
            }
        });
        votes += other.votes;
    }

    private Ciphertext[] zeros() {
        Ciphertext[] zero = new Ciphertext[options];
        java.util.Arrays.fill(zero, Ciphertext.ZERO);
        return zero;
    }

    public long votes() {
        return votes;
    }

    /** Σ ciphertext per option, every weight taken as 1 (the count aggregate), from the per-weight sums: no pass over the votes. */
    public List<Ciphertext> plainSums() {
        Ciphertext[] total = zeros();
        byWeight.values().forEach(sums -> {
            for (int j = 0; j < options; j++) {
                total[j] = total[j].add(sums[j]);
            }
        });
        List<Ciphertext> out = new ArrayList<>(options);
        for (Ciphertext t : total) {
            out.add(t.normalize());
        }
        return out;
    }

    /** The aggregate ciphertext per option, normalised. */
    public List<Ciphertext> aggregates() {
        Ciphertext[] total = new Ciphertext[options];
        java.util.Arrays.fill(total, Ciphertext.ZERO);
        byWeight.forEach((weight, sums) -> {
            BigInteger w = BigInteger.valueOf(weight);
            for (int j = 0; j < options; j++) {
                Ciphertext s = sums[j];
                total[j] = total[j].add(new Ciphertext(Group.timesAny(s.a(), w), Group.timesAny(s.b(), w)));
            }
        });
        List<Ciphertext> out = new ArrayList<>(options);
        for (Ciphertext t : total) {
            out.add(t.normalize());
        }
        return out;
    }
}
