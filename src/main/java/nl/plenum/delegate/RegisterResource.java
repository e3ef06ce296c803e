package nl.plenum.delegate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.plenum.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/delegates")
@Tag(name = "Delegates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARIAT)
public class RegisterResource {

    @Inject
    DelegateRegister register;

    @GET
    @Operation(summary = "The whole delegate register", description = "Every entry of every member, by member code.")
    public List<Delegate> all() {
        return register.all();
    }

    @POST
    @Path("import")
    @Consumes({DelegateCsv.MEDIA_TYPE, "application/csv"})
    @Operation(summary = "Designate delegates from CSV", description = "UTF-8, header `member,name,email`. All or nothing: any bad "
            + "line refuses the file with every bad line listed. A line whose member already has an unrevoked entry with that "
            + "e-mail address changes nothing. Entries hold until revoked; invitations are issued separately.")
    public DelegateRegister.ImportResult importCsv(byte[] body) {
        return register.importCsv(DelegateCsv.read(body == null ? new byte[0] : body));
    }
}
