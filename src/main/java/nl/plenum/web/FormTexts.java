package nl.plenum.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the secretariat's forms and lists (issue 11.6). Dutch is the default (here); English lives in
 * {@code messages/form_en.properties}. Templates use them as {@code form:key}; a bundle of its own because
 * Quarkus 3.33 breaks on a bundle of more than 300 messages.
 */
@MessageBundle(value = "form", locale = "nl")
public interface FormTexts {

    @Message("Pagina {page} van {pages}")
    String page_of(int page, int pages);

    @Message("Vorige pagina")
    String page_previous();

    @Message("Volgende pagina")
    String page_next();

    @Message("Pagina's van de ledenlijst")
    String page_nav();

    @Message("Lid {code} is toegevoegd.")
    String member_added(String code);
}
