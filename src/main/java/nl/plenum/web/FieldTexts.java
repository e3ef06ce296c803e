package nl.plenum.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plenum.common.Problem.FieldError;

/**
 * A field error in the reader's language: "Inwoners: mag niet negatief zijn", or for a CSV line
 * "Regel 3: Inwoners: 'veel' is geen geheel getal". A code without a sentence keeps its English message.
 */
final class FieldTexts {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private FieldTexts() {
    }

    static FormProblem.Shown describe(FieldError error, Messages messages) {
        Matcher line = LINE.matcher(error.field());
        if (!line.matches()) {
            return new FormProblem.Shown(error.field(), messages.field_label(error.field()), text(error, error.args(), error.message(), messages));
        }
        String label = messages.field_line(line.group(1));
        String column = error.args().isEmpty() ? "" : error.args().get(0);
        List<String> rest = error.args().isEmpty() ? List.of() : error.args().subList(1, error.args().size());
        String translated = text(error, rest, null, messages);
        if (translated == null) {
            return new FormProblem.Shown(error.field(), label, error.message()); // already "column: message"
        }
        return new FormProblem.Shown(error.field(), label, column.isEmpty() ? translated : messages.field_label(column) + ": " + translated);
    }

    private static String text(FieldError error, List<String> args, String fallback, Messages messages) {
        if (error.code() == null) {
            return fallback;
        }
        String text = messages.field_error(error.code(), arg(args, 0), arg(args, 1));
        return text.isBlank() ? fallback : text;
    }

    private static String arg(List<String> args, int index) {
        return index < args.size() ? args.get(index) : "";
    }
}
