package nl.plenum.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.event.Observes;

/** Every page renders in the viewer's language, so message bundles pick Dutch or English. */
public class PageLocale {

    void register(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(PageLocale::apply);
    }

    /** Only while serving an HTTP request, and never over a locale the caller chose (message bundles set their own). */
    static void apply(TemplateInstance instance) {
        if (!Arc.container().requestContext().isActive() || instance.getAttribute(TemplateInstance.LOCALE) != null) {
            return;
        }
        CurrentVertxRequest request = Arc.container().instance(CurrentVertxRequest.class).get();
        if (request.getCurrent() != null) {
            instance.setLocale(Arc.container().instance(Viewer.class).get().locale());
        }
    }
}
