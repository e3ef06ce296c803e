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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.plenum.ballot.Ballot;
import nl.plenum.ballot.BallotService;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem;
import nl.plenum.resolution.AgendaItemRemoval;
import nl.plenum.resolution.Resolution;
import nl.plenum.resolution.ResolutionInput;
import nl.plenum.resolution.ResolutionService;
import nl.plenum.resolution.ResolutionStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * One agenda item (resolution): change its number, title, text and status, or take it off the agenda.
 * Deleting asks first on a page of its own; once a ballot on it was opened it can only be withdrawn.
 * Under {@code /secretariat/agenda}: a class at {@code /secretariat/resolutions/{id}} would capture
 * {@link SecretariatPage}'s {@code /secretariat/resolutions/{id}/ballots}.
 */
@Path("/secretariat/agenda/{id}")
@Produces(MediaType.TEXT_HTML)
public class ResolutionPage {

    @CheckedTemplate
    static class Templates {
        /** {@code item}: as stored, for the heading; {@code form}: as typed. */
        static native TemplateInstance resolution(long assemblyId, String item, ResolutionForm form, FormProblem problem);

        static native TemplateInstance remove(long assemblyId, ResolutionForm form, int drafts, boolean votedOn);
    }

    /** The form as typed; {@code status} as the enum name. */
    public record ResolutionForm(long id, String agendaItem, String title, String text, String status) {

        static ResolutionForm of(Resolution r) {
            return new ResolutionForm(r.id, r.agendaItem, r.title, r.text, r.status.name());
        }
    }

    @Inject
    Viewer viewer;

    @Inject
    ResolutionService resolutions;

    @Inject
    BallotService ballots;

    @Inject
    Validator validator;

    @Inject
    ErrorPages errors;

    @GET
    public TemplateInstance resolution(@RestPath long id) {
        PageAccess.require(viewer.secretariat());
        Resolution r = PageLookup.found(() -> resolutions.get(id));
        return Templates.resolution(r.assemblyId, r.agendaItem, ResolutionForm.of(r), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object update(@RestPath long id, @RestForm String agendaItem, @RestForm String title, @RestForm String text,
            @RestForm String status) {
        PageAccess.require(viewer.secretariat());
        Resolution stored = PageLookup.found(() -> resolutions.get(id));
        ResolutionForm typed = new ResolutionForm(id, strip(agendaItem), strip(title), text == null ? "" : text, strip(status));
        Messages messages = errors.messages();
        FormReader form = new FormReader();
        ResolutionStatus chosen = form.choice("status", ResolutionStatus.class, typed.status());
        if (FormReader.blank(typed.status())) {
            form.add(Problem.FieldError.of("status", "not-blank", "must not be empty"));
        }
        ResolutionInput input = new ResolutionInput(typed.agendaItem(), typed.title(), typed.text(), chosen);
        form.validate(validator, input);
        if (!form.valid()) {
            return Response.status(400).entity(Templates.resolution(stored.assemblyId, stored.agendaItem, typed,
                    FormProblem.invalid(form.errors(), messages))).build();
        }
        try {
            PageLookup.found(() -> resolutions.update(id, input));
        } catch (DomainException e) {
            return Response.status(e.status())
                    .entity(Templates.resolution(stored.assemblyId, stored.agendaItem, typed, FormProblem.of(e, messages))).build();
        }
        return Response.seeOther(URI.create("/secretariat/assemblies/" + stored.assemblyId + "?saved=" + id)).build();
    }

    /** Asks before deleting, and says beforehand when deleting is no longer possible; changes nothing. */
    @GET
    @Path("delete")
    public TemplateInstance confirmRemoval(@RestPath long id) {
        PageAccess.require(viewer.secretariat());
        Resolution r = PageLookup.found(() -> resolutions.get(id));
        List<Ballot> onItem = ballots.forResolution(id);
        boolean votedOn = !AgendaItemRemoval.blocking(onItem.stream()
                .map(b -> new AgendaItemRemoval.BallotOnItem(b.id, b.state, b.openedAt != null)).toList()).isEmpty();
        return Templates.remove(r.assemblyId, ResolutionForm.of(r), onItem.size(), votedOn);
    }

    @POST
    @Path("delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object remove(@RestPath long id) {
        PageAccess.require(viewer.secretariat());
        Resolution stored = PageLookup.found(() -> resolutions.get(id));
        Resolution deleted;
        try {
            deleted = PageLookup.found(() -> resolutions.delete(id));
        } catch (DomainException e) {
            Messages messages = errors.messages();
            FormProblem problem = "resolution-has-ballots".equals(PageProblems.type(e))
                    ? new FormProblem(messages.resolution_has_ballots(), List.of())
                    : FormProblem.of(e, messages);
            return Response.status(e.status())
                    .entity(Templates.resolution(stored.assemblyId, stored.agendaItem, ResolutionForm.of(stored), problem)).build();
        }
        return Response.seeOther(URI.create("/secretariat/assemblies/" + deleted.assemblyId + "?removed="
                + URLEncoder.encode(deleted.agendaItem, StandardCharsets.UTF_8))).build();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
