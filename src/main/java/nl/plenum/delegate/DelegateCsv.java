package nl.plenum.delegate;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.plenum.common.DomainException;
import nl.plenum.common.Problem.FieldError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the delegate CSV: UTF-8, header {@code member,name,email}, comma- or semicolon-separated. */
public final class DelegateCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final List<String> HEADER = List.of("member", "name", "email");

    public record Line(long number, String member, String name, String email) {
    }

    private DelegateCsv() {
    }

    public static List<Line> read(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString().replaceFirst("^\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw DomainException.invalid("The file is not UTF-8", List.of(FieldError.of("file", "not-utf8", "the file is not UTF-8")));
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    List<String> names = record.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
                    if (!names.equals(HEADER)) {
                        throw DomainException.invalid("The first line must be member,name,email",
                                List.of(FieldError.of("line 1", "csv-header", "line 1: the header must be member,name,email")));
                    }
                    header = false;
                    continue;
                }
                if (record.size() != 3) {
                    throw DomainException.invalid("line " + record.getRecordNumber() + " has " + record.size() + " columns, not 3",
                            List.of(FieldError.of("line " + record.getRecordNumber(), "csv-columns", "line " + record.getRecordNumber() + ": 3 columns expected")));
                }
                lines.add(new Line(record.getRecordNumber(), record.get(0), record.get(1), record.get(2)));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw DomainException.invalid("The file cannot be read as CSV: " + e.getMessage(), List.of(FieldError.of("file", "csv-syntax", "the file cannot be read as CSV")));
        }
        if (lines.isEmpty()) {
            throw DomainException.invalid("The file names no delegates", List.of(FieldError.of("file", "csv-empty", "the file names no delegates")));
        }
        return lines;
    }
}
