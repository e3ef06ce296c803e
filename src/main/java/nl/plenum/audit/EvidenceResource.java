package nl.plenum.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import nl.plenum.ballot.Ballot;
import nl.plenum.ballot.BallotRepository;
import nl.plenum.ballot.BallotState;
import nl.plenum.common.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ballots/{id}/evidence")
@Tag(name = "Audit")
public class EvidenceResource {

    @Inject
    BallotRepository ballots;

    @Inject
    BallotEvidence evidence;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The evidence bundle of a published ballot",
            description = "One JSON document (schema plenum-evidence/2, see docs/EVIDENCE.md): the ballot and its rules, the signing keys, "
                    + "the frozen entitlements, the votes (secret ballots: trackers, ciphertexts and proofs, and the decrypted totals with their proofs), the ballot's audit events with their signatures, the tally and the signed head "
                    + "that covers the publication. `./plenum verify` recomputes the result from it. Public after publication.")
    public Response get(@PathParam("id") long id) {
        Ballot ballot = ballots.require(id);
        if (ballot.state != BallotState.PUBLISHED) {
            throw DomainException.conflict("not-published", "Ballot " + id + " is " + ballot.state + "; its evidence is public once the result is published");
        }
        StreamingOutput body = out -> evidence.write(ballot, out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"ballot-" + id + "-evidence.json\"").build();
    }
}
