package nl.plenum.resolution;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import nl.plenum.common.DomainException;

@ApplicationScoped
public class ResolutionRepository implements PanacheRepository<Resolution> {

    public Resolution require(long id) {
        return findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Resolution", id));
    }

    /** In agenda order: 2, 8a, 8b, 10. */
    public List<Resolution> forAssembly(long assemblyId) {
        return list("assemblyId", assemblyId).stream().sorted(AgendaOrder.BY_ITEM).toList();
    }

    public Optional<Resolution> findByAgendaItem(long assemblyId, String agendaItem) {
        return find("assemblyId = ?1 and agendaItem = ?2", assemblyId, agendaItem).firstResultOptional();
    }
}
