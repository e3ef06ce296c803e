package nl.plenum.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.plenum.assembly.Assembly;
import nl.plenum.assembly.AssemblyService;
import nl.plenum.ballot.BallotService;
import nl.plenum.ballot.BallotState;
import nl.plenum.ballot.BallotView;
import nl.plenum.resolution.Resolution;
import nl.plenum.resolution.ResolutionService;

/** An assembly's agenda as the pages show it, read through the services. */
@ApplicationScoped
public class AgendaQueries {

    @Inject
    AssemblyService assemblies;

    @Inject
    ResolutionService resolutions;

    @Inject
    BallotService ballots;

    public Optional<Agenda> current() {
        return CurrentAssembly.choose(assemblies.list(), LocalDate.now()).map(this::of);
    }

    /** Every assembly, newest first, for the picker: the chair and the secretariat reach any of them (issue 11.5). */
    public List<AssemblyChoice> choices() {
        return assemblies.list().stream().map(a -> new AssemblyChoice(a.id, a.title, a.date)).toList();
    }

    public Agenda of(long assemblyId) {
        return of(assemblies.get(assemblyId));
    }

    private Agenda of(Assembly assembly) {
        List<Agenda.Item> items = resolutions.forAssembly(assembly.id).stream().map(this::item).toList();
        return new Agenda(assembly.id, assembly.title, assembly.date, assembly.status.name(), items);
    }

    private Agenda.Item item(Resolution r) {
        List<Agenda.BallotLine> lines = ballots.forResolution(r.id).stream()
                .filter(b -> b.state != BallotState.CANCELLED)
                .map(b -> new Agenda.BallotLine(BallotView.of(b)))
                .toList();
        return new Agenda.Item(r.id, r.agendaItem, r.title, r.status.name(), lines);
    }
}
