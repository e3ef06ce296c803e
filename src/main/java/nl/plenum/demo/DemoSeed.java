package nl.plenum.demo;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.plenum.ballot.BallotDraft;
import nl.plenum.ballot.BallotService;
import nl.plenum.ballot.MajorityRule;
import nl.plenum.ballot.OptionSet;
import nl.plenum.ballot.PercentBase;
import nl.plenum.ballot.Visibility;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo seed: the association row from the configuration, then {@code demo/seed.sql}
 * (members, assembly, resolution 8a), then a draft ballot on 8a through {@link BallotService}.
 * Idempotent (every insert skips what exists), so it runs on every demo start and never
 * overwrites what a user changed.
 */
@ApplicationScoped
public class DemoSeed {

    static final String SCRIPT = "demo/seed.sql";
    // Two demo instances starting on one database must not both insert the assembly.
    private static final long LOCK_KEY = 0x706c656e756dL; // "plenum"

    static final String ASSEMBLY = "Algemene Ledenvergadering VNG 2026";
    static final String AGENDA_ITEM = "8a";
    static final String QUESTION = "Stemt u in met de resolutie?";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BallotService ballots;

    @ConfigProperty(name = "plenum.association-name")
    String associationName;

    @ConfigProperty(name = "plenum.weight-brackets")
    String weightBrackets;

    /** The issuer in the demo realm's tokens; differs from the server URL in docker compose (KC_HOSTNAME). */
    @ConfigProperty(name = "plenum.demo.issuer")
    java.util.Optional<String> demoIssuer;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    /** Returns the number of rows added. */
    @Transactional
    public int run() {
        try (Connection connection = dataSource.getConnection()) {
            int rows = 0;
            try (Statement lock = connection.createStatement()) {
                lock.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
            }
            // seed.sql derives each member's weight from the brackets stored here.
            try (PreparedStatement association = connection.prepareStatement(
                    "INSERT INTO association (id, name, weight_brackets) VALUES (1, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                association.setString(1, associationName);
                association.setString(2, weightBrackets.replaceAll("\\s", ""));
                rows += association.executeUpdate();
            }
            try (Statement script = connection.createStatement()) {
                boolean result = script.execute(script());
                while (result || script.getUpdateCount() != -1) {
                    if (!result) {
                        rows += script.getUpdateCount();
                    }
                    result = script.getMoreResults();
                }
            }
            rows += delegates(connection);
            long resolutionId = resolution8a(connection);
            if (ballots.forResolution(resolutionId).isEmpty()) {
                ballots.create(resolutionId, new BallotDraft(QUESTION, OptionSet.YNA, PercentBase.YES_NO,
                        MajorityRule.SIMPLE, null, Visibility.OPEN));
                rows++;
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("The demo data could not be loaded", e);
        }
    }

    /**
     * The five demo delegates, designated and bound to the demo realm's users (fixed ids in
     * docker/keycloak/plenum-realm.json), as if each had redeemed an invitation.
     */
    private int delegates(Connection connection) throws SQLException {
        String issuer = demoIssuer.filter(s -> !s.isBlank()).orElse(authServerUrl).replaceAll("/+$", "");
        int rows = 0;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO delegate (member_id, name, email, login_issuer, login_subject, login_name, bound_at)
                SELECT m.id, ?, ?, ?, ?, ?, now() FROM member m
                WHERE m.code = ? AND NOT EXISTS (SELECT 1 FROM delegate d WHERE d.member_id = m.id)
                  AND NOT EXISTS (SELECT 1 FROM delegate d WHERE d.login_issuer = ? AND d.login_subject = ? AND d.revoked_at IS NULL)""")) {
            for (String[] d : DEMO_DELEGATES) {
                String subject = "00000000-0000-4000-8000-00000000" + d[0].substring(2);
                insert.setString(1, d[2]);
                insert.setString(2, d[1] + "@example.org");
                insert.setString(3, issuer);
                insert.setString(4, subject);
                insert.setString(5, d[1]);
                insert.setString(6, d[0]);
                insert.setString(7, issuer);
                insert.setString(8, subject);
                rows += insert.executeUpdate();
            }
        }
        return rows;
    }

    /** Member code, demo user name, delegate's name (as in the demo realm). */
    static final String[][] DEMO_DELEGATES = {
        {"GM0363", "amsterdam", "Anna de Vries"}, {"GM0599", "rotterdam", "Ruben Jansen"}, {"GM0518", "denhaag", "Dirk van den Berg"},
        {"GM0344", "utrecht", "Ursula Bakker"}, {"GM0014", "groningen", "Greetje Visser"}};

    private static long resolution8a(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT r.id FROM resolution r JOIN assembly a ON a.id = r.assembly_id WHERE a.title = ? AND r.agenda_item = ?")) {
            query.setString(1, ASSEMBLY);
            query.setString(2, AGENDA_ITEM);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException(SCRIPT + " did not create resolution " + AGENDA_ITEM);
                }
                return rs.getLong(1);
            }
        }
    }

    private static String script() {
        try (InputStream in = DemoSeed.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
