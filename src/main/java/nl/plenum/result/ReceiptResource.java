package nl.plenum.result;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ballots/{id}/receipts")
@Tag(name = "Results")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReceiptResource {

    @Inject
    ResultService results;

    /** Kept for one release with the code in the URL (NL API rules: deprecate, announce the sunset, then remove). */
    static final String SUNSET = "Wed, 30 Jun 2027 00:00:00 GMT";
    static final String DEPRECATED_SINCE = "@1796169600"; // 2026-12-02, as RFC 9745 writes it

    @GET
    @Path("{code}")
    @Deprecated
    @Operation(summary = "Check a receipt (deprecated)", deprecated = true, description = "Deprecated: the code lands in URLs and "
            + "access logs. Use POST /api/v1/ballots/{id}/receipt-checks; this operation is removed after " + SUNSET + ".")
    @APIResponse(responseCode = "200", description = "The check", content = @Content(schema = @Schema(implementation = ReceiptCheck.class)))
    public Response receipt(@PathParam("id") long id, @PathParam("code") String code) {
        return Response.ok(results.checkReceipt(id, code)).header("Cache-Control", "no-store")
                .header("Deprecation", DEPRECATED_SINCE).header("Sunset", SUNSET)
                .header("Link", "</api/v1/ballots/" + id + "/receipt-checks>; rel=\"successor-version\"").build();
    }

    @GET
    @Operation(summary = "Published receipt hashes", description = "Every counted receipt hash with its choice, after publication.")
    public List<ReceiptCheck> receipts(@PathParam("id") long id) {
        return results.publishedReceipts(id);
    }
}
