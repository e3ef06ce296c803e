package nl.plenum.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Which open ballots a delegate may vote on: its own member (unless it gave a mandate) and the members
 * whose mandate to it was frozen when the ballot opened.
 */
@ApplicationScoped
public class OpenBallots {

    @Inject
    EntityManager em;

    /** Own member and mandates of a delegate of this member; null when the member does not exist. */
    public ActingFor actingFor(String memberCode) {
        @SuppressWarnings("unchecked")
        List<Object> names = em.createNativeQuery("SELECT name FROM member WHERE code = ?1").setParameter(1, memberCode).getResultList();
        if (names.isEmpty()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT m.code, m.name FROM mandate md
                JOIN member m ON m.id = md.member_id JOIN member p ON p.id = md.proxy_member_id
                JOIN assembly a ON a.id = md.assembly_id
                WHERE p.code = ?1 AND a.status <> 'CLOSED'
                UNION
                SELECT m.code, m.name FROM entitlement e JOIN ballot b ON b.id = e.ballot_id AND b.state = 'OPEN'
                JOIN member m ON m.id = e.member_id JOIN member p ON p.id = e.proxy_member_id
                WHERE p.code = ?1
                ORDER BY 1""").setParameter(1, memberCode).getResultList();
        return new ActingFor(memberCode, (String) names.get(0), rows.stream().map(r -> r[1] + " (" + r[0] + ")").toList());
    }

    public List<OpenBallot> forDelegateOf(String memberCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT b.id, b.question, m.code, m.name,
                       EXISTS (SELECT 1 FROM participation p WHERE p.ballot_id = b.id AND p.member_id = m.id),
                       b.visibility = 'SECRET'
                FROM ballot b
                JOIN entitlement e ON e.ballot_id = b.id
                JOIN member m ON m.id = e.member_id
                JOIN member actor ON actor.code = ?1
                WHERE b.state = 'OPEN'
                  AND ((e.proxy_member_id IS NULL AND m.id = actor.id) OR e.proxy_member_id = actor.id)
                ORDER BY b.id, m.code""").setParameter(1, memberCode).getResultList();
        return rows.stream().map(r -> new OpenBallot(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (Boolean) r[4],
                (Boolean) r[5])).toList();
    }
}
