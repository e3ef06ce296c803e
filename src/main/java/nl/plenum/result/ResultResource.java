package nl.plenum.result;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.plenum.audit.AnchorCsv;
import nl.plenum.audit.AuditKey;
import nl.plenum.audit.AuditLog;
import nl.plenum.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ballots/{id}/results")
@Tag(name = "Results")
public class ResultResource {

    static final String CSV = "text/csv;qs=0.5";

    @Inject
    ResultService results;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    AuditKey auditKey;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The result", description = "Counts, weights and weighted percentages (exact decimal strings, rounded half-up), "
            + "turnout, quorum and verdict. After closing for the chair and the secretariat; after publication for everyone. "
            + "Ask for text/csv to export it.")
    public BallotResult get(@PathParam("id") long id) {
        return results.results(id, user);
    }

    @GET
    @PermitAll
    @Produces(CSV)
    @Operation(summary = "The result", description = "As CSV (text/csv), for a spreadsheet.")
    public Response csv(@PathParam("id") long id) {
        BallotResult result = results.results(id, user);
        // the signed head at publication travels with the export (issue 10)
        String anchor = AnchorCsv.rows(auditKey.current().fingerprint(), audit.publishedHead(id));
        return attachment(ResultCsv.tally(result) + anchor, "ballot-" + id + "-result.csv");
    }

    static Response attachment(String body, String filename) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
