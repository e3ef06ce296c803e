package nl.plenum.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of walking the chain: how many events, the head, how many signed checkpoints, and
 * every broken link or bad signature found (the first hundred).
 */
public record ChainVerification(boolean valid, long events, long headSeq, String headHash, long checkpoints, List<String> problems) {

    static final int MAX_PROBLEMS = 100;

    /** Fed one event at a time, with the checkpoint stored at it (null when none): constant memory. */
    static final class Builder {
        private final Function<SignedHead, Optional<String>> signatures;
        private AuditEvent previous;
        private long count;
        private long checkpoints;
        private long lastSigned;
        private final List<String> problems = new ArrayList<>();

        Builder(Function<SignedHead, Optional<String>> signatures) {
            this.signatures = signatures;
        }

        void accept(AuditEvent event, SignedHead checkpoint) {
            AuditChain.check(previous, event).ifPresent(this::problem);
            if (checkpoint != null) {
                checkpoints++;
                if (!checkpoint.hash().equals(event.hash())) {
                    problem("the signed checkpoint at event " + event.seq() + " names another hash than the event has: the chain was rewritten");
                } else {
                    signatures.apply(checkpoint).ifPresent(this::problem);
                }
                lastSigned = event.seq();
            }
            previous = event;
            count++;
        }

        void problem(String problem) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(problem);
            }
        }

        long headSeq() {
            return previous == null ? 0 : previous.seq();
        }

        String headHash() {
            return previous == null ? AuditChain.GENESIS : previous.hash();
        }

        ChainVerification build() {
            if (previous != null && lastSigned < previous.seq()) {
                problem("events " + (lastSigned + 1) + " to " + previous.seq() + " are covered by no signature");
            }
            return new ChainVerification(problems.isEmpty(), count, headSeq(), headHash(), checkpoints, List.copyOf(problems));
        }
    }
}
