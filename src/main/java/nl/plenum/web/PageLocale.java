package nl.plenum.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.event.Observes;

/** Every page renders in the viewer's language, so message bundles pick Dutch or English. */
public class PageLocale {

    void register(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(PageLocale::apply);
    }

    static void apply(TemplateInstance instance) {
        ManagedContext request = Arc.container().requestContext();
        if (request.isActive()) {
            instance.setLocale(Arc.container().instance(Viewer.class).get().locale());
        }
    }
}
