package nl.plenum.assembly;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may carry whose vote in one assembly. A mandate goes one step: the proxy must vote for itself, so a
 * member that gave its vote away cannot be a proxy, and a member that carries others' votes cannot give its own away.
 */
public final class MandateRules {

    private MandateRules() {
    }

    /**
     * Why {@code member → proxy} cannot be added to the assembly's other mandates, or empty when it can.
     *
     * @param mandates member code → proxy code, the assembly's mandates as they are now
     */
    public static Optional<String> chainRefusal(String member, String proxy, Map<String, String> mandates) {
        String onward = mandates.get(proxy);
        if (onward != null && !onward.equals(member)) {
            return Optional.of(proxy + " has given its own vote to " + onward + "; a mandate cannot be passed on");
        }
        if (onward != null) {
            return Optional.of(proxy + " has given its own vote to " + member + "; two members cannot be each other's proxy");
        }
        List<String> carried = mandates.entrySet().stream()
                .filter(e -> e.getValue().equals(member) && !e.getKey().equals(member))
                .map(Map.Entry::getKey).sorted().toList();
        if (!carried.isEmpty()) {
            return Optional.of(member + " carries the vote of " + String.join(", ", carried) + "; it cannot give its own vote away");
        }
        return Optional.empty();
    }
}
