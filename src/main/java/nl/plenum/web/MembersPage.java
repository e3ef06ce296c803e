package nl.plenum.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import nl.plenum.common.CsvFormat;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem;
import nl.plenum.member.Member;
import nl.plenum.member.MemberCsv;
import nl.plenum.member.MemberInput;
import nl.plenum.member.MemberService;
import nl.plenum.member.MemberView;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The secretariat's member register: weights, adding, changing and removing a member, CSV import and export.
 * One class for {@code /secretariat/members/*}, so {@code import} and {@code export} are never taken for a member code.
 * Removing asks first on a page of its own: no script needed, and a stray click changes nothing.
 */
@Path("/secretariat/members")
@Produces(MediaType.TEXT_HTML)
public class MembersPage {

    @CheckedTemplate
    static class Templates {
        /** {@code problemAt}: which form the problem belongs to ("add" or "import"), so it is shown next to that form. */
        static native TemplateInstance members(MemberSlice members, String query, MemberForm typed, FormProblem problem, String problemAt,
                String notice);

        /** {@code name} and {@code weight}: as stored, for the heading and the derived weight; {@code member}: as typed. */
        static native TemplateInstance member(String name, int weight, MemberForm member, FormProblem problem);

        static native TemplateInstance remove(MemberForm member);
    }

    @Inject
    Viewer viewer;

    @Inject
    MemberService members;

    @Inject
    Validator validator;

    @Inject
    ErrorPages errors;

    /** {@code saved}, {@code removed} and {@code how}: set by the member page's redirect, shown as a notice. */
    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("page") Integer page, @QueryParam("saved") String saved,
            @QueryParam("added") String added, @QueryParam("removed") String removed, @QueryParam("how") String how) {
        PageAccess.require(viewer.secretariat());
        String notice = isCode(added) ? errors.formTexts().member_added(added) : notice(saved, removed, how);
        return Templates.members(MemberSlice.of(members.list(q), page), q == null ? "" : q, null, null, null, notice);
    }

    /** Only a well-formed member code and a known outcome make a sentence; anything else shows nothing. */
    private String notice(String saved, String removed, String how) {
        Messages messages = errors.messages();
        if (isCode(removed) && "deleted".equals(how)) {
            return messages.member_deleted(removed);
        }
        if (isCode(removed) && "deactivated".equals(how)) {
            return messages.member_deactivated(removed);
        }
        return isCode(saved) ? messages.member_saved(saved) : null;
    }

    private static boolean isCode(String s) {
        return s != null && s.matches(MemberInput.CODE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object add(@RestForm String code, @RestForm String name, @RestForm String inhabitants, @RestForm String weight) {
        PageAccess.require(viewer.secretariat());
        FormReader form = new FormReader();
        Long people = form.wholeNumber("inhabitants", inhabitants);
        Long votes = form.wholeNumber("weight", weight);
        if (votes != null && votes > Integer.MAX_VALUE) {
            form.add(nl.plenum.common.Problem.FieldError.of("weight", "too-large", "is too large"));
            votes = null;
        }
        MemberInput input = new MemberInput(code, name, people, votes == null ? null : votes.intValue(), null);
        // as typed, unparsed: a refused form comes back with what the secretariat wrote, "veel" included
        MemberForm typed = new MemberForm(code, name, inhabitants, weight, true);
        form.validate(validator, input, MemberInput.Creation.class);
        if (!form.valid()) {
            FormProblem problem = FormProblem.invalid(form.errors(), errors.messages());
            return Response.status(400).entity(Templates.members(firstPage(), "", typed, problem, "add", null)).build();
        }
        try {
            members.create(input);
        } catch (DomainException e) {
            return Response.status(e.status()).entity(Templates.members(firstPage(), "", typed, FormProblem.of(e, errors.messages()), "add", null)).build();
        }
        return Response.seeOther(URI.create("/secretariat/members?q=" + encode(code.strip()) + "&added=" + encode(code.strip()))).build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Object importCsv(@RestForm("file") FileUpload file) {
        PageAccess.require(viewer.secretariat());
        byte[] body;
        try {
            body = file == null ? new byte[0] : Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            MemberService.ImportResult result = members.importCsv(MemberCsv.read(body));
            String notice = errors.messages().members_imported(result.created(), result.updated(), result.unchanged());
            return Templates.members(firstPage(), "", null, null, null, notice);
        } catch (DomainException e) {
            return Response.status(e.status()).entity(Templates.members(firstPage(), "", null, FormProblem.of(e, errors.messages()), "import", null)).build();
        }
    }

    @GET
    @Path("export")
    @Produces(MemberCsv.MEDIA_TYPE)
    public Response export(@RestQuery(CsvFormat.PARAMETER) String format, @RestHeader(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        PageAccess.require(viewer.secretariat());
        CsvFormat chosen = CsvFormat.choose(format, acceptLanguage);
        return Response.ok(MemberCsv.write(members.exportable(), chosen), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"members.csv\"").build();
    }

    @GET
    @Path("{code}")
    public TemplateInstance member(@RestPath String code) {
        PageAccess.require(viewer.secretariat());
        Member member = find(code);
        return Templates.member(member.name, member.weight, MemberForm.of(member), null);
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object update(@RestPath String code, @RestForm String name, @RestForm String inhabitants, @RestForm String weight,
            @RestForm String active) {
        PageAccess.require(viewer.secretariat());
        Member stored = find(code);
        MemberForm typed = new MemberForm(stored.code, text(name), text(inhabitants), text(weight), active != null);
        Messages messages = errors.messages();
        FormReader form = new FormReader();
        Long people = form.wholeNumber("inhabitants", typed.inhabitants());
        Long votes = form.wholeNumber("weight", typed.weight());
        MemberInput input = new MemberInput(null, typed.name(), people, MemberForm.weight(votes), typed.active());
        form.validate(validator, input);
        if (!form.valid()) {
            return Response.status(400).entity(Templates.member(stored.name, stored.weight, typed, FormProblem.invalid(form.errors(), messages))).build();
        }
        try {
            members.update(code, input);
        } catch (DomainException e) {
            return Response.status(e.status()).entity(Templates.member(stored.name, stored.weight, typed, FormProblem.of(e, messages))).build();
        }
        return Response.seeOther(URI.create("/secretariat/members?saved=" + encode(code))).build();
    }

    /** Asks before removing; a GET that changes nothing. */
    @GET
    @Path("{code}/delete")
    public TemplateInstance confirmRemoval(@RestPath String code) {
        PageAccess.require(viewer.secretariat());
        return Templates.remove(MemberForm.of(find(code)));
    }

    /** Deletes the member, or deactivates it when ballots or mandates name it; the list says which. */
    @POST
    @Path("{code}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath String code) {
        PageAccess.require(viewer.secretariat());
        find(code);
        MemberService.RemovalResult result = members.remove(code);
        String how = result.removal() == MemberService.Removal.DELETED ? "deleted" : "deactivated";
        return Response.seeOther(URI.create("/secretariat/members?removed=" + encode(code) + "&how=" + how)).build();
    }

    private MemberSlice firstPage() {
        return MemberSlice.of(members.list(null), 1);
    }

    /** The member, or the readable 404 page. */
    private Member find(String code) {
        return PageLookup.found(() -> members.get(code));
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
