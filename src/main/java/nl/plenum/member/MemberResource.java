package nl.plenum.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.plenum.common.CsvFormat;
import nl.plenum.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members")
@Tag(name = "Members", description = "The member register, its statutory weights and CSV import/export")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    @Inject
    MemberService service;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.CHAIR})
    @Operation(summary = "List members", description = "Sorted by code; `q` filters on code or name, case-insensitive. Includes deactivated members.")
    public List<MemberView> list(@QueryParam("q") String q) {
        return service.list(q);
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Add a member", description = "Without `weight` the weight follows the association's bracket table.")
    @APIResponse(responseCode = "201", description = "Created; Location names the member")
    @APIResponse(responseCode = "409", description = "A member with this code exists")
    public Response create(@NotNull @Valid @ConvertGroup(from = Default.class, to = MemberInput.Creation.class) MemberInput body,
            @Context UriInfo uri) {
        Member member = service.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(member.code).build()).entity(MemberView.of(member)).build();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.CHAIR})
    @Operation(summary = "One member", description = "The member with this code, active or not.")
    public MemberView get(@PathParam("code") String code) {
        return MemberView.of(service.get(code));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Change a member",
            description = "`weight` null makes the weight follow the brackets again; `active` null leaves it as it is. The code cannot change.")
    public MemberView update(@PathParam("code") String code, @NotNull @Valid MemberInput body) {
        return MemberView.of(service.update(code, body));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Remove a member",
            description = "Deletes a member no ballot or mandate names. One that ballots or mandates name is deactivated "
                    + "instead (`active: false`), so earlier results keep naming it; it gets no entitlement in new ballots.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "200", description = "Deactivated; the body shows the member")
    public Response delete(@PathParam("code") String code) {
        MemberService.RemovalResult result = service.remove(code);
        return result.removal() == MemberService.Removal.DELETED
                ? Response.noContent().build()
                : Response.ok(MemberView.of(result.member())).build();
    }

    @POST
    @Path("import")
    @Consumes({MemberCsv.MEDIA_TYPE, "application/csv"})
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Import members from CSV",
            description = "UTF-8, header `code,name,inhabitants,weight` (weight column and values may be empty: derived), "
                    + "comma- or semicolon-separated. Upserts by code; all or nothing: any bad line refuses the file "
                    + "with every bad line listed as `line N` in `errors`. Members absent from the file are not touched.")
    public MemberService.ImportResult importCsv(byte[] body) {
        return service.importCsv(MemberCsv.read(body == null ? new byte[0] : body));
    }

    @GET
    @Path("export")
    @Produces(MemberCsv.MEDIA_TYPE + ";charset=UTF-8")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Export members as CSV",
            description = "Active members, RFC 4180, UTF-8, header `code,name,inhabitants,weight`. The weight is empty where "
                    + "it is derived from the brackets, so importing the file again keeps it derived. `?format=spreadsheet` "
                    + "(or, without `format`, an `Accept-Language` that prefers Dutch): semicolons and a byte-order mark for "
                    + "Dutch Excel, same columns, so it imports again; `?format=machine` is the default.")
    @APIResponse(responseCode = "200", description = "The active members as CSV", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "400", description = "`format` is neither `machine` nor `spreadsheet`",
            content = @Content(mediaType = "application/problem+json"))
    public Response export(@Parameter(description = "`machine` or `spreadsheet`; without it, chosen by `Accept-Language`")
            @QueryParam(CsvFormat.PARAMETER) String format, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return Response.ok(MemberCsv.write(service.exportable(), CsvFormat.choose(format, acceptLanguage)))
                .header("Content-Disposition", "attachment; filename=\"members.csv\"")
                .build();
    }
}
