package nl.plenum.resolution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.plenum.assembly.AssemblyRepository;
import nl.plenum.audit.AuditLog;
import nl.plenum.ballot.Ballot;
import nl.plenum.ballot.BallotRepository;
import nl.plenum.common.DomainException;
import org.hibernate.exception.ConstraintViolationException;

/** An assembly's agenda: one resolution per agenda item. */
@ApplicationScoped
public class ResolutionService {

    @Inject
    ResolutionRepository resolutions;

    @Inject
    AssemblyRepository assemblies;

    @Inject
    BallotRepository ballots;

    @Inject
    AuditLog audit;

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

    /**
     * Takes a resolution off the agenda together with its draft ballots; refused (409
     * {@code resolution-has-ballots}) once any of its ballots was opened, see {@link AgendaItemRemoval}.
     *
     * @return the deleted resolution, detached
     */
    @Transactional
    public Resolution delete(long id) {
        // Locks the resolution (a new ballot on it waits for its foreign key) and its ballots (opening one waits).
        Resolution resolution = resolutions.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> DomainException.notFound("Resolution", id));
        List<Ballot> onItem = ballots.find("resolutionId = ?1 order by id", id).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        List<Long> blocking = AgendaItemRemoval.blocking(onItem.stream()
                .map(b -> new AgendaItemRemoval.BallotOnItem(b.id, b.state, b.openedAt != null)).toList());
        if (!blocking.isEmpty()) {
            throw DomainException.conflict("resolution-has-ballots", "Resolution " + id + " has ballots that were opened " + blocking
                    + "; it stays on the record. Set its status to WITHDRAWN instead");
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("resolution", resolution.id);
        payload.put("assembly", resolution.assemblyId);
        payload.put("agendaItem", resolution.agendaItem);
        payload.put("title", resolution.title);
        payload.put("status", resolution.status.name());
        payload.put("draftBallots", onItem.stream().map(b -> b.id).toList());
        onItem.forEach(ballots::delete);
        resolutions.delete(resolution);
        resolutions.flush();
        audit.append("RESOLUTION_DELETED", null, payload);
        return resolution;
    }

    public record ImportResult(int created, int updated, int unchanged) {
    }

    /**
     * Creates or updates every item of the file, or nothing at all (see {@link AgendaImport}). The assembly's row
     * lock makes two imports, or an import and a move, take turns.
     */
    @Transactional
    public ImportResult importCsv(long assemblyId, List<AgendaCsv.Item> items) {
        assemblies.lockForChange(assemblyId);
        List<Resolution> agenda = resolutions.forAssembly(assemblyId);
        Set<Long> voted = voted(agenda);
        Map<String, AgendaImport.Existing> existing = new HashMap<>();
        agenda.forEach(r -> existing.put(r.agendaItem, new AgendaImport.Existing(r.id, r.title, r.text, voted.contains(r.id))));
        AgendaImport.Plan plan = AgendaImport.plan(items, existing);
        for (AgendaCsv.Item item : plan.created()) {
            Resolution resolution = new Resolution();
            resolution.assemblyId = assemblyId;
            apply(resolution, new ResolutionInput(item.agendaItem(), item.title(), item.text(), null));
            save(resolution);
        }
        for (AgendaImport.Update update : plan.updated()) {
            Resolution resolution = resolutions.require(update.id());
            apply(resolution, new ResolutionInput(update.item().agendaItem(), update.item().title(), update.item().text(), null));
        }
        resolutions.flush();
        if (!plan.created().isEmpty() || !plan.updated().isEmpty()) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("assembly", assemblyId);
            payload.put("created", plan.created().stream().map(AgendaCsv.Item::agendaItem).toList());
            payload.put("updated", plan.updated().stream().map(u -> u.item().agendaItem()).toList());
            audit.append("AGENDA_IMPORTED", null, payload);
        }
        return new ImportResult(plan.created().size(), plan.updated().size(), plan.unchanged());
    }

    /** Moves an item one place up or down by swapping numbers with its neighbour (see {@link AgendaMove}); false: already at the end. */
    @Transactional
    public boolean move(long assemblyId, long resolutionId, boolean up) {
        assemblies.lockForChange(assemblyId);
        List<Resolution> agenda = resolutions.forAssembly(assemblyId);
        Set<Long> voted = voted(agenda);
        List<AgendaMove.Item> items = agenda.stream().map(r -> new AgendaMove.Item(r.id, r.agendaItem, voted.contains(r.id))).toList();
        Optional<AgendaMove.Swap> swap = AgendaMove.move(items, resolutionId, up);
        if (swap.isEmpty()) {
            return false;
        }
        Resolution first = resolutions.require(swap.get().first().id());
        Resolution second = resolutions.require(swap.get().second().id());
        String firstNumber = first.agendaItem;
        String secondNumber = second.agendaItem;
        // (assembly, agenda item) is unique and not deferrable: park one number while the other moves
        first.agendaItem = "~" + first.id;
        resolutions.flush();
        second.agendaItem = firstNumber;
        resolutions.flush();
        first.agendaItem = secondNumber;
        resolutions.flush();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("assembly", assemblyId);
        payload.put("resolution", first.id);
        payload.put("from", firstNumber);
        payload.put("to", secondNumber);
        payload.put("swappedWith", second.id);
        audit.append("AGENDA_ITEM_MOVED", null, payload);
        return true;
    }

    /** The resolutions of which a ballot was ever opened: their number, title and text are on the record. */
    private Set<Long> voted(List<Resolution> agenda) {
        if (agenda.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = agenda.stream().map(r -> r.id).toList();
        Set<Long> voted = new HashSet<>();
        for (Ballot b : ballots.list("resolutionId in ?1", ids)) {
            if (!AgendaItemRemoval.blocking(List.of(new AgendaItemRemoval.BallotOnItem(b.id, b.state, b.openedAt != null))).isEmpty()) {
                voted.add(b.resolutionId);
            }
        }
        return voted;
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
