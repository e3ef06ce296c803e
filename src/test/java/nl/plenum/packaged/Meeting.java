package nl.plenum.packaged;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * An assembly prepared for voting: members, an assembly, a resolution, and ballots on it, created
 * through the API. Where an endpoint is not there (yet), the same rows are written with SQL.
 */
public final class Meeting {

    private final Api api;
    private final Database database;
    private final LocalIssuer issuer;
    private final String chair;
    private final String secretariat;
    private long assemblyId;
    private long resolutionId;
    private int agendaItems;
    /** How the members and the agenda were created: "API" or "SQL". */
    private String membersVia = "?";
    private String agendaVia = "?";

    public Meeting(Api api, Database database, LocalIssuer issuer) {
        this.api = api;
        this.database = database;
        this.issuer = issuer;
        this.chair = issuer.chair();
        this.secretariat = issuer.secretariat();
    }

    /** Adds members {@code prefix000001…}: the CSV import of the API, or COPY when the API has none. */
    public Meeting members(String prefix, int count, IntUnaryOperator weight) throws IOException, InterruptedException, SQLException {
        StringBuilder csv = new StringBuilder("code,name,inhabitants,weight\n");
        for (int i = 1; i <= count; i++) {
            String code = MemberCodes.code(prefix, i);
            csv.append(code).append(",Gemeente ").append(code).append(',').append(i * 7L % 900_000).append(',').append(weight.applyAsInt(i)).append('\n');
        }
        Api.Answer answer = api.send("POST", "/api/v1/members/import", secretariat, Map.of("Content-Type", "text/csv"), csv.toString());
        if (answer.status() == 404 || answer.status() == 405 || answer.status() == 415) {
            database.copyMembers(prefix, count, weight);
            membersVia = "SQL";
        } else if (answer.ok()) {
            membersVia = "API";
        } else {
            throw new IllegalStateException("member import failed: " + answer.status() + " " + answer.body());
        }
        database.bindDelegates(issuer.issuer(), prefix);
        return this;
    }

    public Meeting assembly(String title) throws IOException, InterruptedException, SQLException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("date", LocalDate.now().toString());
        body.put("status", "IN_SESSION");
        Api.Answer answer = api.post("/api/v1/assemblies", secretariat, body);
        if (answer.status() == 404 || answer.status() == 405) {
            assemblyId = database.number("INSERT INTO assembly (title, meeting_date, status) VALUES (?, current_date, 'IN_SESSION') RETURNING id", title);
            agendaVia = "SQL";
        } else {
            assemblyId = created(answer).path("id").asLong();
            agendaVia = "API";
        }
        resolutionId = resolution("Resolutie " + title);
        return this;
    }

    public long resolution(String title) throws IOException, InterruptedException, SQLException {
        String item = String.valueOf(++agendaItems);
        if (agendaVia.equals("SQL")) {
            return database.number("INSERT INTO resolution (assembly_id, agenda_item, title, text_markdown) VALUES (?, ?, ?, '') RETURNING id",
                    assemblyId, item, title);
        }
        Map<String, Object> body = Map.of("agendaItem", item, "title", title, "text", "Het bestuur stelt voor **in te stemmen**.");
        return created(api.post("/api/v1/assemblies/" + assemblyId + "/resolutions", secretariat, body)).path("id").asLong();
    }

    /** A DRAFT ballot on the meeting's resolution: yes/no/abstain, simple majority of yes+no, open roll-call. */
    public long ballot(String question) throws IOException, InterruptedException {
        return ballot(question, "OPEN");
    }

    /** A draft ballot with the given visibility (OPEN or SECRET). */
    public long ballot(String question, String visibility) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("question", question);
        body.put("optionSet", "YNA");
        body.put("percentBase", "YES_NO");
        body.put("majorityRule", "SIMPLE");
        body.put("visibility", visibility);
        return created(api.post("/api/v1/resolutions/" + resolutionId + "/ballots", secretariat, body)).path("id").asLong();
    }

    public long openBallot(String question) throws IOException, InterruptedException {
        long id = ballot(question);
        open(id);
        return id;
    }

    public Api.Answer open(long ballotId) throws IOException, InterruptedException {
        return api.post("/api/v1/ballots/" + ballotId + "/opening", chair, null).expect(200);
    }

    public Api.Answer close(long ballotId) throws IOException, InterruptedException {
        return api.post("/api/v1/ballots/" + ballotId + "/closing", chair, null);
    }

    public Api.Answer publish(long ballotId) throws IOException, InterruptedException {
        return api.post("/api/v1/ballots/" + ballotId + "/publication", secretariat, null);
    }

    public JsonNode results(long ballotId) throws IOException, InterruptedException {
        return api.get("/api/v1/ballots/" + ballotId + "/results", chair).expect(200).json();
    }

    public JsonNode verifyAudit() throws IOException, InterruptedException {
        return api.get("/api/v1/audit/verify", chair).expect(200).json();
    }

    public long assemblyId() {
        return assemblyId;
    }

    public long resolutionId() {
        return resolutionId;
    }

    public String membersVia() {
        return membersVia;
    }

    public String agendaVia() {
        return agendaVia;
    }

    public LocalIssuer issuer() {
        return issuer;
    }

    private static JsonNode created(Api.Answer answer) {
        if (answer.status() != 201 && answer.status() != 200) {
            throw new IllegalStateException("expected 201 but got " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }
}
