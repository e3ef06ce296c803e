package nl.plenum.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("plenum.demo-data", "true");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DemoSeed seed;

    @ConfigProperty(name = "plenum.weight-brackets")
    String brackets;

    @Test
    void startupSeedsTheAssociationAndItsMembers() throws Exception {
        assertEquals("Vereniging van Nederlandse Gemeenten", single("SELECT name FROM association WHERE id = 1"));
        assertEquals(brackets.replaceAll("\\s", ""), single("SELECT weight_brackets FROM association WHERE id = 1"));
        assertTrue(Integer.parseInt(single("SELECT count(*) FROM member")) >= 40);
        assertEquals("5", single("SELECT count(*) FROM member WHERE code IN ('GM0363','GM0599','GM0518','GM0344','GM0014')"));
        assertEquals("Amsterdam", single("SELECT name FROM member WHERE code = 'GM0363'"));
        assertEquals("'s-Gravenhage", single("SELECT name FROM member WHERE code = 'GM0518'"));
    }

    /** The demo realm's users (fixed ids) are the five demo delegates, bound in the register; the realm gives no member. */
    @Test
    void theDemoDelegatesAreBoundToTheDemoRealmsUsers() throws Exception {
        io.vertx.core.json.JsonObject realm = new io.vertx.core.json.JsonObject(
                java.nio.file.Files.readString(java.nio.file.Path.of("docker/keycloak/plenum-realm.json")));
        Map<String, String> ids = new java.util.HashMap<>();
        for (Object u : realm.getJsonArray("users")) {
            io.vertx.core.json.JsonObject user = (io.vertx.core.json.JsonObject) u;
            ids.put(user.getString("username"), user.getString("id"));
            assertEquals(null, user.getValue("attributes"), "no member attribute at the provider: " + user.getString("username"));
        }
        for (String[] d : DemoSeed.DEMO_DELEGATES) {
            assertEquals(d[0], single("SELECT m.code FROM delegate d JOIN member m ON m.id = d.member_id WHERE d.login_subject = '"
                    + ids.get(d[1]) + "' AND d.revoked_at IS NULL AND d.bound_at IS NOT NULL"), d[1]);
        }
        assertEquals(false, realm.getBoolean("bruteForceProtected") == null || !realm.getBoolean("bruteForceProtected"));
        for (Object c : realm.getJsonArray("clients")) {
            assertEquals(false, ((io.vertx.core.json.JsonObject) c).getBoolean("fullScopeAllowed"));
        }
        assertTrue(!realm.getJsonObject("components").encode().contains("unmanagedAttributePolicy"));
    }

    @Test
    void memberWeightsFollowTheBracketTable() throws Exception {
        // With the shipped table: from 750 000 inhabitants 14 votes, below 10 000 one vote.
        assertEquals("14", single("SELECT weight FROM member WHERE code = 'GM0363'"));
        assertEquals("1", single("SELECT weight FROM member WHERE code = 'GM0088'"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT code, inhabitants, weight FROM member")) {
            while (rs.next()) {
                assertEquals(expectedWeight(rs.getLong("inhabitants")), rs.getInt("weight"), rs.getString("code"));
            }
        }
    }

    @Test
    void startupSeedsAnAssemblyWithResolution8aAndAnAuditedDraftBallot() throws Exception {
        assertEquals("2026-12-10 PLANNED",
                single("SELECT meeting_date || ' ' || status FROM assembly WHERE title = 'Algemene Ledenvergadering VNG 2026'"));
        assertEquals("Als één sterke bestuurslaag regie op de digitale samenleving",
                single("SELECT title FROM resolution WHERE agenda_item = '8a'"));
        assertTrue(single("SELECT text_markdown FROM resolution WHERE agenda_item = '8a'").contains("### Toelichting"));
        assertEquals("Stemt u in met de resolutie? YNA YES_NO SIMPLE OPEN DRAFT", single("""
                SELECT concat_ws(' ', b.question, b.option_set, b.percent_base, b.majority_rule, b.visibility, b.state)
                  FROM ballot b JOIN resolution r ON r.id = b.resolution_id WHERE r.agenda_item = '8a'"""));
        assertEquals("1", single("""
                SELECT count(*) FROM audit_event e JOIN ballot b ON b.id = e.ballot_id
                  JOIN resolution r ON r.id = b.resolution_id WHERE r.agenda_item = '8a' AND e.type = 'BALLOT_CREATED'"""));
    }

    @Test
    void runningTheSeedAgainChangesNothing() throws Exception {
        String before = snapshot();
        assertEquals(0, seed.run());
        assertEquals(before, snapshot());
    }

    private int expectedWeight(long inhabitants) {
        int votes = 0;
        for (String bracket : brackets.split(",")) {
            String[] fromVotes = bracket.trim().split(":");
            if (Long.parseLong(fromVotes[0]) <= inhabitants) {
                votes = Integer.parseInt(fromVotes[1]);
            }
        }
        return votes;
    }

    /** Every seeded table's full content, so any insert or change shows. */
    private String snapshot() throws Exception {
        StringBuilder all = new StringBuilder();
        for (String table : new String[] {"association", "member", "assembly", "resolution", "ballot", "audit_event"}) {
            all.append(table).append('=')
                    .append(single("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM " + table + " t"))
                    .append('\n');
        }
        return all.toString();
    }

    private String single(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
