package nl.plenum.result;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.plenum.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ballots/{id}/turnout")
@Tag(name = "Results")
@Produces(MediaType.APPLICATION_JSON)
public class TurnoutResource {

    @Inject
    ResultService results;

    @GET
    @RolesAllowed({Roles.CHAIR, Roles.SECRETARIAT})
    @Operation(summary = "Live turnout", description = "Members and weight that voted, and who has not; never an interim tally.")
    public Turnout turnout(@PathParam("id") long id) {
        return results.turnout(id);
    }
}
