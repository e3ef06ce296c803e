package nl.plenum.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import nl.plenum.assembly.Assembly;
import nl.plenum.assembly.AssemblyService;
import nl.plenum.ballot.BallotService;
import nl.plenum.ballot.BallotView;
import nl.plenum.common.DomainException;
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

    /** @throws NotFoundException when the ballot does not exist: pages answer with their 404 page */
    public BallotContext of(long ballotId) {
        BallotView ballot;
        try {
            ballot = BallotView.of(ballots.get(ballotId));
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw new NotFoundException(e.getMessage());
            }
            throw e;
        }
        Resolution resolution = resolutions.get(ballot.resolutionId());
        Assembly assembly = assemblies.get(resolution.assemblyId);
        return new BallotContext(ballot, resolution.id, resolution.agendaItem, resolution.title,
                MarkdownText.toHtml(resolution.text), assembly.id, assembly.title);
    }
}
