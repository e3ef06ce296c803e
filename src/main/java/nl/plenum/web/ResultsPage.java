package nl.plenum.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.plenum.audit.AnchorCsv;
import nl.plenum.audit.AuditKey;
import nl.plenum.audit.AuditLog;
import nl.plenum.audit.SignedHead;
import nl.plenum.ballot.BallotState;
import nl.plenum.ballot.Visibility;
import nl.plenum.common.CsvFormat;
import nl.plenum.result.BallotResult;
import nl.plenum.result.CsvLabels;
import nl.plenum.result.ResultCsv;
import nl.plenum.result.ResultService;
import nl.plenum.result.RollCallCsv;
import nl.plenum.result.RollCallEntry;
import nl.plenum.security.CurrentUser;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The public result of a ballot, once the secretariat has published it (the chair and the
 * secretariat may look from the moment it closes). Printable, and exportable as CSV.
 */
@Path("/results/{ballotId}")
public class ResultsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance result(BallotContext context, ResultView result, boolean published, Anchor anchor, CsvLinks csv);
    }

    @Inject
    BallotContexts contexts;

    @Inject
    ResultService results;

    @Inject
    CurrentUser user;

    @Inject
    Viewer viewer;

    @Inject
    ErrorPages errors;

    @Inject
    AuditLog audit;

    @Inject
    AuditKey auditKey;

    @Inject
    SpreadsheetLabels spreadsheetLabels;

    /** What a member keeps to check the result later: the signing key's fingerprint and the head signed at publication. */
    public record Anchor(String fingerprint, SignedHead head) {
    }

    /** The CSV format a page links to first, and the other one: Dutch readers get the spreadsheet first. */
    public record CsvLinks(String main, String other) {

        static CsvLinks of(boolean english) {
            CsvFormat first = english ? CsvFormat.MACHINE : CsvFormat.SPREADSHEET;
            CsvFormat second = english ? CsvFormat.SPREADSHEET : CsvFormat.MACHINE;
            return new CsvLinks(first.parameterValue(), second.parameterValue());
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@RestPath long ballotId) {
        BallotContext context = contexts.of(ballotId);
        if (!visible(context)) {
            return notPublished();
        }
        BallotResult result = results.results(ballotId, user);
        ResultView view = ResultView.of(result.tally(), rollCall(context), viewer.locale());
        Anchor anchor = new Anchor(auditKey.current().fingerprint(), audit.publishedHead(ballotId).orElse(null));
        return Response.ok(Templates.result(context, view, context.ballot().state() == BallotState.PUBLISHED, anchor,
                CsvLinks.of(viewer.english()))).build();
    }

    @GET
    @Path("results.csv")
    @Produces("text/csv")
    public Response resultsCsv(@RestPath long ballotId, @RestQuery(CsvFormat.PARAMETER) String format,
            @RestHeader(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        CsvFormat chosen = CsvFormat.choose(format, acceptLanguage);
        BallotContext context = contexts.of(ballotId);
        if (!visible(context)) {
            return notPublished();
        }
        String csv = ResultCsv.tally(results.results(ballotId, user), chosen, labels(chosen)) + anchorRows(ballotId, chosen);
        return attachment(chosen.document(csv), "ballot-" + ballotId + "-result.csv");
    }

    @GET
    @Path("votes.csv")
    @Produces("text/csv")
    public Response votesCsv(@RestPath long ballotId, @RestQuery(CsvFormat.PARAMETER) String format,
            @RestHeader(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        CsvFormat chosen = CsvFormat.choose(format, acceptLanguage);
        BallotContext context = contexts.of(ballotId);
        if (!visible(context) || context.secret()) {
            return notPublished();
        }
        String csv = RollCallCsv.of(results.rollCall(ballotId, user), chosen, labels(chosen)) + anchorRows(ballotId, chosen);
        return attachment(chosen.document(csv), "ballot-" + ballotId + "-votes.csv");
    }

    /** The signed head in every export, as comment-free CSV rows a spreadsheet keeps with the data. */
    private String anchorRows(long ballotId, CsvFormat format) {
        return AnchorCsv.rows(auditKey.current().fingerprint(), audit.publishedHead(ballotId), format.separator());
    }

    private CsvLabels labels(CsvFormat format) {
        return format == CsvFormat.SPREADSHEET ? spreadsheetLabels : CsvLabels.MACHINE;
    }

    /** Published for everyone; closed already for the chair and the secretariat. */
    private boolean visible(BallotContext context) {
        BallotState state = context.ballot().state();
        return state == BallotState.PUBLISHED || state == BallotState.CLOSED && (viewer.chair() || viewer.secretariat());
    }

    private List<RollCallEntry> rollCall(BallotContext context) {
        return context.ballot().visibility() == Visibility.OPEN ? results.rollCall(context.ballot().id(), user) : List.of();
    }

    private Response notPublished() {
        Messages m = errors.messages();
        return errors.page(404, m.result_not_published_title(), m.result_not_published());
    }

    private static Response attachment(String csv, String filename) {
        return Response.ok(csv, "text/csv; charset=UTF-8").header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
