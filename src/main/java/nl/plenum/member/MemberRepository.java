package nl.plenum.member;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

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
