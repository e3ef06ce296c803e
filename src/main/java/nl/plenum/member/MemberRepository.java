package nl.plenum.member;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Members one at a time as entities; whole registers (lists, imports, re-derived weights) as plain rows and
 * single array statements, because an association may have many thousands of members.
 */
@ApplicationScoped
public class MemberRepository implements PanacheRepository<Member> {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(MemberInput.CODE);

    /** Empty for a code no member can have: such text (a NUL byte, say) must not reach PostgreSQL as a query value. */
    public Optional<Member> findByCode(String code) {
        if (!isWellFormedCode(code)) {
            return Optional.empty();
        }
        return find("code", code).firstResultOptional();
    }

    public Optional<Member> findByCodeForUpdate(String code) {
        if (!isWellFormedCode(code)) {
            return Optional.empty();
        }
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The shape the member table's CHECK constraint allows. */
    public static boolean isWellFormedCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public List<MemberView> views() {
        return findAll(Sort.by("code")).project(MemberView.class).list();
    }

    /** Case-insensitive substring match on code or name. */
    public List<MemberView> search(String text) {
        String pattern = "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return find("lower(code) like ?1 escape '\\' or lower(name) like ?1 escape '\\'", Sort.by("code"), pattern)
                .project(MemberView.class).list();
    }

    public List<MemberView> activeViews() {
        return find("active", Sort.by("code"), true).project(MemberView.class).list();
    }

    /** Every member's stored values by code. */
    public Map<String, MemberImport.Row> rowsByCode() {
        return rows("SELECT id, code, name, inhabitants, weight, weight_explicit, active FROM member");
    }

    /** The members whose weight follows the brackets. */
    public Map<String, MemberImport.Row> derivedRowsByCode() {
        return rows("SELECT id, code, name, inhabitants, weight, weight_explicit, active FROM member WHERE NOT weight_explicit");
    }

    /** Inserts and updates in two statements, in the caller's transaction; a concurrent insert of a code hits the unique constraint. */
    public void write(List<MemberImport.Row> created, List<MemberImport.Row> updated) {
        session().doWork(c -> {
            if (!created.isEmpty()) {
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO member (code, name, inhabitants, weight, weight_explicit, active)
                        SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[], ?::int[], ?::boolean[], ?::boolean[])""")) {
                    bindColumns(c, insert, created, false);
                    insert.executeUpdate();
                }
            }
            if (!updated.isEmpty()) {
                try (PreparedStatement update = c.prepareStatement("""
                        UPDATE member m SET name = v.name, inhabitants = v.inhabitants, weight = v.weight,
                               weight_explicit = v.weight_explicit, active = v.active, updated_at = now()
                        FROM unnest(?::text[], ?::text[], ?::bigint[], ?::int[], ?::boolean[], ?::boolean[], ?::bigint[])
                             AS v(code, name, inhabitants, weight, weight_explicit, active, id)
                        WHERE m.id = v.id""")) {
                    bindColumns(c, update, updated, true);
                    update.executeUpdate();
                }
            }
        });
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

    private Map<String, MemberImport.Row> rows(String sql) {
        flush(); // entities changed earlier in the transaction must be in what we read
        Map<String, MemberImport.Row> rows = new HashMap<>();
        session().doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(5000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getString(2), new MemberImport.Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getLong(4), rs.getInt(5), rs.getBoolean(6), rs.getBoolean(7)));
                    }
                }
            }
        });
        return rows;
    }

    private static void bindColumns(Connection c, PreparedStatement ps, List<MemberImport.Row> rows, boolean withId) throws SQLException {
        int n = rows.size();
        String[] codes = new String[n];
        String[] names = new String[n];
        Long[] inhabitants = new Long[n];
        Integer[] weights = new Integer[n];
        Boolean[] explicit = new Boolean[n];
        Boolean[] active = new Boolean[n];
        Long[] ids = new Long[n];
        for (int i = 0; i < n; i++) {
            MemberImport.Row row = rows.get(i);
            codes[i] = row.code();
            names[i] = row.name();
            inhabitants[i] = row.inhabitants();
            weights[i] = row.weight();
            explicit[i] = row.weightExplicit();
            active[i] = row.active();
            ids[i] = row.id();
        }
        Array[] arrays = {c.createArrayOf("text", codes), c.createArrayOf("text", names), c.createArrayOf("bigint", inhabitants),
                c.createArrayOf("int", weights), c.createArrayOf("boolean", explicit), c.createArrayOf("boolean", active)};
        for (int i = 0; i < arrays.length; i++) {
            ps.setArray(i + 1, arrays[i]);
        }
        if (withId) {
            ps.setArray(arrays.length + 1, c.createArrayOf("bigint", ids));
        }
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }
}
