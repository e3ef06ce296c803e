package nl.plenum.member;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

@ApplicationScoped
public class MemberRepository implements PanacheRepository<Member> {

    public Optional<Member> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Optional<Member> findByCodeForUpdate(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<Member> listSorted() {
        return listAll(Sort.by("code"));
    }

    /** Case-insensitive substring match on code or name. */
    public List<Member> search(String text) {
        String pattern = "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return list("lower(code) like ?1 escape '\\' or lower(name) like ?1 escape '\\'", Sort.by("code"), pattern);
    }

    public List<Member> listActiveSorted() {
        return list("active", Sort.by("code"), true);
    }

    public List<Member> listDerived() {
        return list("weightExplicit", false);
    }

    /** Every member's stored values by code, without loading entities: an import may cover many thousands. */
    public Map<String, MemberImport.Row> rowsByCode() {
        Map<String, MemberImport.Row> rows = new HashMap<>();
        session().doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, code, name, inhabitants, weight, weight_explicit FROM member");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(2), new MemberImport.Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getLong(4), rs.getInt(5), rs.getBoolean(6)));
                }
            }
        });
        return rows;
    }

    /** Batched writes in the caller's transaction; a concurrent insert of the same code fails on the unique constraint. */
    public void write(List<MemberImport.Row> created, List<MemberImport.Row> updated) {
        session().doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO member (code, name, inhabitants, weight, weight_explicit) VALUES (?, ?, ?, ?, ?)")) {
                for (MemberImport.Row row : created) {
                    insert.setString(1, row.code());
                    insert.setString(2, row.name());
                    insert.setLong(3, row.inhabitants());
                    insert.setInt(4, row.weight());
                    insert.setBoolean(5, row.weightExplicit());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE member SET name = ?, inhabitants = ?, weight = ?, weight_explicit = ?, updated_at = now() WHERE id = ?")) {
                for (MemberImport.Row row : updated) {
                    update.setString(1, row.name());
                    update.setLong(2, row.inhabitants());
                    update.setInt(3, row.weight());
                    update.setBoolean(4, row.weightExplicit());
                    update.setLong(5, row.id());
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }

    /** Ballots (entitlements, votes cast on its behalf) and mandates that name this member. */
    public boolean isReferenced(long memberId) {
        Object found = getEntityManager().createNativeQuery("""
                SELECT EXISTS (SELECT 1 FROM entitlement WHERE member_id = :id)
                    OR EXISTS (SELECT 1 FROM participation WHERE cast_by = :id)
                    OR EXISTS (SELECT 1 FROM mandate WHERE member_id = :id OR proxy_member_id = :id)
                """).setParameter("id", memberId).getSingleResult();
        return Boolean.TRUE.equals(found);
    }
}
