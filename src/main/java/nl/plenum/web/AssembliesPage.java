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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import nl.plenum.assembly.Assembly;
import nl.plenum.assembly.AssemblyInput;
import nl.plenum.assembly.AssemblyService;
import nl.plenum.assembly.AssemblyStatus;
import nl.plenum.assembly.Mandate;
import nl.plenum.assembly.MandateService;
import nl.plenum.ballot.BallotDefaultsService;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem.FieldError;
import nl.plenum.member.MemberService;
import nl.plenum.member.MemberView;
import nl.plenum.resolution.AgendaCsv;
import nl.plenum.resolution.Resolution;
import nl.plenum.resolution.ResolutionInput;
import nl.plenum.resolution.ResolutionService;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The secretariat's assemblies: their dates and status, the agenda (resolutions) and the mandates. */
@Path("/secretariat/assemblies")
@Produces(MediaType.TEXT_HTML)
public class AssembliesPage {

    /** The resolution form's title is {@code #resolution-title}: the assembly form above it has {@code #title}. */
    private static final Map<String, String> RESOLUTION_IDS = Map.of("title", "resolution-title");
    private static final Map<String, String> MANDATE_IDS = Map.of("member", "mandate-member", "proxy", "mandate-proxy");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assemblies(List<AssemblyLine> assemblies, FormProblem problem, AssemblyLine typed);

