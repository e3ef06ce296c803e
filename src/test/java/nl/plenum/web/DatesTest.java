package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Issue 12.21: Dutch pages showed "10 December 2026" (Qute's format() takes the JVM's locale). */
@QuarkusTest
class DatesTest {

    @Inject
    Engine engine;

    String render(Locale locale) {
        return engine.parse("{d.longDate}").data("d", LocalDate.of(2026, 12, 10)).setLocale(locale).render();
    }

    @Test
    void dutchPagesWriteMonthsInLowerCaseEnglishOnesCapitalised() {
        assertEquals("10 december 2026", render(Locale.forLanguageTag("nl")));
        assertEquals("10 December 2026", render(Locale.ENGLISH));
    }

    @Test
    void noTemplateFormatsADateWithTheJvmLocale() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<Path> offenders = files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return Files.readString(f).contains(".format('");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertTrue(offenders.isEmpty(), "use .longDate: " + offenders);
        }
    }
}
