package nl.plenum.audit;

import java.util.ArrayList;
import java.util.List;

/** The outcome of walking the chain: how many events, the head hash, and every broken link found. */
public record ChainVerification(boolean valid, long events, String headHash, List<String> problems) {

    static final class Builder {
        private AuditEvent previous;
        private long count;
        private final List<String> problems = new ArrayList<>();

        void accept(AuditEvent event) {
            AuditChain.check(previous, event).ifPresent(p -> {
                if (problems.size() < 100) {
                    problems.add(p);
                }
            });
            previous = event;
            count++;
        }

        ChainVerification build() {
            return new ChainVerification(problems.isEmpty(), count, previous == null ? AuditChain.GENESIS : previous.hash(), List.copyOf(problems));
        }
    }
}
