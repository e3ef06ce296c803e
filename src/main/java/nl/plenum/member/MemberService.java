package nl.plenum.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plenum.audit.AuditLog;
import nl.plenum.common.CsvTable;
import nl.plenum.common.DomainException;
import nl.plenum.common.FieldErrors;
import nl.plenum.common.Problem.FieldError;
import org.hibernate.JDBCException;
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

    static final int MAX_LISTED_ERRORS = 1000;

    @Inject
    MemberRepository members;

    @Inject
    AssociationService association;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Transactional
    public List<MemberView> list(String query) {
        return query == null || query.isBlank() ? members.views() : members.search(query.strip());
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
            throw DomainException.invalid(List.of(FieldError.of("code", "code-unchangeable", "must match the address; a member's code cannot be changed")));
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
        List<MemberInput> inputs = validInputs(lines);
        WeightBrackets brackets = bracketsForWriting();
        MemberImport.Plan plan = MemberImport.plan(inputs, members.rowsByCode(), brackets);
        try {
            members.write(plan.created(), plan.updated().stream().map(MemberImport.Update::row).toList());
        } catch (JDBCException e) {
            if (e instanceof ConstraintViolationException || "23505".equals(e.getSQLState())) {
                throw DomainException.conflict("duplicate-member", "Another change added one of these members meanwhile; nothing was imported");
            }
            throw e;
        }
        if (!plan.created().isEmpty() || !plan.updated().isEmpty()) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("created", plan.created().stream().map(MemberImport.Row::describe).toList());
            payload.put("updated", plan.updated().stream().map(u -> Map.of("code", u.row().code(), "changes", u.changes())).toList());
            audit.append("MEMBERS_IMPORTED", null, payload);
        }
        return new ImportResult(plan.created().size(), plan.updated().size(), plan.unchanged());
    }

    /** The lines as members, or a 400 naming every bad line (the first {@value #MAX_LISTED_ERRORS} problems). */
    private List<MemberInput> validInputs(List<MemberCsv.Line> lines) {
        List<FieldError> errors = new ArrayList<>();
        Set<Long> badLines = new HashSet<>();
        Map<String, Long> seen = new HashMap<>();
        List<MemberInput> inputs = new ArrayList<>();
        for (MemberCsv.Line line : lines) {
            List<FieldError> problems = new ArrayList<>(line.problems());
            if (line.member() != null) {
                MemberInput in = line.member().normalised();
                validator.validate(in, MemberInput.Creation.class).stream()
                        .map(FieldErrors::of)
                        .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                        .forEach(problems::add);
                Long earlier = in.code() == null ? null : seen.putIfAbsent(in.code(), line.number());
                if (earlier != null) {
                    problems.add(FieldError.of("code", "duplicate-code", in.code() + " already appears on line " + earlier,
                            in.code(), String.valueOf(earlier)));
                }
                inputs.add(in);
            }
            if (!problems.isEmpty()) {
                badLines.add(line.number());
                problems.stream().limit(MAX_LISTED_ERRORS - errors.size()).forEach(p -> errors.add(CsvTable.onLine(line.number(), p)));
            }
        }
        if (!badLines.isEmpty()) {
            throw DomainException.invalid(badLines.size() + " line(s) cannot be imported; nothing was stored"
                    + (errors.size() == MAX_LISTED_ERRORS ? ". The first " + MAX_LISTED_ERRORS + " problems are listed" : ""), errors);
        }
        return inputs;
    }

    @Transactional
    public List<MemberView> exportable() {
        return members.activeViews();
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
        return MemberImport.changes(before, after);
    }
}
