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

    /** Binds the test login provider's {@code afgevaardigde-<code>} to the member, for browser tests. */
    public static void registeredWebLogin(String memberCode) {
        String issuer = ConfigProvider.getConfig().getValue("plenum.test-login.url", String.class);
        bind(memberCode, issuer, "afgevaardigde-" + memberCode.toLowerCase(Locale.ROOT));
    }

    /** Designates and binds (idempotent); a member that does not exist gets no entry, so its token stays a stranger's. */
    public static void bind(String memberCode, String issuer, String subject) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO delegate (member_id, name, email, login_issuer, login_subject, login_name, bound_at)
                SELECT m.id, 'Afgevaardigde ' || m.code, lower(m.code) || '@example.org', ?, ?, ?, now() FROM member m
                WHERE m.code = ? AND NOT EXISTS (SELECT 1 FROM delegate d
                    WHERE d.login_issuer = ? AND d.login_subject = ? AND d.revoked_at IS NULL)""")) {
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
    }
}
