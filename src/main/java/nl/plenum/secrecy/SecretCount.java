package nl.plenum.secrecy;

import java.util.ArrayList;
import java.util.List;

/**
 * The close of a secret ballot, without a database: the weighted and the plain (count) aggregate per
 * option, each decrypted with its proof. Only these totals are ever decrypted.
 */
public final class SecretCount {

    /** One decrypted aggregate: its ciphertext, the total it holds, and the proof. */
    public record ProvedTotal(Ciphertext aggregate, long total, DecryptionProof proof) {
    }

    /** Per option (in option-set order) the weight and the number of votes. */
    public record Result(List<ProvedTotal> weights, List<ProvedTotal> counts, long votes) {
    }

    private final int options;
    private final WeightedSum weights;

    public SecretCount(int options) {
        this.options = options;
        this.weights = new WeightedSum(options);
    }

    public void add(int weight, List<Ciphertext> vote) {
        weights.add(weight, vote);
    }

    public SecretCount merge(SecretCount other) {
        weights.merge(other.weights);
        return this;
    }

    public Result decrypt(long ballotId, BallotKeyPair key, long maxWeight, long maxCount, ScalarSource random) {
        return new Result(decryptAll(ballotId, key, weights.aggregates(), maxWeight, random),
                decryptAll(ballotId, key, weights.plainSums(), maxCount, random), weights.votes());
    }

    private List<ProvedTotal> decryptAll(long ballotId, BallotKeyPair key, List<Ciphertext> aggregates, long max, ScalarSource random) {
        List<ProvedTotal> out = new ArrayList<>(options);
        for (int j = 0; j < options; j++) {
            Decryption.Total t = Decryption.decrypt(ballotId, key, j, aggregates.get(j), max, random);
            if (!Decryption.verify(ballotId, key.publicKey(), j, aggregates.get(j), t.weight(), t.proof())) {
                throw new IllegalStateException("decryption proof of option " + j + " does not verify");
            }
            out.add(new ProvedTotal(aggregates.get(j), t.weight(), t.proof()));
        }
        return out;
    }

    /** The aggregates only, to compare with stored ones (the audit's recount). */
    public List<Ciphertext> weightAggregates() {
        return weights.aggregates();
    }

    public List<Ciphertext> countAggregates() {
        return weights.plainSums();
    }
}
