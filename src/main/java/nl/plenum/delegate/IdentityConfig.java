package nl.plenum.delegate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a login becomes a member's delegate. */
@ConfigMapping(prefix = "plenum.identity")
public interface IdentityConfig {

    /**
     * Trust the token's {@code member} claim instead of the register. Only for a provider where the
     * organisation, not the user, sets that claim (an eHerkenning broker, an admin-only attribute): anyone who
     * can change the claim can then vote for any member.
     */
    @WithDefault("false")
    boolean trustMemberClaim();

    /**
     * Bind a login to a designated, unbound entry with the same e-mail address when the token says
     * {@code email_verified=true}, without an invitation. Off: it trusts the provider's e-mail verification
     * and every address change the provider allows; a typo in the register gives the vote to whoever owns
     * the typed address.
     */
    @WithDefault("false")
    boolean bindByVerifiedEmail();

    /** How long an invitation code can be used. */
    @WithDefault("P14D")
    Duration invitationValidity();
}
