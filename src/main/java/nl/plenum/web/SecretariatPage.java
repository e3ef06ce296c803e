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
                java.util.List<AssemblyChoice> choices, String saved);

        static native TemplateInstance edit(BallotContext context, BallotForm form, Long assembly, String problem);

        static native TemplateInstance confirm(BallotContext context, String action, Long assembly, String reason, String problem);
    }

    /** One agenda item with its "new ballot" form: empty, or as typed when it had errors. */
    public record AgendaRow(Agenda.Item item, BallotForm form, boolean expanded) {
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

    /** The ballots of one assembly: the one asked for, else the current one. */
    @GET
    public TemplateInstance overview(@QueryParam("assembly") Long assembly, @QueryParam("saved") String saved) {
        PageAccess.require(viewer.secretariat());
        return page(assembly, null, null, "draft".equals(saved) ? errors.ballotTexts().edit_saved() : null);
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
            long id = ballots.create(resolutionId, form.draft()).id;
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
        Agenda agenda = assembly == null ? agendas.current().orElse(null) : agendas.of(assembly);
        java.util.List<AgendaRow> rows = agenda == null ? java.util.List.of() : agenda.items().stream()
                .map(item -> typed != null && typed.resolutionId() == item.resolutionId()
                        ? new AgendaRow(item, typed, true)
                        : new AgendaRow(item, BallotForm.empty(item.resolutionId()), false))
                .toList();
        return Templates.ballots(agenda, rows, problem, agendas.choices(), saved);
    }
}
