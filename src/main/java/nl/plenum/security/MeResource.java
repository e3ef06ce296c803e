package nl.plenum.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import nl.plenum.vote.ActingFor;
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

    /**
     * {@code member}: the member this login acts for, from Plenum's delegate register (never from a token claim,
     * unless configured); {@code actingFor}: that member's name and the members it casts votes for by mandate.
     */
    public record Me(String name, String member, ActingFor actingFor, Set<String> roles, List<OpenBallot> openBallots) {
    }

    @GET
    @Operation(summary = "Who am I", description = "The caller's name, roles, the member organisation a delegate speaks for (from the delegate register), "
            + "the members it votes for by mandate, "
            + "and the open ballots the delegate can vote on now (own member and members that gave a mandate).")
    public Me me() {
        List<OpenBallot> ballots = user.memberCode().map(openBallots::forDelegateOf).orElse(List.of());
        ActingFor acting = user.memberCode().map(openBallots::actingFor).orElse(null);
        return new Me(user.name(), user.memberCode().orElse(null), acting, user.roles(), ballots);
    }
}
