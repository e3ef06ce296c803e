package nl.plenum.ballot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plenum.audit.AuditLog;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem.FieldError;

/** Each assembly's rules for new ballots; an assembly without a row uses {@link BallotDefaults#STANDARD}. */
@ApplicationScoped
public class BallotDefaultsService {

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Transactional
    public BallotDefaults get(long assemblyId) {
        requireAssembly(assemblyId);
        return stored(assemblyId);
    }

    /** The defaults of the assembly whose agenda holds the resolution. */
    BallotDefaults forResolution(long resolutionId) {
        List<?> assembly = em.createNativeQuery("SELECT assembly_id FROM resolution WHERE id = ?1").setParameter(1, resolutionId).getResultList();
        return assembly.isEmpty() ? BallotDefaults.STANDARD : stored(((Number) assembly.get(0)).longValue());
    }

    /** Replaces the assembly's defaults (omitted rules: the built-in ones); existing ballots keep their rules. */
    @Transactional
    public BallotDefaults set(long assemblyId, BallotDefaults input) {
        requireAssembly(assemblyId);
        BallotDefaults complete;
        try {
            complete = input.complete();
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(List.of(FieldError.of("quorum", "quorum", e.getMessage())));
        }
        AssemblyBallotDefaults found = em.find(AssemblyBallotDefaults.class, assemblyId);
        AssemblyBallotDefaults row = found != null ? found : new AssemblyBallotDefaults();
        row.assemblyId = assemblyId;
        row.optionSet = complete.optionSet();
        row.percentBase = complete.percentBase();
        row.majorityRule = complete.majorityRule();
        row.quorum = complete.quorum();
        row.visibility = complete.visibility();
        if (found == null) {
            em.persist(row); // with its values: the insert takes the state at persist
        }
        em.flush();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("assembly", assemblyId);
        payload.put("optionSet", complete.optionSet().name());
        payload.put("percentBase", complete.percentBase().name());
        payload.put("majorityRule", complete.majorityRule().name());
        payload.put("quorum", complete.quorum() == null ? null : complete.quorum().toPlainString());
        payload.put("visibility", complete.visibility().name());
        audit.append("BALLOT_DEFAULTS_SET", null, payload);
        return complete;
    }

    private BallotDefaults stored(long assemblyId) {
        AssemblyBallotDefaults row = em.find(AssemblyBallotDefaults.class, assemblyId);
        return row == null ? BallotDefaults.STANDARD : row.defaults();
    }

    private void requireAssembly(long assemblyId) {
        Number exists = (Number) em.createNativeQuery("SELECT count(*) FROM assembly WHERE id = ?1").setParameter(1, assemblyId).getSingleResult();
        if (exists.longValue() == 0) {
            throw DomainException.notFound("Assembly", assemblyId);
        }
    }
}
