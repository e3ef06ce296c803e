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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import nl.plenum.assembly.Assembly;
import nl.plenum.assembly.AssemblyInput;
import nl.plenum.assembly.AssemblyService;
import nl.plenum.assembly.AssemblyStatus;
import nl.plenum.assembly.Mandate;
import nl.plenum.assembly.MandateService;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem.FieldError;
import nl.plenum.member.MemberService;
import nl.plenum.member.MemberView;
import nl.plenum.resolution.Resolution;
import nl.plenum.resolution.ResolutionInput;
import nl.plenum.resolution.ResolutionService;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The secretariat's assemblies: their dates and status, the agenda (resolutions) and the mandates. */
@Path("/secretariat/assemblies")
@Produces(MediaType.TEXT_HTML)
public class AssembliesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assemblies(List<AssemblyLine> assemblies, FormProblem problem);

        static native TemplateInstance assembly(AssemblyLine assembly, List<Resolution> resolutions, List<MandateLine> mandates,
                List<MemberView> members, FormProblem problem, String notice);
    }

    /** An assembly as its forms show it; {@code date} as ISO text for the date input, {@code status} as the enum name. */
    public record AssemblyLine(long id, String title, LocalDate date, String isoDate, String status) {

        static AssemblyLine of(Assembly a) {
            return new AssemblyLine(a.id, a.title, a.date, a.date.toString(), a.status.name());
        }
    }

    /** One mandate: {@code member}'s vote is cast by the delegate of {@code proxy}. */
    public record MandateLine(String member, String memberName, String proxy, String proxyName) {
    }

    @Inject
    Viewer viewer;

    @Inject
    AssemblyService assemblies;

    @Inject
    ResolutionService resolutions;

    @Inject
    MandateService mandates;

    @Inject
    MemberService members;

    @Inject
    ErrorPages errors;

    @Inject
    Validator validator;

    @GET
    public TemplateInstance list() {
        PageAccess.require(viewer.secretariat());
        return Templates.assemblies(lines(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object create(@RestForm String title, @RestForm String date, @RestForm String status) {
        PageAccess.require(viewer.secretariat());
        FormReader form = new FormReader();
        AssemblyInput input = input(form, title, date, status);
        if (!form.valid()) {
            return Response.status(400).entity(Templates.assemblies(lines(), invalid(form))).build();
        }
        long id = assemblies.create(input).id;
        return Response.seeOther(URI.create("/secretariat/assemblies/" + id)).build();
    }

    /** {@code saved} (a resolution id) and {@code removed} (an agenda item): set by the resolution page's redirect. */
    @GET
    @Path("{id}")
    public TemplateInstance assembly(@RestPath long id, @QueryParam("saved") Long saved, @QueryParam("removed") String removed) {
        PageAccess.require(viewer.secretariat());
        return page(id, null, notice(id, saved, removed));
    }

    /** A sentence about the agenda change just made; nothing for values no redirect of ours would send. */
    private String notice(long assembly, Long saved, String removed) {
        if (removed != null && !removed.isBlank() && removed.length() <= 20) {
            return errors.messages().resolution_deleted(removed.strip());
        }
        if (saved == null) {
            return null;
        }
        return resolutions.forAssembly(assembly).stream().filter(r -> r.id.equals(saved)).findFirst()
                .map(r -> errors.messages().resolution_saved(r.agendaItem)).orElse(null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object update(@RestPath long id, @RestForm String title, @RestForm String date, @RestForm String status) {
        PageAccess.require(viewer.secretariat());
        FormReader form = new FormReader();
        AssemblyInput input = input(form, title, date, status);
        if (!form.valid()) {
            return Response.status(400).entity(page(id, invalid(form))).build();
        }
        return change(id, () -> assemblies.update(id, input));
    }

    @POST
    @Path("{id}/resolutions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object addResolution(@RestPath long id, @RestForm String agendaItem, @RestForm String title, @RestForm String text) {
        PageAccess.require(viewer.secretariat());
        ResolutionInput input = new ResolutionInput(strip(agendaItem), strip(title), text, null);
        FormReader form = new FormReader();
        form.validate(validator, input);
        if (!form.valid()) {
            return Response.status(400).entity(page(id, invalid(form))).build();
        }
        return change(id, () -> resolutions.create(id, input));
    }

    @POST
    @Path("{id}/mandates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object setMandate(@RestPath long id, @RestForm String member, @RestForm String proxy) {
        PageAccess.require(viewer.secretariat());
        FormReader form = new FormReader();
        if (FormReader.blank(member)) {
            form.add(FieldError.of("member", "not-blank", "must not be empty"));
        }
        if (FormReader.blank(proxy)) {
            form.add(FieldError.of("proxy", "not-blank", "must not be empty"));
        }
        if (!form.valid()) {
            return Response.status(400).entity(page(id, invalid(form))).build();
        }
        return change(id, () -> mandates.set(id, member, proxy));
    }

    @POST
    @Path("{id}/mandates/{member}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object removeMandate(@RestPath long id, @RestPath String member) {
        PageAccess.require(viewer.secretariat());
        return change(id, () -> {
            mandates.remove(id, member);
            return null;
        });
    }

    private Object change(long id, Supplier<?> change) {
        try {
            change.get();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(page(id, FormProblem.of(e, errors.messages()))).build();
        }
        return Response.seeOther(URI.create("/secretariat/assemblies/" + id)).build();
    }

    private TemplateInstance page(long id, FormProblem problem) {
        return page(id, problem, null);
    }

    private TemplateInstance page(long id, FormProblem problem, String notice) {
        Assembly assembly = assemblies.get(id);
        List<MandateLine> lines = mandates.list(id).stream().map(AssembliesPage::line).toList();
        List<MemberView> active = members.list(null).stream().filter(MemberView::active).toList();
        return Templates.assembly(AssemblyLine.of(assembly), resolutions.forAssembly(id), lines, active, problem, notice);
    }

    private List<AssemblyLine> lines() {
        return assemblies.list().stream().map(AssemblyLine::of).toList();
    }

    private static MandateLine line(Mandate m) {
        return new MandateLine(m.member.code, m.member.name, m.proxy.code, m.proxy.name);
    }

    private FormProblem invalid(FormReader form) {
        return FormProblem.invalid(form.errors(), errors.messages());
    }

    /** The assembly the form describes; check {@code form.valid()} before using it. */
    private AssemblyInput input(FormReader form, String title, String date, String status) {
        LocalDate day = form.date("date", date);
        AssemblyStatus state = form.choice("status", AssemblyStatus.class, status);
        AssemblyInput input = new AssemblyInput(strip(title), day, state);
        form.validate(validator, input);
        return input;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
