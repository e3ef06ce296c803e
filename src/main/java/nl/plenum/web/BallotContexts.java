package nl.plenum.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.plenum.assembly.Assembly;
import nl.plenum.assembly.AssemblyService;
import nl.plenum.ballot.BallotService;
import nl.plenum.ballot.BallotView;
import nl.plenum.resolution.MarkdownText;
import nl.plenum.resolution.Resolution;
import nl.plenum.resolution.ResolutionService;

/** Looks up a ballot with the resolution it decides and the assembly, through the services. */
@ApplicationScoped
public class BallotContexts {

    @Inject
    BallotService ballots;

    @Inject
    ResolutionService resolutions;

    @Inject
    AssemblyService assemblies;

    /** @throws nl.plenum.common.DomainException 404 when the ballot does not exist */
    public BallotContext of(long ballotId) {
        BallotView ballot = BallotView.of(ballots.get(ballotId));
        Resolution resolution = resolutions.get(ballot.resolutionId());
        Assembly assembly = assemblies.get(resolution.assemblyId);
        return new BallotContext(ballot, resolution.id, resolution.agendaItem, resolution.title,
                MarkdownText.toHtml(resolution.text), assembly.id, assembly.title);
    }
}
