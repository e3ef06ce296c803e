package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageLanguageTest {

    @Test
    void dutchWhenNothingIsKnown() {
        assertEquals(PageLanguage.DUTCH, PageLanguage.choose(null, null, null));
    }

    @Test
    void queryBeatsCookieBeatsBrowser() {
        assertEquals(PageLanguage.ENGLISH, PageLanguage.choose("en", "nl", "nl-NL"));
        assertEquals(PageLanguage.DUTCH, PageLanguage.choose(null, "nl", "en-GB"));
        assertEquals(PageLanguage.ENGLISH, PageLanguage.choose(null, null, "en-GB,en;q=0.9"));
    }

    @Test
    void browserPreferenceOrderIsRespected() {
        assertEquals(PageLanguage.DUTCH, PageLanguage.choose(null, null, "fr-FR,nl;q=0.8,en;q=0.5"));
        assertEquals(PageLanguage.ENGLISH, PageLanguage.choose(null, null, "de,en-US;q=0.7,nl;q=0.3"));
    }

    @Test
    void unknownOrMalformedValuesAreIgnored() {
        assertEquals(PageLanguage.DUTCH, PageLanguage.choose("xx", "de", "de-DE"));
        assertEquals(PageLanguage.DUTCH, PageLanguage.choose(null, null, ";;;q=abc"));
        assertEquals(PageLanguage.ENGLISH, PageLanguage.choose("EN_gb", null, null));
    }
}
