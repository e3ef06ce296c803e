package nl.plenum.member;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.plenum.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/association")
@Tag(name = "Association", description = "The association, its statutory weight table and its projector setting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssociationResource {

    @Inject
    AssociationService service;

    public record BracketView(@NotNull @PositiveOrZero Long from, @NotNull @Positive Integer votes) {
    }

    public record AssociationView(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid BracketView> weightBrackets,
            @Schema(description = "When the projector shows a closed ballot's result: AT_CLOSE, or AFTER_PUBLICATION (the default). "
                    + "While a ballot is open it shows only the turnout either way. Left out of a PUT, the setting stays as it is.")
            ProjectorReveal projectorReveal) {

        static AssociationView of(Association association) {
            return new AssociationView(association.name, association.brackets().brackets().stream()
                    .map(b -> new BracketView(b.from(), b.votes())).toList(), association.projectorReveal);
        }
    }

    @GET
    @Authenticated
    @Operation(summary = "The association",
            description = "Name, weight bracket table (a member with at least `from` inhabitants has `votes` votes) and when the "
                    + "projector shows a closed ballot's result.")
    public AssociationView get() {
        return AssociationView.of(service.current());
    }

    @PUT
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Change the association",
            description = "Brackets ascend by `from`, the first from 0. A new table re-derives the weight of every member "
                    + "without an explicit weight, and is recorded in the audit log. The shipped default table is an "
                    + "example; set the one your statutes prescribe. `projectorReveal` is optional: left out, it is not changed.")
    public AssociationView put(@NotNull @Valid AssociationView body) {
        List<WeightBrackets.Bracket> table = body.weightBrackets().stream()
                .map(b -> new WeightBrackets.Bracket(b.from(), b.votes())).toList();
        return AssociationView.of(service.update(body.name(), table, body.projectorReveal()));
    }
}