        static native TemplateInstance assembly(AssemblyLine assembly, List<AgendaLine> resolutions, List<MandateLine> mandates,
                List<MemberView> members, FormProblem problem, String notice, Typed typed, BallotForm defaults);
    }

    /** An agenda item with the moves it can make: numbered items swap numbers with a numbered neighbour (see AgendaMove). */
    public record AgendaLine(Resolution resolution, boolean up, boolean down) {
    }

    /**
     * What the secretariat typed into the page's forms, shown again when one was refused (issue 11.6), and the
     * search that narrows the mandate lists. Never null inside: empty strings for nothing typed.
     */
    public record Typed(String agendaItem, String title, String text, String member, String proxy, String query, AssemblyLine edited) {

        Typed(String agendaItem, String title, String text, String member, String proxy, String query) {
            this(agendaItem, title, text, member, proxy, query, null);
        }

        static Typed none(String query) {
            return new Typed("", "", "", "", "", query == null ? "" : query.strip());
        }
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

    @Inject
    BallotDefaultsService ballotDefaults;

    @GET
    public TemplateInstance list() {
        PageAccess.require(viewer.secretariat());
        return Templates.assemblies(lines(), null, new AssemblyLine(0, "", null, "", AssemblyStatus.PLANNED.name()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object create(@RestForm String title, @RestForm String date, @RestForm String status) {
        PageAccess.require(viewer.secretariat());
        FormReader form = new FormReader();
        AssemblyInput input = input(form, title, date, status);
        if (!form.valid()) {
            AssemblyLine typed = new AssemblyLine(0, text(title), null, text(date), status == null ? AssemblyStatus.PLANNED.name() : status);
            return Response.status(400).entity(Templates.assemblies(lines(), invalid(form), typed)).build();
        }
        long id = assemblies.create(input).id;
        return Response.seeOther(URI.create("/secretariat/assemblies/" + id + "?created=assembly")).build();
    }

    /**
     * The notices after a redirect: {@code saved} and {@code added} (a resolution id), {@code removed} (an agenda item),
     * {@code moved} (a resolution id), {@code created=assembly}, {@code defaults=saved}; {@code q} narrows the mandate lists.
     */
    @GET
    @Path("{id}")
    public TemplateInstance assembly(@RestPath long id, @QueryParam("saved") Long saved, @QueryParam("removed") String removed,
            @QueryParam("added") Long added, @QueryParam("moved") Long moved, @QueryParam("created") String created,
            @QueryParam("defaults") String defaults, @QueryParam("q") String query) {
        PageAccess.require(viewer.secretariat());
        return page(id, null, notice(id, saved, removed, added, moved, created, defaults), Typed.none(query), null);
    }

    /** A sentence about the change just made; nothing for values no redirect of ours would send. */
    private String notice(long assembly, Long saved, String removed, Long added, Long moved, String created, String defaults) {
        AgendaTexts texts = errors.agendaTexts();
        if (removed != null && !removed.isBlank() && removed.length() <= 20) {
            return errors.messages().resolution_deleted(removed.strip());
        }
        if ("assembly".equals(created)) {
            return texts.assembly_created();
        }
        if ("saved".equals(defaults)) {
            return texts.defaults_saved();
        }
        Long id = saved != null ? saved : added != null ? added : moved;
        if (id == null) {
            return null;
        }
        return resolutions.forAssembly(assembly).stream().filter(r -> r.id.equals(id)).findFirst()
                .map(r -> saved != null ? errors.messages().resolution_saved(r.agendaItem)
                        : added != null ? texts.resolution_created(r.agendaItem) : texts.moved(r.agendaItem))
                .orElse(null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object update(@RestPath long id, @RestForm String title, @RestForm String date, @RestForm String status) {
        PageAccess.require(viewer.secretariat());
        FormReader form = new FormReader();
        AssemblyInput input = input(form, title, date, status);
        if (!form.valid()) {
            // the heading keeps the stored title; the form shows what was typed
            AssemblyLine typed = new AssemblyLine(id, text(title), null, text(date), status == null ? AssemblyStatus.PLANNED.name() : status);
            Typed edited = new Typed("", "", "", "", "", "", typed);
            return Response.status(400).entity(page(id, invalid(form), null, edited, null)).build();
        }
        return change(id, () -> assemblies.update(id, input));
    }

    @POST
    @Path("{id}/resolutions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object addResolution(@RestPath long id, @RestForm String agendaItem, @RestForm String title, @RestForm String text) {
        PageAccess.require(viewer.secretariat());
        ResolutionInput input = new ResolutionInput(strip(agendaItem), strip(title), text, null);
        Typed typed = new Typed(text(agendaItem), text(title), text(text), "", "", "");
        FormReader form = new FormReader();
        form.validate(validator, input);
        if (!form.valid()) {
            return Response.status(400).entity(page(id, renamed(invalid(form), RESOLUTION_IDS), null, typed, null)).build();
        }
        try {
            long created = resolutions.create(id, input).id;
            return Response.seeOther(URI.create("/secretariat/assemblies/" + id + "?added=" + created + "#agenda-heading")).build();
        } catch (DomainException e) {
            FormProblem problem = FormProblem.of(e, errors.messages());
            if ("duplicate-agenda-item".equals(PageProblems.type(e))) {
                problem = new FormProblem(problem.summary(), List.of(new FormProblem.Shown("agendaItem",
                        errors.messages().field_label("agendaItem"), problem.summary())));
            }
            return Response.status(e.status()).entity(page(id, renamed(problem, RESOLUTION_IDS), null, typed, null)).build();
        }
    }

    /** Upload form for {@link nl.plenum.resolution.AgendaCsv}; all or nothing, like the API. */
    @POST
    @Path("{id}/resolutions/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Object importAgenda(@RestPath long id, @RestForm("file") FileUpload file) {
        PageAccess.require(viewer.secretariat());
        byte[] body;
        try {
            body = file == null ? new byte[0] : Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ResolutionService.ImportResult result = resolutions.importCsv(id, AgendaCsv.read(body));
            return page(id, null, errors.agendaTexts().imported(result.created(), result.updated(), result.unchanged()), Typed.none(null), null);
        } catch (DomainException e) {
            return Response.status(e.status()).entity(page(id, FormProblem.of(e, errors.messages()), null, Typed.none(null), null)).build();
        }
    }

    /** Up or down one place; no script needed. Refusals (an item voted on, one without a number) are shown on the page. */
    @POST
    @Path("{id}/resolutions/{resolution}/{direction:up|down}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object move(@RestPath long id, @RestPath long resolution, @RestPath String direction) {
        PageAccess.require(viewer.secretariat());
        try {
            resolutions.move(id, resolution, "up".equals(direction));
        } catch (DomainException e) {
            return Response.status(e.status()).entity(page(id, FormProblem.of(e, errors.messages()), null, Typed.none(null), null)).build();
        }
        return Response.seeOther(URI.create("/secretariat/assemblies/" + id + "?moved=" + resolution + "#item-" + resolution)).build();
    }

    /** The rules new ballots of this assembly start with; the same checks as the "new ballot" form. */
    @POST
    @Path("{id}/ballot-defaults")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object setDefaults(@RestPath long id, @RestForm String optionSet, @RestForm String percentBase, @RestForm String majorityRule,
            @RestForm String quorum, @RestForm String visibility) {
        PageAccess.require(viewer.secretariat());
        BallotForm form = new BallotForm(0, "", optionSet, percentBase, majorityRule, quorum, visibility, List.of()).checkedRules();
        if (!form.valid()) {
            return Response.status(400).entity(page(id, null, null, Typed.none(null), form)).build();
        }
        ballotDefaults.set(id, form.defaults());
        return Response.seeOther(URI.create("/secretariat/assemblies/" + id + "?defaults=saved#defaults-heading")).build();
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
        Typed typed = new Typed("", "", "", text(member), text(proxy), "");
        if (!form.valid()) {
            return Response.status(400).entity(page(id, renamed(invalid(form), MANDATE_IDS), null, typed, null)).build();
        }
        try {
            mandates.set(id, member, proxy);
        } catch (DomainException e) {
            return Response.status(e.status()).entity(page(id, renamed(FormProblem.of(e, errors.messages()), MANDATE_IDS), null, typed, null)).build();
        }
        return Response.seeOther(URI.create("/secretariat/assemblies/" + id + "#mandates-heading")).build();
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
        return page(id, problem, null, Typed.none(null), null);
    }

    /** @param defaults the ballot defaults form as typed when it was refused; null: as stored */
    private TemplateInstance page(long id, FormProblem problem, String notice, Typed typed, BallotForm defaults) {
        Assembly assembly = assemblies.get(id);
        List<MandateLine> lines = mandates.list(id).stream().map(AssembliesPage::line).toList();
        // by name, as people look them up; the search narrows 342+ members down without a script
        Collator byName = Collator.getInstance(Locale.forLanguageTag("nl"));
        List<MemberView> active = members.list(typed.query()).stream().filter(MemberView::active)
                .sorted(Comparator.comparing(MemberView::name, byName).thenComparing(MemberView::code)).toList();
        List<Resolution> agenda = resolutions.forAssembly(id);
        List<AgendaLine> items = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            items.add(new AgendaLine(agenda.get(i), i > 0 && movable(agenda, i) && movable(agenda, i - 1),
                    i < agenda.size() - 1 && movable(agenda, i) && movable(agenda, i + 1)));
        }
        BallotForm rules = defaults != null ? defaults : BallotForm.of(0, ballotDefaults.get(id));
        return Templates.assembly(AssemblyLine.of(assembly), items, lines, active, problem, notice, typed, rules);
    }

    private static boolean movable(List<Resolution> agenda, int index) {
        String item = agenda.get(index).agendaItem;
        return !item.isEmpty() && Character.isDigit(item.charAt(0));
    }

    /** The problem with its fields named by their inputs' ids, so the summary links, messages and aria-invalid find them. */
    private static FormProblem renamed(FormProblem problem, Map<String, String> ids) {
        return new FormProblem(problem.summary(), problem.fields().stream()
                .map(f -> new FormProblem.Shown(ids.getOrDefault(f.field(), f.field()), f.label(), f.message())).toList());
    }

    private static String text(String typed) {
        return typed == null ? "" : typed;
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
