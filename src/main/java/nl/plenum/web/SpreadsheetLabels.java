package nl.plenum.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plenum.result.CsvLabels;
import nl.plenum.result.Verdict;
import nl.plenum.vote.Choice;

/** The Dutch words of the spreadsheet exports: the texts the result pages show, from the Dutch message bundle. */
@ApplicationScoped
public class SpreadsheetLabels implements CsvLabels {

    private static Messages dutch() {
        return MessageBundles.get(Messages.class, Localized.Literal.of("nl"));
    }

    @Override
    public String column(String name) {
        Messages m = dutch();
        return switch (name) {
            case "ballot" -> m.receipt_ballot();
            case "question" -> m.csv_question();
            case "choice" -> m.result_choice();
            case "count" -> m.result_count();
            case "weight" -> m.result_weight();
            case "percent" -> m.result_percent();
            case "member" -> m.rollcall_member();
            case "name" -> m.members_name();
            case "cast_by" -> m.csv_cast_by();
            default -> name;
        };
    }

    @Override
    public String choice(Choice choice) {
        return choice == null ? dutch().rollcall_not_voted() : dutch().choice(choice);
    }

    @Override
    public String verdict(Verdict verdict) {
        return verdict == null ? "" : dutch().csv_verdict(verdict);
    }

    @Override
    public String row(String name) {
        return switch (name) {
            case "TURNOUT" -> dutch().result_turnout_label();
            case "VERDICT" -> dutch().result_heading();
            case "OPENED" -> MessageBundles.get(BallotTexts.class, Localized.Literal.of("nl")).csv_opened();
            case "CLOSED" -> MessageBundles.get(BallotTexts.class, Localized.Literal.of("nl")).csv_closed();
            default -> name;
        };
    }
}
