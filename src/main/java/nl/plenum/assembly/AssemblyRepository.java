package nl.plenum.assembly;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import nl.plenum.common.DomainException;

@ApplicationScoped
public class AssemblyRepository implements PanacheRepository<Assembly> {

    public Assembly require(long id) {
        return findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Assembly", id));
    }

    /** Serialises changes to one assembly's mandates, so two requests cannot build a chain together. */
    public Assembly lockForChange(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> DomainException.notFound("Assembly", id));
    }

    /** Newest meeting first. */
    public List<Assembly> listNewestFirst() {
        return listAll(Sort.descending("date").and("id", Sort.Direction.Descending));
    }
}
