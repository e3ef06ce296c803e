package nl.plenum.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Dates in the page's language: "10 december 2026" in Dutch (months lower-case), "10 December 2026" in
 * English. Qute's own {@code format('d MMMM yyyy')} takes the JVM's locale, not the page's.
 */
@TemplateExtension
public final class Dates {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DUTCH_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm:ss", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm:ss", Locale.ENGLISH);

    private Dates() {
    }

    /** In a template: {@code {assembly.date.longDate}}. */
    static String longDate(LocalDate date, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return of(date, locale(locale));
    }

    /** In a template: {@code {ballot.closedAt.longDateTime}}: "10 december 2026 om 14:03:12", in the meeting's time zone. */
    static String longDateTime(OffsetDateTime moment, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return of(moment, locale(locale));
    }

    static String of(OffsetDateTime moment, Locale locale) {
        if (moment == null) {
            return "";
        }
        DateTimeFormatter format = locale != null && "en".equals(locale.getLanguage()) ? ENGLISH_TIME : DUTCH_TIME;
        return format.format(moment.atZoneSameInstant(meetingZone()));
    }

    /** Where the assembly meets: times on pages are its wall-clock times, not the server's (often UTC). */
    static ZoneId meetingZone() {
        return ZoneId.of(ConfigProvider.getConfig().getOptionalValue("plenum.time-zone", String.class).orElse("Europe/Amsterdam"));
    }

    /** The page's locale as Qute hands it to an extension method. */
    static Locale locale(Object attribute) {
        return attribute instanceof Locale l ? l : attribute == null ? null : Locale.forLanguageTag(attribute.toString());
    }

    static String of(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return (locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH).format(date);
    }
}
