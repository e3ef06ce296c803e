package nl.plenum.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts about a ballot's rules, editing drafts, choosing an assembly and the public archive (issue 11.4–5).
 * Dutch is the default (here); English lives in {@code messages/bal_en.properties}. Templates use them as
 * {@code bal:key}. A bundle of its own because Quarkus 3.33 breaks on a bundle of more than 300 messages.
 */
@MessageBundle(value = "bal", locale = "nl")
public interface BallotTexts {

    @Message("Regels van deze stemming")
    String rules_caption();

    @Message("Soort stemming")
    String rules_visibility();

    @Message("Geheime stemming: niemand ziet wat u stemt, alleen het totaal wordt bekend")
    String rules_secret();

    @Message("Open stemming: na publicatie is te zien wat elk lid stemde")
    String rules_open();

    @Message("Keuzes")
    String rules_options();

    @Message("voor, tegen of onthouding")
    String rules_yna();

    @Message("voor of tegen")
    String rules_yn();

    @Message("{quorum} van het stemgewicht moet meedoen")
    String rules_quorum(String quorum);

    @Message("Geheime stemming")
    String secret_badge();

    @Message("Niemand ziet wat u stemt, ook de voorzitter en het secretariaat niet; alleen het totaal wordt bekend.")
    String secret_notice();

    @Message("Concept bewerken")
    String edit_link();

    @Message("Concept bewerken: {question}")
    String edit_title(String question);

    @Message("Alleen een concept kan worden bewerkt. Deze stemming is al geopend of ingetrokken.")
    String edit_not_draft();

    @Message("Opslaan")
    String edit_save();

    @Message("Annuleren")
    String edit_cancel();

    @Message("Het concept is opgeslagen.")
    String edit_saved();

    @Message("Vergadering")
    String picker_label();

    @Message("Tonen")
    String picker_show();

    @Message("Archief")
    String archive_nav();

    @Message("Archief van uitslagen")
    String archive_title();

    @Message("Alle vergaderingen met hun gepubliceerde uitslagen.")
    String archive_intro();

    @Message("Nog geen gepubliceerde uitslagen.")
    String archive_none();

    @Message("Geen gepubliceerde uitslagen in deze vergadering.")
    String archive_assembly_none();

    @Message("Gestemd op {when}")
    String voted_at(String when);

    @Message("Stemming geopend {opened}, gesloten {closed}")
    String vote_times(String opened, String closed);

    @Message("Stemming geopend")
    String csv_opened();

    @Message("Stemming gesloten")
    String csv_closed();

    @Message("Gepubliceerd {when}")
    String published_at(String when);
}
