package nl.plenum.result;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.plenum.audit.AnchorCsv;
import nl.plenum.audit.AuditKey;
import nl.plenum.audit.AuditLog;
import nl.plenum.common.CsvFormat;
import nl.plenum.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ballots/{id}/results")
@Tag(name = "Results")
public class ResultResource {

    static final String CSV = "text/csv;qs=0.5";

    /** How every CSV export of the API says it chooses its format. */
    public static final String FORMAT_CHOICE = "`?format=machine` (the default): RFC 4180, comma, decimal point, English enum names. "
            + "`?format=spreadsheet`: for Dutch Excel and LibreOffice: semicolon, decimal comma, Dutch headers and values "
            + "(Voor, Tegen, Aangenomen), UTF-8 with a byte-order mark. Without `format`, an `Accept-Language` that prefers "
            + "Dutch (`nl`) gets the spreadsheet format.";

    private static final String DESCRIPTION = "Counts, weights and weighted percentages (exact decimal strings, rounded half-up), "
            + "turnout, quorum and verdict. After closing for the chair and the secretariat; after publication for everyone. "
            + "Ask for text/csv to export it. " + FORMAT_CHOICE;

    public static final String FORMAT_PARAMETER = "`machine` or `spreadsheet`; without it, chosen by `Accept-Language`";

    @Inject
    CsvLabels spreadsheetLabels;

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
    @Operation(summary = "The result", description = DESCRIPTION)
    public BallotResult get(@PathParam("id") long id) {
        return results.results(id, user);
    }

    @GET
    @PermitAll
    @Produces(CSV)
    @Operation(summary = "The result", description = DESCRIPTION) // the same operation as the JSON one in the document
    @APIResponse(responseCode = "400", description = "`format` is neither `machine` nor `spreadsheet`",
            content = @Content(mediaType = "application/problem+json"))
    public Response csv(@PathParam("id") long id,
            @Parameter(description = FORMAT_PARAMETER) @QueryParam(CsvFormat.PARAMETER) String format,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        CsvFormat chosen = CsvFormat.choose(format, acceptLanguage);
        BallotResult result = results.results(id, user);
        // the signed head at publication travels with the export (issue 10)
        String anchor = AnchorCsv.rows(auditKey.current().fingerprint(), audit.publishedHead(id), chosen.separator());
        return attachment(chosen.document(ResultCsv.tally(result, chosen, labels(chosen)) + anchor), "ballot-" + id + "-result.csv");
    }

    /** The words for a format: the machine's names, or the Dutch pages' texts. */
    CsvLabels labels(CsvFormat format) {
        return format == CsvFormat.SPREADSHEET ? spreadsheetLabels : CsvLabels.MACHINE;
    }

    public static Response attachment(String body, String filename) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }
}
