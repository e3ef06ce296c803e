package nl.plenum.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates in the page's language: "10 december 2026" in Dutch (months lower-case), "10 December 2026" in
 * English. Qute's own {@code format('d MMMM yyyy')} takes the JVM's locale, not the page's.
 */
@TemplateExtension
public final class Dates {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    /** In a template: {@code {assembly.date.longDate}}. */
    static String longDate(LocalDate date, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return of(date, locale instanceof Locale l ? l : locale == null ? null : Locale.forLanguageTag(locale.toString()));
    }

    static String of(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return (locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH).format(date);
    }
}
