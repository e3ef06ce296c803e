package nl.plenum.member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class AssociationRepository implements PanacheRepositoryBase<Association, Short> {

    public Optional<Association> findTheOne(LockModeType lock) {
        return findByIdOptional(Association.ID, lock);
    }

    /** Creates the row unless a concurrent first use already did. */
    public void insertIfAbsent(String name, String weightBrackets) {
        getEntityManager()
                .createNativeQuery("INSERT INTO association (id, name, weight_brackets) VALUES (:id, :name, :brackets) ON CONFLICT (id) DO NOTHING")
                .setParameter("id", Association.ID)
                .setParameter("name", name)
                .setParameter("brackets", weightBrackets)
                .executeUpdate();
    }
}
