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
    @Operation(summary = "A ballot's audit trail", description = "Every event of the ballot with its place in the hash chain. "
            + "While the ballot is open, vote events show no content (no interim tally).")
    public List<AuditEvent> trail(@PathParam("id") long id) {
        boolean counting = !ballots.require(id).state.resultVisibleToOfficials();
        List<AuditEvent> events = audit.forBallot(id);
        // no interim tally: until the ballot closes a vote event shows its place in the chain, not its content
        return counting ? events.stream().map(BallotAuditResource::withheld).toList() : events;
    }

    static AuditEvent withheld(AuditEvent e) {
        return e.type().startsWith("VOTE_")
                ? new AuditEvent(e.seq(), e.prevHash(), e.hash(), e.occurredAt(), e.type(), e.ballotId(), WITHHELD)
                : e;
    }

    /** What a vote event's payload reads as while its ballot is open (its hash still covers the real one). */
    static final String WITHHELD = "{\"withheld\":\"until the ballot closes\"}";
}
