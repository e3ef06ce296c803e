package nl.plenum.common;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

/**
 * The language of validation messages. On the API: English, unless {@code Accept-Language} prefers
 * Dutch, so a client that sends no header never gets half Dutch, half English. Pages keep the
 * application's default (Dutch); they show their own texts by code anyway.
 */
@Singleton
public class ApiLocale implements LocaleResolver {

    private static final List<Locale> API_LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"));

    @Override
    public Locale resolve(LocaleResolverContext context) {
        RoutingContext request = current();
        if (request == null || !request.normalizedPath().startsWith("/api/")) {
            return context.getDefaultLocale();
        }
        return of(request.request().getHeader("Accept-Language"));
    }

    /** The first of English and Dutch the header accepts, by its weights; English without a match. */
    static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), API_LANGUAGES);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    private static RoutingContext current() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try {
            return Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        } catch (RuntimeException none) {
            return null;
        }
    }
}
