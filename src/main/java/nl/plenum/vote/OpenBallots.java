package nl.plenum.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Which open ballots a delegate may vote on: own member (unless it gave a mandate) and mandating members. */
@ApplicationScoped
public class OpenBallots {

    @Inject
    EntityManager em;

    public List<OpenBallot> forDelegateOf(String memberCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT b.id, b.question, m.code, m.name,
                       EXISTS (SELECT 1 FROM participation p WHERE p.ballot_id = b.id AND p.member_id = m.id)
                FROM ballot b
                JOIN resolution r ON r.id = b.resolution_id
                JOIN entitlement e ON e.ballot_id = b.id
                JOIN member m ON m.id = e.member_id
                JOIN member actor ON actor.code = ?1
                LEFT JOIN mandate md ON md.assembly_id = r.assembly_id AND md.member_id = m.id
                    AND EXISTS (SELECT 1 FROM member proxy WHERE proxy.id = md.proxy_member_id AND proxy.active)
                WHERE b.state = 'OPEN'
                  AND ((md.member_id IS NULL AND m.id = actor.id) OR md.proxy_member_id = actor.id)
                ORDER BY b.id, m.code""").setParameter(1, memberCode).getResultList();
        return rows.stream().map(r -> new OpenBallot(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (Boolean) r[4])).toList();
    }
}
