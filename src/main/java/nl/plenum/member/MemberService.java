package nl.plenum.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.plenum.audit.AuditLog;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem.FieldError;
import org.hibernate.exception.ConstraintViolationException;

/** The member register: one transaction per change, each recorded in the audit log. */
@ApplicationScoped
public class MemberService {

    /** What DELETE did: members that ballots or mandates name are kept, deactivated. */
    public enum Removal { DELETED, DEACTIVATED }

    public record RemovalResult(Removal removal, Member member) {
    }

    public record ImportResult(int created, int updated, int unchanged) {
    }

    @Inject
    MemberRepository members;

    @Inject
    AssociationService association;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Transactional
    public List<Member> list(String query) {
        return query == null || query.isBlank() ? members.listSorted() : members.search(query.strip());
    }

    @Transactional
    public Member get(String code) {
        return members.findByCode(code).orElseThrow(() -> DomainException.notFound("Member", code));
    }

    @Transactional
    public Member create(MemberInput input) {
        MemberInput in = input.normalised();
        WeightBrackets brackets = bracketsForWriting();
        if (members.findByCode(in.code()).isPresent()) {
            throw duplicate(in.code());
        }
        Member member = new Member();
        member.code = in.code();
        apply(member, in, brackets);
        persist(member);
        audit.append("MEMBER_CREATED", null, snapshot(member));
        return member;
    }

    @Transactional
    public Member update(String code, MemberInput input) {
        MemberInput in = input.normalised();
        if (in.code() != null && !in.code().equals(code)) {
            throw DomainException.invalid("code", "must match the address; a member's code cannot be changed");
        }
        WeightBrackets brackets = bracketsForWriting();
        Member member = members.findByCodeForUpdate(code).orElseThrow(() -> DomainException.notFound("Member", code));
        Map<String, Object> before = snapshot(member);
        apply(member, in, brackets);
        Map<String, Object> changes = changes(before, snapshot(member));
        if (!changes.isEmpty()) {
            audit.append("MEMBER_UPDATED", null, Map.of("code", code, "changes", changes));
        }
        return member;
    }

    /**
     * Deletes a member nothing refers to. One that ballots (entitlements, votes cast) or mandates name is
     * deactivated instead: results must keep naming it, and it gets no entitlement in new ballots.
     */
    @Transactional
    public RemovalResult remove(String code) {
        // the row lock makes a concurrent ballot opening wait, so the reference check stays true
        Member member = members.findByCodeForUpdate(code).orElseThrow(() -> DomainException.notFound("Member", code));
        if (!members.isReferenced(member.id)) {
            members.delete(member);
            audit.append("MEMBER_DELETED", null, snapshot(member));
            return new RemovalResult(Removal.DELETED, member);
        }
        if (member.active) {
            member.active = false;
            audit.append("MEMBER_DEACTIVATED", null, Map.of("code", code));
        }
        return new RemovalResult(Removal.DEACTIVATED, member);
    }

    /**
     * Upserts every line by code, or nothing at all: any bad line refuses the whole file, listing every bad
     * line. Members missing from the file are left alone, and so is their {@code active} flag.
     */
    @Transactional
    public ImportResult importCsv(List<MemberCsv.Line> lines) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        List<MemberInput> inputs = new ArrayList<>();
        for (MemberCsv.Line line : lines) {
            String field = "line " + line.number();
            line.problems().forEach(p -> errors.add(new FieldError(field, p)));
            if (line.member() == null) {
                continue;
            }
            MemberInput in = line.member().normalised();
            validator.validate(in, MemberInput.Creation.class).stream()
                    .sorted(Comparator.comparing((ConstraintViolation<MemberInput> v) -> v.getPropertyPath().toString()))
                    .forEach(v -> errors.add(new FieldError(field, v.getPropertyPath() + ": " + v.getMessage())));
            Long earlier = in.code() == null ? null : seen.putIfAbsent(in.code(), line.number());
            if (earlier != null) {
                errors.add(new FieldError(field, "code: " + in.code() + " already appears on line " + earlier));
            }
            inputs.add(in);
        }
        if (!errors.isEmpty()) {
            Set<String> badLines = errors.stream().map(FieldError::field).collect(Collectors.toCollection(HashSet::new));
            throw DomainException.invalid(badLines.size() + " line(s) cannot be imported; nothing was stored", errors);
        }
        WeightBrackets brackets = bracketsForWriting();
        Map<String, Member> existing = members.listAll().stream().collect(Collectors.toMap(m -> m.code, Function.identity()));
        List<Map<String, Object>> created = new ArrayList<>();
        List<Map<String, Object>> updated = new ArrayList<>();
        int unchanged = 0;
        for (MemberInput in : inputs) {
            Member member = existing.get(in.code());
            if (member == null) {
                member = new Member();
                member.code = in.code();
                apply(member, in, brackets);
                persist(member);
                created.add(snapshot(member));
                continue;
            }
            Map<String, Object> before = snapshot(member);
            apply(member, in, brackets);
            Map<String, Object> changes = changes(before, snapshot(member));
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                updated.add(Map.of("code", member.code, "changes", changes));
            }
        }
        members.flush();
        if (!created.isEmpty() || !updated.isEmpty()) {
            audit.append("MEMBERS_IMPORTED", null, Map.of("created", created, "updated", updated));
        }
        return new ImportResult(created.size(), updated.size(), unchanged);
    }

    @Transactional
    public List<Member> exportable() {
        return members.listActiveSorted();
    }

    /** The brackets, with the association row locked for share until commit (see AssociationService). */
    private WeightBrackets bracketsForWriting() {
        return association.current(LockModeType.PESSIMISTIC_READ).brackets();
    }

    private static void apply(Member member, MemberInput in, WeightBrackets brackets) {
        member.name = in.name();
        member.assign(in.inhabitants(), in.weight(), brackets);
        if (in.active() != null) {
            member.active = in.active();
        }
    }

    /** The unique code guards concurrent creations too; the loser gets the same 409 as a sequential one. */
    private void persist(Member member) {
        try {
            members.persistAndFlush(member);
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw duplicate(member.code);
            }
            throw e;
        }
    }

    private static DomainException duplicate(String code) {
        return DomainException.conflict("duplicate-member", "Member " + code + " already exists");
    }

    private static Map<String, Object> snapshot(Member member) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", member.code);
        values.put("name", member.name);
        values.put("inhabitants", member.inhabitants);
        values.put("weight", member.weight);
        values.put("weightExplicit", member.weightExplicit);
        values.put("active", member.active);
        return values;
    }

    private static Map<String, Object> changes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        before.forEach((field, old) -> {
            if (!Objects.equals(old, after.get(field))) {
                changes.put(field, Map.of("from", old, "to", after.get(field)));
            }
        });
        return changes;
    }
}
