package nl.plenum.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.plenum.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditVerifier verifier;

    @GET
    @Path("verify")
    @RolesAllowed({Roles.SECRETARIAT, Roles.CHAIR})
    @Operation(summary = "Verify the audit chain and every tally",
            description = "Recomputes every hash of the chain, replays each closed ballot's vote events against the stored votes, "
                    + "and recounts each stored tally from the stored votes. Reports every mismatch.")
    public AuditVerifier.Report verify() {
        return verifier.verify();
    }
}
