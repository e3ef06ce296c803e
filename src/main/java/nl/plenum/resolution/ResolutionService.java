package nl.plenum.resolution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.plenum.assembly.AssemblyRepository;
import nl.plenum.common.DomainException;
import org.hibernate.exception.ConstraintViolationException;

/** An assembly's agenda: one resolution per agenda item. */
@ApplicationScoped
public class ResolutionService {

    @Inject
    ResolutionRepository resolutions;

    @Inject
    AssemblyRepository assemblies;

    @Transactional
    public List<Resolution> forAssembly(long assemblyId) {
        assemblies.require(assemblyId);
        return resolutions.forAssembly(assemblyId);
    }

    @Transactional
    public Resolution get(long id) {
        return resolutions.require(id);
    }

    @Transactional
    public Resolution create(long assemblyId, ResolutionInput input) {
        assemblies.require(assemblyId);
        Resolution resolution = new Resolution();
        resolution.assemblyId = assemblyId;
        refuseDuplicate(resolution, input);
        apply(resolution, input);
        return save(resolution);
    }

    @Transactional
    public Resolution update(long id, ResolutionInput input) {
        Resolution resolution = resolutions.require(id);
        refuseDuplicate(resolution, input);
        apply(resolution, input);
        return save(resolution);
    }

    private static void apply(Resolution resolution, ResolutionInput input) {
        resolution.agendaItem = input.agendaItem().strip();
        resolution.title = input.title().strip();
        resolution.text = input.text() == null ? "" : input.text();
        if (input.status() != null) {
            resolution.status = input.status();
        }
    }

    /** Checked before the entity changes: the query would otherwise flush the duplicate first. */
    private void refuseDuplicate(Resolution resolution, ResolutionInput input) {
        String item = input.agendaItem().strip();
        resolutions.findByAgendaItem(resolution.assemblyId, item)
                .filter(other -> !other.id.equals(resolution.id))
                .ifPresent(other -> {
                    throw duplicate(resolution.assemblyId, item);
                });
    }

    /** The unique (assembly, agenda item) constraint also catches a concurrent duplicate. */
    private Resolution save(Resolution resolution) {
        try {
            resolutions.persistAndFlush(resolution);
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw duplicate(resolution.assemblyId, resolution.agendaItem);
            }
            throw e;
        }
        return resolution;
    }

    private static DomainException duplicate(long assemblyId, String agendaItem) {
        return DomainException.conflict("duplicate-agenda-item", "Assembly " + assemblyId + " already has agenda item " + agendaItem);
    }
}
