package nl.plenum.result;

import nl.plenum.vote.Choice;

/**
 * The words of a CSV export. {@link #MACHINE} keeps the column and enum names programs read; the web
 * layer gives a Dutch implementation made of the pages' own texts, for the spreadsheet format.
 */
public interface CsvLabels {

    /** A column's header, given its machine name (e.g. {@code weight}). */
    String column(String name);

    /** A choice; {@code null} for a member that did not vote. */
    String choice(Choice choice);

    String verdict(Verdict verdict);

    /** A summary row's name: {@code TURNOUT} or {@code VERDICT}. */
    String row(String name);

    CsvLabels MACHINE = new CsvLabels() {
        @Override
        public String column(String name) {
            return name;
        }

        @Override
        public String choice(Choice choice) {
            return choice == null ? "" : choice.name();
        }

        @Override
        public String verdict(Verdict verdict) {
            return verdict == null ? "" : verdict.name();
        }

        @Override
        public String row(String name) {
            return name;
        }
    };
}
