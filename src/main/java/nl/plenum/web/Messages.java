package nl.plenum.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Page texts. Dutch is the default (here); English lives in {@code messages/msg_en.properties}.
 * Templates use them as {@code msg:key}; Qute checks every key at build time.
 */
@MessageBundle(value = "msg", locale = "nl")
public interface Messages {

    // Layout
    @Message("Naar de inhoud")
    String layout_skip();

    @Message("Hoofdmenu")
    String layout_nav();

    @Message("Start")
    String layout_home();

    @Message("Stemmen")
    String layout_vote();

    @Message("Voorzitter")
    String layout_chair();

    @Message("Secretariaat")
    String layout_secretariat();

    @Message("Ingelogd als {name}")
    String layout_signed_in(String name);

    @Message("Uitloggen")
    String layout_logout();

    @Message("Inloggen")
    String layout_login();

    @Message("Toegankelijkheid")
    String layout_accessibility();

    @Message("Plenum — stemmen in de algemene ledenvergadering")
    String layout_footer();

    // States
    @Message("{#when status}{#is PLANNED}Gepland{#is IN_SESSION}In vergadering{#is CLOSED}Afgesloten{#else}{status}{/when}")
    String assembly_status(String status);

    @Message("{#when state}{#is DRAFT}Concept{#is OPEN}Stemming open{#is CLOSED}Gesloten{#is PUBLISHED}Uitslag gepubliceerd{#is CANCELLED}Ingetrokken{#else}{state}{/when}")
    String ballot_state(String state);

    // Home
    @Message("Algemene ledenvergadering")
    String home_title();

    @Message("Agenda")
    String home_agenda();

    @Message("Er staat nog niets op de agenda.")
    String home_no_agenda();

    @Message("Geen stemming.")
    String home_no_ballot();

    @Message("Uitslag")
    String home_results_link();

    @Message("Stem nu")
    String home_vote_link();

    @Message("Er is nog geen vergadering gepland.")
    String home_no_assembly();

    @Message("Afgevaardigden, de voorzitter en het secretariaat loggen in om te stemmen of de vergadering te leiden.")
    String home_login_hint();

    // Errors
    @Message("Terug naar de startpagina")
    String error_home();

    @Message("Geen toegang")
    String error_forbidden_title();

    @Message("Uw rol geeft geen toegang tot deze pagina. Log in met een ander account als u denkt dat dit niet klopt.")
    String error_forbidden();

    @Message("Pagina niet gevonden")
    String error_not_found_title();

    @Message("Op dit adres staat niets. Controleer het adres of ga terug naar de startpagina.")
    String error_not_found();

    @Message("Dat lukte niet")
    String error_problem_title();

    // Accessibility statement
    @Message("Toegankelijkheidsverklaring")
    String a11y_title();

    @Message("Iedere afgevaardigde moet kunnen stemmen, ook wie een schermlezer, alleen een toetsenbord, spraakbediening of schermvergroting gebruikt.")
    String a11y_intro();

    @Message("Norm")
    String a11y_standard_heading();

    @Message("Plenum is gebouwd volgens de Web Content Accessibility Guidelines (WCAG) 2.1, niveau AA: de norm die de Nederlandse overheid voorschrijft (EN 301 549).")
    String a11y_standard();

    @Message("Wat we hebben gedaan")
    String a11y_measures_heading();

    @Message("Elke pagina geeft haar taal aan, heeft een logische kopstructuur en een link om het menu over te slaan; elk invoerveld heeft een label.")
    String a11y_measure_language();

    @Message("Alles werkt met alleen het toetsenbord, in een logische volgorde en met een zichtbare focus.")
    String a11y_measure_keyboard();

    @Message("Tekst en knoppen hebben voldoende contrast; informatie wordt nooit alleen met kleur overgebracht.")
    String a11y_measure_contrast();

    @Message("Uitslagen staan altijd ook als tabel met getallen naast de grafiek.")
    String a11y_measure_tables();

    @Message("Bijwerkingen tijdens een stemming (opkomst, uitslag) worden aan schermlezers gemeld.")
    String a11y_measure_live();

    @Message("De stempagina werkt op een telefoon en bij 400 % vergroting.")
    String a11y_measure_mobile();

    @Message("Hoe we toetsen")
    String a11y_testing_heading();

    @Message("Bij elke wijziging toetst een geautomatiseerde test alle pagina's in een echte browser met axe-core. Een automatische toets vindt niet alle problemen; een onafhankelijk onderzoek (audit) is nog niet gedaan.")
    String a11y_testing();

    @Message("Contact")
    String a11y_contact_heading();

    @Message("Kunt u iets niet gebruiken of lezen? Meld het bij het secretariaat van uw vereniging; we lossen het zo snel mogelijk op.")
    String a11y_contact();
}
