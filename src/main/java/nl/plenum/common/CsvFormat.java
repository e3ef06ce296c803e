package nl.plenum.common;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How an export is written. {@code MACHINE}: RFC 4180 with comma, decimal dot and English enum names,
 * what programs read and what the API gives by default. {@code SPREADSHEET}: what Dutch Excel and
 * LibreOffice open into columns: semicolon, decimal comma, Dutch words, and UTF-8 with a byte-order
 * mark (without it Excel reads "é" as "Ã©").
 */
public enum CsvFormat {
    MACHINE(','),
    SPREADSHEET(';');

    /** The query parameter that chooses: {@code ?format=machine} or {@code ?format=spreadsheet}. */
    public static final String PARAMETER = "format";

    private static final String BOM = "\uFEFF";

    private final char separator;

    CsvFormat(char separator) {
        this.separator = separator;
    }

    /**
     * An explicit {@code format} wins; without one, a reader whose {@code Accept-Language} prefers Dutch
     * over English gets the spreadsheet, anyone else the machine format.
     */
    public static CsvFormat choose(String format, String acceptLanguage) {
        if (format != null) {
            for (CsvFormat f : values()) {
                if (f.parameterValue().equals(format)) {
                    return f;
                }
            }
            throw DomainException.invalid(PARAMETER, "must be machine or spreadsheet");
        }
        return "nl".equals(ApiLocale.of(acceptLanguage).getLanguage()) ? SPREADSHEET : MACHINE;
    }

    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public char separator() {
        return separator;
    }

    public CsvWriter writer(String... header) {
        return new CsvWriter(separator, header);
    }

    /** "99.44" or "99,44"; no thousands separator, which spreadsheets would read in either language as a decimal. */
    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.toPlainString();
        return this == SPREADSHEET ? plain.replace('.', ',') : plain;
    }

    /**
     * A moment: ISO 8601 with its offset for programs ("2026-12-10T13:04:05.123Z"); for a spreadsheet the
     * meeting's wall-clock time as Dutch Excel reads a date ("10-12-2026 14:04:05", {@code plenum.time-zone}).
     */
    public String moment(OffsetDateTime moment) {
        if (moment == null) {
            return "";
        }
        if (this == MACHINE) {
            return moment.toInstant().toString();
        }
        ZoneId zone = ZoneId.of(ConfigProvider.getConfig().getOptionalValue("plenum.time-zone", String.class).orElse("Europe/Amsterdam"));
        return DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").format(moment.atZoneSameInstant(zone));
    }

    /** The whole file as it is sent: the spreadsheet's starts with the byte-order mark. */
    public String document(String csv) {
        return this == SPREADSHEET ? BOM + csv : csv;
    }
}
