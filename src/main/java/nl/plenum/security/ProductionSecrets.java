package nl.plenum.security;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Production refuses to start with a demo secret or a short one: with the known session secret anyone
 * could decrypt the session cookie (ID, access and refresh tokens). Demo, dev and test need nothing.
 */
@ApplicationScoped
public class ProductionSecrets {

    /** A secret, the property that holds it and the environment variable an operator sets. */
    record Secret(String property, String variable) {
    }

    static final List<Secret> SECRETS = List.of(
            new Secret("quarkus.oidc.credentials.secret", "PLENUM_OIDC_CLIENT_SECRET"),
            new Secret("quarkus.oidc.token-state-manager.encryption-secret", "PLENUM_SESSION_SECRET"));
    /** Values published in this repository (properties, realms, tests, README). */
    static final Set<String> KNOWN = Set.of("plenum-web-demo-secret", "plenum-demo-session-secret-change-me-in-production",
            "secret", "change-me", "changeme");
    static final int MINIMUM_LENGTH = 32;
    private static final Set<String> RELAXED_PROFILES = Set.of("demo", "dev", "test");

    void check(@Observes @Priority(1) StartupEvent started) {
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        if (config.getProfiles().stream().anyMatch(RELAXED_PROFILES::contains)) {
            return;
        }
        List<String> refusals = new ArrayList<>();
        for (Secret secret : SECRETS) {
            refusal(secret, config.getOptionalValue(secret.property(), String.class).orElse(null)).ifPresent(refusals::add);
        }
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("Plenum refuses to start in production: " + String.join("; ", refusals));
        }
    }

    /** Why this value must not be used in production, if it must not. */
    static java.util.Optional<String> refusal(Secret secret, String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.of(secret.variable() + " is not set (" + secret.property() + ")");
        }
        if (KNOWN.contains(value.strip())) {
            return java.util.Optional.of(secret.variable() + " is a published demo value; set a random secret of at least "
                    + MINIMUM_LENGTH + " characters");
        }
        if (value.length() < MINIMUM_LENGTH) {
            return java.util.Optional.of(secret.variable() + " is shorter than " + MINIMUM_LENGTH + " characters");
        }
        return java.util.Optional.empty();
    }
}
