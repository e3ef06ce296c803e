package nl.plenum.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the live delegate pages (issue 11.3). Dutch is the default (here); English lives in
 * {@code messages/live_en.properties}. Templates use them as {@code live:key}. A bundle of its own
 * because Quarkus 3.33 breaks on a bundle of more than 300 messages.
 */
@MessageBundle(value = "live", locale = "nl")
public interface LiveTexts {

    @Message("De stemming is gesloten.")
    String closed();

    @Message("U kunt niet meer stemmen. De uitslag verschijnt zodra het secretariaat die publiceert.")
    String closed_wait();

    @Message("Bekijk de uitslag")
    String results_link();

    @Message("De lijst met open stemmingen is bijgewerkt.")
    String list_changed();

    @Message("De stemming is geopend: u kunt nu stemmen.")
    String opened();
}
