package nl.plenum.vote;

import jakarta.enterprise.context.ApplicationScoped;
import nl.plenum.common.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often a member's vote may be changed on one ballot. Changing one's mind is allowed; changing it
 * hundreds of times only fills the audit chain, which keeps every change for good.
 */
@ApplicationScoped
public class ChangeCap {

    @ConfigProperty(name = "plenum.votes.max-changes", defaultValue = "20")
    int maxChanges;

    /** @return the number of changes including this one; refuses with 409 once the cap is reached */
    int allow(String memberCode, int changesSoFar) {
        if (changesSoFar >= maxChanges) {
            throw new DomainException(409, "too-many-changes", "Too many changes",
                    "The vote of " + memberCode + " on this ballot was changed " + changesSoFar + " times, the most allowed: "
                            + "the vote recorded last still counts", null);
        }
        return changesSoFar + 1;
    }
}
