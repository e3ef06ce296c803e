package nl.plenum.delegate;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.plenum.audit.AuditLog;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem.FieldError;
import nl.plenum.member.MemberRepository;
import nl.plenum.security.Login;

/**
 * The delegate register: the secretariat designates who votes for a member, an invitation code binds
 * that person's login (issuer + subject) to the entry, and only a bound, unrevoked entry lets a login
 * vote. Every change is an audit event. JDBC joins the caller's transaction (Agroal enlists it).
 */
@ApplicationScoped
public class DelegateRegister {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,189}$");

    /** Who a bound login acts for: its member, and the assembly the entry is limited to (null: every one). */
    public record Acting(long delegateId, String member, String memberName, Long assemblyId) {
    }

    public record Designation(String name, String email, Long assemblyId) {
    }

    /** A new invitation: the code is shown this once and never stored. */
    public record Invitation(String code, OffsetDateTime expiresAt, Delegate delegate) {
    }

    public record ImportResult(int designated, int unchanged) {
    }

    private static final String SELECT = """
            SELECT d.id, m.code, m.name, d.assembly_id, d.name, d.email, d.login_name, d.designated_at, d.bound_at, d.revoked_at,
                   (SELECT max(i.expires_at) FROM delegate_invitation i WHERE i.delegate_id = d.id
                       AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now())
            FROM delegate d JOIN member m ON m.id = d.member_id
            """;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditLog audit;

    @Inject
    IdentityConfig config;

    @Transactional
    public List<Delegate> forMember(String memberCode) {
        long memberId = memberId(memberCode, false);
        return query(SELECT + " WHERE d.member_id = ? ORDER BY d.revoked_at NULLS FIRST, d.id", memberId);
    }

    /** The whole register, by member code; the secretariat's overview. */
    @Transactional
    public List<Delegate> all() {
        return query(SELECT + " ORDER BY m.code, d.revoked_at NULLS FIRST, d.id");
    }

    @Transactional
    public Delegate designate(String memberCode, Designation designation) {
        long memberId = memberId(memberCode, true);
        Designation d = validated(designation);
        long id = number("""
                INSERT INTO delegate (member_id, assembly_id, name, email) VALUES (?, ?, ?, ?) RETURNING id""",
                memberId, d.assemblyId(), d.name(), d.email());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("member", memberCode);
        payload.put("delegate", id);
        payload.put("name", d.name());
        payload.put("assemblyId", d.assemblyId());
        audit.append("DELEGATE_DESIGNATED", null, payload);
        return get(memberCode, id);
    }

    /** Revokes the entry and its open invitations. Idempotent: revoking a revoked entry changes nothing. */
    @Transactional
    public Delegate revoke(String memberCode, long id) {
        Delegate delegate = lock(memberCode, id);
        if (delegate.status() == DelegateStatus.REVOKED) {
            return delegate;
        }
        update("UPDATE delegate SET revoked_at = now() WHERE id = ?", id);
        update("UPDATE delegate_invitation SET revoked_at = now() WHERE delegate_id = ? AND used_at IS NULL AND revoked_at IS NULL", id);
        audit.append("DELEGATE_REVOKED", null, Map.of("member", memberCode, "delegate", id));
        return get(memberCode, id);
    }

    /**
     * Issues a new invitation for the entry; an earlier unused one stops working (re-issue). For a bound
     * entry the new code moves the binding to whichever login redeems it (a delegate who lost their login).
     */
    @Transactional
    public Invitation invite(String memberCode, long id) {
        Delegate delegate = lock(memberCode, id);
        if (delegate.status() == DelegateStatus.REVOKED) {
            throw DomainException.conflict("delegate-revoked", "Delegate " + id + " of " + memberCode + " is revoked: designate again");
        }
        update("UPDATE delegate_invitation SET revoked_at = now() WHERE delegate_id = ? AND used_at IS NULL AND revoked_at IS NULL", id);
        String code = InvitationCode.issue();
        OffsetDateTime expires = OffsetDateTime.now().plus(config.invitationValidity());
        update("INSERT INTO delegate_invitation (delegate_id, code_hash, expires_at) VALUES (?, ?, ?)", id, InvitationCode.hash(code), expires);
        audit.append("INVITATION_ISSUED", null, Map.of("member", memberCode, "delegate", id, "expiresAt", expires.toString()));
        return new Invitation(code, expires, get(memberCode, id));
    }

    /** Withdraws the entry's unused invitation; the entry and any binding stay. */
    @Transactional
    public Delegate withdrawInvitation(String memberCode, long id) {
        lock(memberCode, id);
        if (update("UPDATE delegate_invitation SET revoked_at = now() WHERE delegate_id = ? AND used_at IS NULL AND revoked_at IS NULL", id) > 0) {
            audit.append("INVITATION_WITHDRAWN", null, Map.of("member", memberCode, "delegate", id));
        }
        return get(memberCode, id);
    }

    /** Binds the caller's login to the entry the code was issued for. */
    @Transactional
    public Delegate redeem(String typedCode, Login login) {
        String hash = InvitationCode.hash(typedCode);
        if (hash == null) {
            throw DomainException.invalid(List.of(FieldError.of("code", "invitation-code-format",
                    "an invitation code has 16 letters and digits, e.g. ABCD-EFGH-JKLM-NPQR")));
        }
        List<Object[]> rows = rows("""
                SELECT i.id, i.delegate_id, i.used_at IS NOT NULL, i.revoked_at IS NOT NULL, i.expires_at <= now(),
                       d.revoked_at IS NOT NULL, m.code
                FROM delegate_invitation i JOIN delegate d ON d.id = i.delegate_id JOIN member m ON m.id = d.member_id
                WHERE i.code_hash = ? FOR UPDATE OF i, d""", 7, hash);
        if (rows.isEmpty()) {
            throw new DomainException(404, "invitation-unknown", "Not found", "No invitation has this code", null);
        }
        Object[] r = rows.get(0);
        long delegateId = (Long) r[1];
        String member = (String) r[6];
        if ((Boolean) r[2]) {
            throw DomainException.conflict("invitation-used", "This invitation code was used already; ask the secretariat for a new one");
        }
        if ((Boolean) r[3] || (Boolean) r[5]) {
            throw DomainException.conflict("invitation-revoked", "This invitation was withdrawn; ask the secretariat for a new one");
        }
        if ((Boolean) r[4]) {
            throw DomainException.conflict("invitation-expired", "This invitation code has expired; ask the secretariat for a new one");
        }
        Optional<Acting> current = actingFor(login);
        if (current.isPresent() && current.get().delegateId() != delegateId) {
            throw DomainException.conflict("login-already-bound", "Your login already acts for " + current.get().member()
                    + "; a login acts for one member at a time");
        }
        update("UPDATE delegate_invitation SET used_at = now() WHERE id = ?", r[0]);
        bind(delegateId, member, login, "invitation");
        return get(member, delegateId);
    }

    /**
     * Option {@code plenum.identity.bind-by-verified-email}: binds a login with a verified address to the
     * one designated, unbound entry with that address. Empty when the option is off or nothing fits.
     */
    @Transactional
    public Optional<Acting> bindByVerifiedEmail(Login login, String email) {
        if (!config.bindByVerifiedEmail() || email == null || email.isBlank()) {
            return Optional.empty();
        }
        List<Object[]> rows = rows("""
                SELECT d.id, m.code FROM delegate d JOIN member m ON m.id = d.member_id AND m.active
                WHERE lower(d.email) = lower(?) AND d.login_subject IS NULL AND d.revoked_at IS NULL
                FOR UPDATE OF d""", 2, email.strip());
        if (rows.size() != 1) {
            return Optional.empty(); // none, or ambiguous: an invitation decides
        }
        bind((Long) rows.get(0)[0], (String) rows.get(0)[1], login, "verified-email");
        return actingFor(login);
    }

    /** The member a login acts for now: a bound, unrevoked entry of an active member. */
    public Optional<Acting> actingFor(Login login) {
        if (login == null || login.issuer() == null || login.subject() == null) {
            return Optional.empty();
        }
        List<Object[]> rows = rows("""
                SELECT d.id, m.code, m.name, d.assembly_id FROM delegate d JOIN member m ON m.id = d.member_id AND m.active
                WHERE d.login_issuer = ? AND d.login_subject = ? AND d.revoked_at IS NULL""", 4, login.issuer(), login.subject());
        return rows.stream().findFirst().map(r -> new Acting((Long) r[0], (String) r[1], (String) r[2], (Long) r[3]));
    }

    /** CSV {@code member,name,email}: all or nothing; a line naming an entry that exists unrevoked changes nothing. */
    @Transactional
    public ImportResult importCsv(List<DelegateCsv.Line> lines) {
        List<FieldError> errors = new ArrayList<>();
        for (DelegateCsv.Line line : lines) {
            String field = "line " + line.number();
            if (!MemberRepository.isWellFormedCode(line.member()) || !exists("SELECT 1 FROM member WHERE code = ? AND active", line.member())) {
                errors.add(FieldError.of(field, "unknown-member", field + ": no active member " + line.member(), line.member()));
                continue;
            }
            try {
                validated(new Designation(line.name(), line.email(), null));
            } catch (DomainException e) {
                errors.add(FieldError.of(field, "invalid-delegate", field + ": " + e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("The file was not imported: " + errors.size() + " line(s) cannot be read", errors);
        }
        int designated = 0;
        int unchanged = 0;
        for (DelegateCsv.Line line : lines) {
            if (exists("""
                    SELECT 1 FROM delegate d JOIN member m ON m.id = d.member_id
                    WHERE m.code = ? AND lower(d.email) = lower(?) AND d.assembly_id IS NULL AND d.revoked_at IS NULL""",
                    line.member(), line.email().strip())) {
                unchanged++;
            } else {
                designate(line.member(), new Designation(line.name(), line.email(), null));
                designated++;
            }
        }
        return new ImportResult(designated, unchanged);
    }

    private void bind(long delegateId, String member, Login login, String how) {
        String name = login.name() == null ? null : truncate(login.name(), 200);
        update("""
                UPDATE delegate SET login_issuer = ?, login_subject = ?, login_name = ?, bound_at = now() WHERE id = ?""",
                login.issuer(), login.subject(), name, delegateId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("member", member);
        payload.put("delegate", delegateId);
        payload.put("issuer", login.issuer());
        payload.put("subject", login.subject());
        payload.put("name", name);
        payload.put("by", how);
        audit.append("DELEGATE_BOUND", null, payload);
    }

    private Designation validated(Designation d) {
        List<FieldError> errors = new ArrayList<>();
        String name = d == null || d.name() == null ? "" : d.name().strip();
        String email = d == null || d.email() == null ? "" : d.email().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(FieldError.of("name", "size", "name must be 1 to 200 characters", "1", "200"));
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(FieldError.of("email", "email", "email must be an e-mail address"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Long assemblyId = d.assemblyId();
        if (assemblyId != null && !exists("SELECT 1 FROM assembly WHERE id = ?", assemblyId)) {
            throw DomainException.invalid(List.of(FieldError.of("assemblyId", "unknown-assembly", "assembly " + assemblyId + " does not exist", String.valueOf(assemblyId))));
        }
        return new Designation(name, email, assemblyId);
    }

    private long memberId(String code, boolean mustBeActive) {
        if (MemberRepository.isWellFormedCode(code)) {
            List<Object[]> rows = rows("SELECT id, active FROM member WHERE code = ?", 2, code);
            if (!rows.isEmpty()) {
                if (mustBeActive && !(Boolean) rows.get(0)[1]) {
                    throw DomainException.conflict("member-inactive", code + " is deactivated and cannot designate a delegate");
                }
                return (Long) rows.get(0)[0];
            }
        }
        throw DomainException.notFound("Member", code);
    }

    private Delegate lock(String memberCode, long id) {
        long memberId = memberId(memberCode, false);
        if (rows("SELECT id FROM delegate WHERE id = ? AND member_id = ? FOR UPDATE", 1, id, memberId).isEmpty()) {
            throw DomainException.notFound("Delegate", memberCode + "/" + id);
        }
        return get(memberCode, id);
    }

    private Delegate get(String memberCode, long id) {
        return query(SELECT + " WHERE d.id = ? AND m.code = ?", id, memberCode).stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("Delegate", memberCode + "/" + id));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    // --- JDBC, in the caller's transaction

    private List<Delegate> query(String sql, Object... args) {
        List<Delegate> result = new ArrayList<>();
        run(sql, args, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime bound = rs.getObject(9, OffsetDateTime.class);
                    OffsetDateTime revoked = rs.getObject(10, OffsetDateTime.class);
                    DelegateStatus status = revoked != null ? DelegateStatus.REVOKED : bound != null ? DelegateStatus.BOUND : DelegateStatus.DESIGNATED;
                    result.add(new Delegate(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4), rs.getString(5),
                            rs.getString(6), status, rs.getString(7), rs.getObject(8, OffsetDateTime.class), bound, revoked,
                            rs.getObject(11, OffsetDateTime.class)));
                }
            }
            return null;
        });
        return result;
    }

    private List<Object[]> rows(String sql, int columns, Object... args) {
        List<Object[]> result = new ArrayList<>();
        run(sql, args, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    result.add(row);
                }
            }
            return null;
        });
        return result;
    }

    private boolean exists(String sql, Object... args) {
        return !rows(sql, 1, args).isEmpty();
    }

    private long number(String sql, Object... args) {
        return ((Number) rows(sql, 1, args).get(0)[0]).longValue();
    }

    private int update(String sql, Object... args) {
        return run(sql, args, PreparedStatement::executeUpdate);
    }

    private <T> T run(String sql, Object[] args, Statement<T> body) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return body.apply(ps);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) { // two bindings of one login raced: the index kept one
                throw DomainException.conflict("login-already-bound", "This login already acts for a member; a login acts for one member at a time");
            }
            throw new IllegalStateException("Delegate register: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Statement<T> {
        T apply(PreparedStatement ps) throws SQLException;
    }
}
