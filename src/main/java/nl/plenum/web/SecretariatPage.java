package nl.plenum.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.plenum.ballot.BallotDefaults;
import nl.plenum.ballot.BallotDefaultsService;
import nl.plenum.ballot.BallotService;
import nl.plenum.common.DomainException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The secretariat's ballots: create them with their rules, publish results, cancel, export. */
@Path("/secretariat")
@Produces(MediaType.TEXT_HTML)
public class SecretariatPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ballots(Agenda agenda, java.util.List<AgendaRow> rows, String problem,
                java.util.List<AssemblyChoice> choices, String saved, java.util.List<CopyChoice> copies);

        static native TemplateInstance edit(BallotContext context, BallotForm form, Long assembly, String problem);

        static native TemplateInstance confirm(BallotContext context, String action, Long assembly, String reason, String problem);
    }

    /** One agenda item with its "new ballot" form: the assembly's defaults, another ballot's rules, or as typed when it had errors. */
    public record AgendaRow(Agenda.Item item, BallotForm form, boolean expanded) {
    }

    /** A ballot of this assembly whose rules a new ballot can start from ("copy settings from"). */
    public record CopyChoice(long id, String label) {
    }

    @Inject
    Viewer viewer;

    @Inject
    AgendaQueries agendas;

    @Inject
    BallotService ballots;

    @Inject
    BallotContexts contexts;

    @Inject
    ErrorPages errors;

    @Inject
    BallotDefaultsService defaults;

    /**
     * The ballots of one assembly: the one asked for, else the current one. {@code copy} (a ballot of the assembly) fills the
     * "new ballot" form of agenda item {@code item} (every item's, without one) with that ballot's rules; no script needed.
     */
    @GET
    public TemplateInstance overview(@QueryParam("assembly") Long assembly, @QueryParam("saved") String saved,
            @QueryParam("copy") Long copy, @QueryParam("item") Long item) {
        PageAccess.require(viewer.secretariat());
        return page(assembly, null, null, "draft".equals(saved) ? errors.ballotTexts().edit_saved() : null, copy, item);
    }

    @POST
    @Path("resolutions/{resolutionId}/ballots")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object create(@RestPath long resolutionId, @RestForm Long assembly, @RestForm String question, @RestForm String optionSet,
            @RestForm String percentBase, @RestForm String majorityRule, @RestForm String quorum, @RestForm String visibility) {
        PageAccess.require(viewer.secretariat());
        BallotForm form = new BallotForm(resolutionId, question, optionSet, percentBase, majorityRule, quorum, visibility, java.util.List.of()).checked();
        if (!form.valid()) {
            return Response.status(400).entity(page(assembly, form, null, null)).build();
        }
        try {
            long id = ballots.create(resolutionId, form.draft(), false).id; // the form always shows the quorum: empty is none
            return Response.seeOther(back(assembly, id)).build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(page(assembly, form, PageProblems.describe(e, errors.messages()), null)).build();
        }
    }

    /** A draft's question and rules can change until it opens (issue 11.4); after that they are frozen. */
    @GET
    @Path("ballots/{id}/edit")
    public TemplateInstance edit(@RestPath long id, @QueryParam("assembly") Long assembly) {
        PageAccess.require(viewer.secretariat());
        BallotContext context = contexts.of(id);
        return Templates.edit(context, BallotForm.of(context.ballot()), assembly, context.draft() ? null : errors.ballotTexts().edit_not_draft());
    }

    @POST
    @Path("ballots/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object saveDraft(@RestPath long id, @RestForm Long assembly, @RestForm String question, @RestForm String optionSet,
            @RestForm String percentBase, @RestForm String majorityRule, @RestForm String quorum, @RestForm String visibility) {
        PageAccess.require(viewer.secretariat());
        BallotContext context = contexts.of(id);
        BallotForm form = new BallotForm(context.resolutionId(), question, optionSet, percentBase, majorityRule, quorum, visibility,
                java.util.List.of()).checked();
        if (!form.valid()) {
            return Response.status(400).entity(Templates.edit(context, form, assembly, null)).build();
        }
        try {
            ballots.edit(id, form.draft());
        } catch (DomainException e) {
            String problem = e.status() == 409 ? errors.ballotTexts().edit_not_draft() : PageProblems.describe(e, errors.messages());
            return Response.status(e.status()).entity(Templates.edit(context, form, assembly, problem)).build();
        }
        return Response.seeOther(URI.create("/secretariat?" + (assembly == null ? "" : "assembly=" + assembly + "&") + "saved=draft#ballot-" + id))
                .build();
    }

    /** Publishing and withdrawing cannot be undone: a page asks first (no script needed). */
    @GET
    @Path("ballots/{id}/{action:publish|cancel}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirm(@RestPath long id, @RestPath String action, @QueryParam("assembly") Long assembly) {
        PageAccess.require(viewer.secretariat());
        return Templates.confirm(contexts.of(id), action, assembly, null, null);
    }

    @POST
    @Path("ballots/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object publish(@RestPath long id, @RestForm Long assembly) {
        PageAccess.require(viewer.secretariat());
        return change(id, assembly, () -> ballots.publish(id));
    }

    @POST
    @Path("ballots/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object cancel(@RestPath long id, @RestForm Long assembly, @RestForm String reason) {
        PageAccess.require(viewer.secretariat());
        try {
            ballots.cancel(id, reason);
        } catch (DomainException e) {
            String problem = "invalid-input".equals(PageProblems.type(e)) ? errors.messages().sec_cancel_reason_required()
                    : PageProblems.describe(e, errors.messages());
            return Response.status(e.status()).entity(Templates.confirm(contexts.of(id), "cancel", assembly, reason, problem)).build();
        }
        return Response.seeOther(back(assembly, id)).build();
    }

    private Object change(long id, Long assembly, Runnable change) {
        try {
            change.run();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(page(assembly, null, PageProblems.describe(e, errors.messages()), null)).build();
        }
        return Response.seeOther(back(assembly, id)).build();
    }

    private static URI back(Long assembly, long ballot) {
        return URI.create("/secretariat" + (assembly == null ? "" : "?assembly=" + assembly) + "#ballot-" + ballot);
    }

    private TemplateInstance page(Long assembly, BallotForm typed, String problem, String saved) {
        return page(assembly, typed, problem, saved, null, null);
    }

    private TemplateInstance page(Long assembly, BallotForm typed, String problem, String saved, Long copy, Long copyTo) {
        Agenda agenda = assembly == null ? agendas.current().orElse(null) : agendas.of(assembly);
        if (agenda == null) {
            return Templates.ballots(null, java.util.List.of(), problem, agendas.choices(), saved, java.util.List.of());
        }
        java.util.List<Agenda.BallotLine> all = agenda.items().stream().flatMap(i -> i.ballots().stream()).toList();
        java.util.List<CopyChoice> copies = agenda.items().stream()
                .flatMap(i -> i.ballots().stream().map(b -> new CopyChoice(b.id(), i.agendaItem() + " – " + b.question()))).toList();
        BallotDefaults standard = defaults.get(agenda.id());
        // only a ballot of this assembly: the page never shows another assembly's ballots
        java.util.Optional<nl.plenum.ballot.BallotView> source = copy == null ? java.util.Optional.empty()
                : all.stream().filter(b -> b.id() == copy).findFirst().map(Agenda.BallotLine::rules);
        if (source.isPresent() && saved == null) {
            saved = errors.agendaTexts().copied(source.get().question());
        }
        java.util.List<AgendaRow> rows = new java.util.ArrayList<>();
        for (Agenda.Item item : agenda.items()) {
            boolean copied = source.isPresent() && (copyTo == null || copyTo == item.resolutionId());
            if (typed != null && typed.resolutionId() == item.resolutionId()) {
                rows.add(new AgendaRow(item, typed, true));
            } else if (copied) {
                nl.plenum.ballot.BallotView b = source.get();
                rows.add(new AgendaRow(item, BallotForm.of(item.resolutionId(),
                        new BallotDefaults(b.optionSet(), b.percentBase(), b.majorityRule(), b.quorum(), b.visibility())), true));
            } else {
                rows.add(new AgendaRow(item, BallotForm.of(item.resolutionId(), standard), false));
            }
        }
        return Templates.ballots(agenda, rows, problem, agendas.choices(), saved, copies);
    }
}
