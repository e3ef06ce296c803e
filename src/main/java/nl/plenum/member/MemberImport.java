package nl.plenum.member;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What importing a member list changes, worked out before anything is written: new members, members whose
 * values differ, and how many are already as the file says. Plain Java, so it can be checked without a database.
 */
public final class MemberImport {

    /** A member's stored values; {@code id} is null for one that does not exist yet. */
    public record Row(Long id, String code, String name, long inhabitants, int weight, boolean weightExplicit, boolean active) {

        Map<String, Object> describe() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("code", code);
            values.put("name", name);
            values.put("inhabitants", inhabitants);
            values.put("weight", weight);
            values.put("weightExplicit", weightExplicit);
            values.put("active", active);
            return values;
        }
    }

    public record Update(Row row, Map<String, Object> changes) {
    }

    public record Plan(List<Row> created, List<Update> updated, int unchanged) {
    }

    private MemberImport() {
    }

    /** Each input is already valid; codes are unique within the file. */
    public static Plan plan(List<MemberInput> inputs, Map<String, Row> existing, WeightBrackets brackets) {
        List<Row> created = new ArrayList<>();
        List<Update> updated = new ArrayList<>();
        int unchanged = 0;
        for (MemberInput in : inputs) {
            boolean explicit = in.weight() != null;
            int weight = explicit ? in.weight() : brackets.weightFor(in.inhabitants());
            Row old = existing.get(in.code());
            // no active column (or an empty cell): a new member is active, an existing one keeps its flag
            boolean active = in.active() != null ? in.active() : old == null || old.active();
            Row row = new Row(old == null ? null : old.id(), in.code(), in.name(), in.inhabitants(), weight, explicit, active);
            if (old == null) {
                created.add(row);
                continue;
            }
            Map<String, Object> changes = changes(old.describe(), row.describe());
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                updated.add(new Update(row, changes));
            }
        }
        return new Plan(created, updated, unchanged);
    }

    /** The derived weights a new bracket table changes, by code; explicit weights are not in {@code derived}. */
    public static List<Update> rederived(Collection<Row> derived, WeightBrackets brackets) {
        return derived.stream()
                .filter(row -> brackets.weightFor(row.inhabitants()) != row.weight())
                .sorted(Comparator.comparing(Row::code))
                .map(row -> {
                    int weight = brackets.weightFor(row.inhabitants());
                    Row now = new Row(row.id(), row.code(), row.name(), row.inhabitants(), weight, false, row.active());
                    return new Update(now, Map.of("weight", Map.of("from", row.weight(), "to", weight)));
                })
                .toList();
    }

    static Map<String, Object> changes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        before.forEach((field, old) -> {
            if (!Objects.equals(old, after.get(field))) {
                changes.put(field, Map.of("from", old, "to", after.get(field)));
            }
        });
        return changes;
    }
}
