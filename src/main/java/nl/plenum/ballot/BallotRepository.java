package nl.plenum.ballot;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import nl.plenum.common.DomainException;

@ApplicationScoped
public class BallotRepository implements PanacheRepository<Ballot> {

    public Ballot require(long id) {
        Ballot ballot = findById(id);
        if (ballot == null) {
            throw DomainException.notFound("Ballot", id);
        }
        return ballot;
    }

    /** Row lock for a state change: two chairs closing at once take turns, the second sees CLOSED. */
    public Ballot lockForChange(long id) {
        Ballot ballot = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (ballot == null) {
            throw DomainException.notFound("Ballot", id);
        }
        return ballot;
    }

    public List<Ballot> forResolution(long resolutionId) {
        return list("resolutionId = ?1 order by id", resolutionId);
    }

    public List<Ballot> inState(BallotState state) {
        return list("state = ?1 order by id", state);
    }
}
