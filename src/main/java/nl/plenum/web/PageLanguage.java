package nl.plenum.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a page speaks: an explicit {@code ?lang=} first, then the visitor's saved choice
 * (cookie), then the browser's Accept-Language; Dutch when none of them names a language we have.
 */
public final class PageLanguage {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);
    public static final String COOKIE = "plenum-lang";
    public static final String PARAMETER = "lang";

    private PageLanguage() {
    }

    public static Locale choose(String query, String cookie, String acceptLanguage) {
        return supported(query)
                .or(() -> supported(cookie))
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(DUTCH);
    }

    /** The supported locale a tag such as {@code en}, {@code EN-gb} or {@code nl-NL} names. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = tag.trim().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    static Optional<Locale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return Optional.ofNullable(Locale.lookup(ranges, SUPPORTED));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a malformed header is no reason to fail a page
        }
    }
}
