package nl.plenum.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import nl.plenum.vote.OpenBallot;
import nl.plenum.vote.OpenBallots;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Authenticated
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    OpenBallots openBallots;

    public record Me(String name, String member, Set<String> roles, List<OpenBallot> openBallots) {
    }

    @GET
    @Operation(summary = "Who am I", description = "The caller's name, roles, the member organisation a delegate speaks for, "
            + "and the open ballots the delegate can vote on now (own member and members that gave a mandate).")
    public Me me() {
        List<OpenBallot> ballots = user.memberCode().map(openBallots::forDelegateOf).orElse(List.of());
        return new Me(user.name(), user.memberCode().orElse(null), user.roles(), ballots);
    }
}
