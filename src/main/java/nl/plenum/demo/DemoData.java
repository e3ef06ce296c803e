package nl.plenum.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fills an empty installation with a demo association, members, an assembly and a draft ballot
 * when {@code plenum.demo-data=true} (profile {@code demo}). Not a migration: production never sees it.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "plenum.demo-data")
    boolean enabled;

    @Inject
    DemoSeed seed;

    // Flyway migrates during start-up, before StartupEvent observers run.
    void onStart(@Observes StartupEvent start) {
        if (enabled) {
            int rows = seed.run();
            LOG.infof("Demo data: %d rows added (0 means they were already there)", rows);
        }
    }
}
