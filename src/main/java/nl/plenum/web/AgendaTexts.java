package nl.plenum.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts for preparing an assembly at scale (issue 11.6–7): importing and reordering the agenda, ballot
 * defaults, copying a ballot's settings and the assembly page's notices. Dutch here, English in
 * {@code messages/agenda_en.properties}; templates use {@code agenda:key}. Its own bundle: {@code msg} is full.
 */
@MessageBundle(value = "agenda", locale = "nl")
public interface AgendaTexts {

    @Message("Agenda importeren")
    String import_heading();

    @Message("CSV-bestand")
    String import_file();

    @Message("Kolommen agendapunt, titel en tekst (tekst mag leeg blijven, Markdown). UTF-8, gescheiden door komma's of puntkomma's. "
            + "Een agendapunt dat al bestaat krijgt de titel en tekst uit het bestand; de rest wordt toegevoegd. "
            + "Eén foute regel en er verandert niets.")
    String import_help();

    @Message("Importeren")
    String import_button();

    @Message("Agenda geïmporteerd: {created} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd.")
    String imported(int created, int updated, int unchanged);

    @Message("Omhoog")
    String move_up();

    @Message("Omlaag")
    String move_down();

    @Message("Agendapunt {item} is verplaatst.")
    String moved(String item);

    @Message("De vergadering is aangemaakt.")
    String assembly_created();

    @Message("Agendapunt {item} is toegevoegd.")
    String resolution_created(String item);

    @Message("Standaardregels voor nieuwe stemmingen")
    String defaults_heading();

    @Message("Een nieuwe stemming in deze vergadering begint met deze regels; bestaande stemmingen veranderen niet.")
    String defaults_help();

    @Message("Standaardregels opslaan")
    String defaults_save();

    @Message("De standaardregels zijn opgeslagen.")
    String defaults_saved();

    @Message("Kies een lid")
    String mandate_choose();

    @Message("Leden zoeken in de keuzelijsten")
    String mandate_search();

    @Message("Zoeken")
    String mandate_search_button();

    @Message("Leden gevonden voor ‘{query}’: {count}.")
    String mandate_found(int count, String query);

    @Message("Leden zonder afgevaardigde")
    String without_delegate_link();

    @Message("Instellingen overnemen van")
    String copy_label();

    @Message("Overnemen")
    String copy_button();

    @Message("De regels van ‘{question}’ zijn ingevuld; controleer ze en vul de vraag in.")
    String copied(String question);
}
