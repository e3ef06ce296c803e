package nl.plenum;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Delegates as the register makes them: an entry for the member, bound to the login's issuer and
 * subject, as if that login had redeemed an invitation. A token's {@code member} claim alone makes
 * nobody a delegate; tests that need a voter use this, tests that attack the binding use {@link Tokens}.
 */
public final class Delegates {

    private Delegates() {
    }

    /** A bearer token of the member's delegate (subject {@code delegate-<code>}), bound in the register. */
    public static String registered(String memberCode) {
        String subject = "delegate-" + memberCode.toLowerCase(Locale.ROOT);
        bind(memberCode, Tokens.ISSUER, subject);
        return Tokens.delegate(memberCode);
    }

    /**
     * A real delegate of a member made for the purpose (weight 0, so it is entitled on no ballot), for tests that
     * check what a delegate may not do outside voting.
     */
    public static String ofSomeMember() {
        String code = Fixtures.uniqueCode("DL");
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO member (code, name, inhabitants, weight, weight_explicit) VALUES (?, ?, 0, 0, true)")) {
            ps.setString(1, code);
            ps.setString(2, "Gemeente " + code);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return registered(code);
    }

    /** Binds the test login provider's {@code afgevaardigde-<code>} to the member, for browser tests. */
    public static void registeredWebLogin(String memberCode) {
        String issuer = ConfigProvider.getConfig().getValue("plenum.test-login.url", String.class);
        bind(memberCode, issuer, "afgevaardigde-" + memberCode.toLowerCase(Locale.ROOT));
    }

    /** Designates and binds (idempotent); fails when the member does not exist, so a test never votes as a stranger by mistake. */
    public static void bind(String memberCode, String issuer, String subject) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO delegate (member_id, name, email, login_issuer, login_subject, login_name, bound_at)
                SELECT m.id, 'Afgevaardigde ' || m.code, lower(m.code) || '@example.org', ?, ?, ?, now() FROM member m
                WHERE m.code = ? AND NOT EXISTS (SELECT 1 FROM delegate d
                    WHERE d.login_issuer = ? AND d.login_subject = ? AND d.revoked_at IS NULL)
                ON CONFLICT DO NOTHING""")) { // tests bind from parallel threads: the unique index keeps one
            ps.setString(1, issuer);
            ps.setString(2, subject);
            ps.setString(3, subject);
            ps.setString(4, memberCode);
            ps.setString(5, issuer);
            ps.setString(6, subject);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT count(*) FROM delegate d JOIN member m ON m.id = d.member_id
                WHERE m.code = ? AND d.login_issuer = ? AND d.login_subject = ? AND d.revoked_at IS NULL""")) {
            ps.setString(1, memberCode);
            ps.setString(2, issuer);
            ps.setString(3, subject);
            try (var rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) != 1) {
                    throw new IllegalStateException("No delegate of " + memberCode + " for " + subject
                            + ": the member must exist first (or the entry was revoked)");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
