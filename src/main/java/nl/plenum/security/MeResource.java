package nl.plenum.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser user;

    public record Me(String name, String member, Set<String> roles) {
    }

    @GET
    @Operation(summary = "Who am I", description = "The caller's name, roles and the member organisation a delegate speaks for.")
    public Me me() {
        return new Me(user.name(), user.memberCode().orElse(null), user.roles());
    }
}
