package nl.plenum.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.plenum.ballot.BallotRepository;
import nl.plenum.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ballots/{id}/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class BallotAuditResource {

    @Inject
    AuditLog audit;

    @Inject
    BallotRepository ballots;

    @GET
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "A ballot's audit trail", description = "Every event of the ballot with its place in the hash chain.")
    public List<AuditEvent> trail(@PathParam("id") long id) {
        ballots.require(id);
        return audit.forBallot(id);
    }
}
