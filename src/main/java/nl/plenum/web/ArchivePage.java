package nl.plenum.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.plenum.assembly.AssemblyService;
import nl.plenum.ballot.BallotService;
import nl.plenum.ballot.BallotState;
import nl.plenum.resolution.ResolutionService;
import nl.plenum.result.TallyService;

/**
 * The public archive (issue 11.5): every assembly, newest first, with its published results and when they
 * were decided. Only PUBLISHED ballots: a closed but unpublished result is not public yet.
 */
@Path("/archief")
@Produces(MediaType.TEXT_HTML)
public class ArchivePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance archive(List<Meeting> meetings);
    }

    public record Meeting(long id, String title, LocalDate date, List<Decision> decisions) {
    }

    public record Decision(long ballotId, String agendaItem, String resolutionTitle, String question, OffsetDateTime closedAt,
            OffsetDateTime publishedAt, ResultView result) {
    }

    @Inject
    AssemblyService assemblies;

    @Inject
    ResolutionService resolutions;

    @Inject
    BallotService ballots;

    @Inject
    TallyService tallies;

    @Inject
    Viewer viewer;

    @GET
    public TemplateInstance archive() {
        List<Meeting> meetings = assemblies.list().stream()
                .map(a -> new Meeting(a.id, a.title, a.date, decisions(a.id)))
                .toList();
        return Templates.archive(meetings);
    }

    private List<Decision> decisions(long assemblyId) {
        return resolutions.forAssembly(assemblyId).stream()
                .flatMap(r -> ballots.forResolution(r.id).stream()
                        .filter(b -> b.state == BallotState.PUBLISHED)
                        .flatMap(b -> tallies.stored(b.id).stream()
                                .map(t -> new Decision(b.id, r.agendaItem, r.title, b.question, b.closedAt, b.publishedAt,
                                        ResultView.of(t, List.of(), viewer.locale())))))
                .toList();
    }
}
