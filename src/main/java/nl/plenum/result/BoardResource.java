package nl.plenum.result;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ballots/{id}/board")
@Tag(name = "Results")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class BoardResource {

    @Inject
    Boards boards;

    @GET
    @Operation(summary = "A secret ballot's board", description = "After publication: every counted encrypted vote with its tracker, "
            + "weight and proofs, the aggregates per option and the proofs of their decryption, so anyone can verify the result "
            + "(formats: docs/SECRECY.md). 409 before publication and for OPEN-visibility ballots.")
    public StreamingOutput board(@PathParam("id") long id) {
        return boards.board(id);
    }
}
