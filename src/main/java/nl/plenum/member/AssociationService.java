package nl.plenum.member;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.plenum.audit.AuditLog;
import nl.plenum.common.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The association's name and weight table; a new table re-derives every weight that is not explicit. */
@ApplicationScoped
public class AssociationService {

    @Inject
    AssociationRepository associations;

    @Inject
    MemberRepository members;

    // Plain properties, not a @ConfigMapping on "plenum": a root mapping would have to own every plenum.* key.
    @ConfigProperty(name = "plenum.association-name")
    String defaultName;

    /** The shipped table is an example; each association's statutes set their own. */
    @ConfigProperty(name = "plenum.weight-brackets")
    String defaultBrackets;

    @Inject
    AuditLog audit;

    /** A wrong table in the configuration should stop the start, not the first member import. */
    void checkDefaults(@Observes StartupEvent start) {
        try {
            WeightBrackets.parse(defaultBrackets);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("plenum.weight-brackets is not a valid bracket table: " + e.getMessage(), e);
        }
    }

    @Transactional
    public Association current() {
        return current(LockModeType.NONE);
    }

    /**
     * The association row, created from the configuration on first use. Member writes lock it for share
     * so that a concurrent bracket change cannot leave a weight derived from the old table.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Association current(LockModeType lock) {
        return associations.findTheOne(lock).orElseGet(() -> {
            associations.insertIfAbsent(defaultName, WeightBrackets.parse(defaultBrackets).spec());
            return associations.findTheOne(lock).orElseThrow();
        });
    }

    /** {@code reveal} null keeps the current setting, so a client that predates it changes nothing by leaving it out. */
    @Transactional
    public Association update(String name, List<WeightBrackets.Bracket> table, ProjectorReveal reveal) {
        WeightBrackets brackets = brackets(table);
        name = name.strip();
        Association association = current(LockModeType.PESSIMISTIC_WRITE);
        if (!association.name.equals(name)) {
            audit.append("ASSOCIATION_RENAMED", null, Map.of("from", association.name, "to", name));
            association.name = name;
        }
        if (reveal != null && reveal != association.projectorReveal) {
            audit.append("PROJECTOR_REVEAL_CHANGED", null, Map.of("from", association.projectorReveal.name(), "to", reveal.name()));
            association.projectorReveal = reveal;
        }
        String previous = association.weightBrackets;
        if (!previous.equals(brackets.spec())) {
            association.weightBrackets = brackets.spec();
            List<Map<String, Object>> changed = rederive(brackets);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("from", previous);
            payload.put("to", brackets.spec());
            payload.put("weightChanges", changed);
            audit.append("WEIGHT_BRACKETS_CHANGED", null, payload);
        }
        return association;
    }

    /** One statement for all changed weights: an association may have many thousands of members. */
    private List<Map<String, Object>> rederive(WeightBrackets brackets) {
        List<MemberImport.Update> updates = MemberImport.rederived(members.derivedRowsByCode().values(), brackets);
        members.write(List.of(), updates.stream().map(MemberImport.Update::row).toList());
        return updates.stream().map(u -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("code", u.row().code());
            change.putAll(u.changes());
            return change;
        }).toList();
    }

    /** Checks a table the API received; a wrong table is the client's field error. */
    private static WeightBrackets brackets(List<WeightBrackets.Bracket> table) {
        String spec = table.stream().map(b -> b.from() + ":" + b.votes()).collect(Collectors.joining(","));
        try {
            return WeightBrackets.parse(spec);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("weightBrackets", e.getMessage());
        }
    }
}
