package nl.plenum.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.plenum.ballot.BallotState;
import nl.plenum.ballot.MajorityRule;
import nl.plenum.ballot.PercentBase;
import nl.plenum.result.Verdict;
import nl.plenum.vote.Choice;

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
    @Message("{#when status}{#is 'PLANNED'}Gepland{#is 'IN_SESSION'}In vergadering{#is 'CLOSED'}Afgesloten{#else}{status}{/when}")
    String assembly_status(String status);

    @Message("{#when state}{#is DRAFT}Concept{#is OPEN}Stemming open{#is CLOSED}Gesloten{#is PUBLISHED}Uitslag gepubliceerd{#is CANCELLED}Ingetrokken{/when}")
    String ballot_state(BallotState state);

    @Message("{#when choice}{#is YES}Voor{#is NO}Tegen{#is ABSTAIN}Onthouding{/when}")
    String choice(Choice choice);

    @Message("Voor")
    String choice_yes();

    @Message("Tegen")
    String choice_no();

    @Message("Onthouding")
    String choice_abstain();

    /** A service's refusal, by problem type; the status picks a fallback for types without a sentence. */
    @Message("{#when type}"
            + "{#is 'ballot-not-open'}Deze stemming is niet open: er kan nu niet (meer) gestemd worden."
            + "{#is 'receipt-required'}Vul de ontvangstcode van uw vorige stem in om uw stem te wijzigen."
            + "{#is 'receipt-mismatch'}Die ontvangstcode hoort niet bij een stem op deze stemming. Controleer de code."
            + "{#is 'not-entitled'}Dit lid is niet stemgerechtigd op deze stemming."
            + "{#is 'invalid-state-change'}Dat kan niet in de huidige fase van de stemming; de pagina toont de actuele stand."
            + "{#is 'no-entitled-members'}Er zijn geen stemgerechtigde leden: de stemming kan niet open."
            + "{#is 'not-found'}Dat bestaat (niet) meer."
            + "{#is 'forbidden'}U mag dit niet doen voor dit lid: alleen de eigen afgevaardigde of de gevolmachtigde stemt."
            + "{#is 'unavailable'}Het lukte even niet om uw stem op te slaan. Probeer het opnieuw."
            + "{#is 'invalid-input'}Controleer wat u hebt ingevuld."
            + "{#is 'duplicate-member'}Er bestaat al een lid met deze code."
            + "{#is 'member-inactive'}Dit lid is niet (meer) actief."
            + "{#is 'mandate-chain'}Een volmacht kan niet worden doorgegeven: de gevolmachtigde heeft zelf een volmacht gegeven, of stemt al voor dit lid."
            + "{#is 'assembly-closed'}Deze vergadering is afgesloten; er kan niets meer worden gewijzigd."
            + "{#is 'receipt-not-found'}Er is geen getelde stem met deze ontvangstcode op deze stemming. Controleer de code en de stemming; hebt u uw stem gewijzigd, dan geldt alleen de code van uw laatste stem."
            + "{#is 'not-yet-published'}Dit is een geheime stemming: u kunt uw ontvangstcode controleren zodra de uitslag is gepubliceerd."
            + "{#is 'duplicate-agenda-item'}Deze vergadering heeft al een agendapunt met dat nummer. Kies een ander nummer."
            + "{#is 'agenda-item-voted'}Over dit agendapunt is al gestemd: uitslagen en ontvangstcodes noemen het bij zijn nummer, dat blijft staan."
            + "{#is 'agenda-item-unnumbered'}Een agendapunt zonder nummer (zoals Rondvraag) kan niet worden verplaatst; geef het een nummer."
            + "{#else}Dat lukte niet (fout {status}).{/when}")
    String problem(String type, int status);

    // Field errors: a field's name, and what is wrong with it by code (see Problem.FieldError)
    @Message("{#when field}{#is 'code'}Code{#is 'name'}Naam{#is 'inhabitants'}Inwoners{#is 'weight'}Gewicht{#is 'active'}Actief"
            + "{#is 'title'}Titel{#is 'date'}Datum{#is 'status'}Status{#is 'agendaItem'}Agendapunt{#is 'text'}Tekst"
            + "{#is 'member'}Lid{#is 'proxy'}Gevolmachtigde{#is 'choice'}Keuze{#is 'question'}Vraag{#is 'quorum'}Quorum{#is 'file'}Bestand"
            + "{#else}{field}{/when}")
    String field_label(String field);

    @Message("Regel {number}")
    String field_line(String number);

    /** Empty for a code without a sentence: the page then shows the English message it came with. */
    @Message("{#when code}"
            + "{#is 'not-blank'}is verplicht"
            + "{#is 'not-null'}is verplicht"
            + "{#is 'size'}{#if a == '0'}mag hoogstens {b} tekens lang zijn{#else}moet tussen {a} en {b} lang zijn{/if}"
            + "{#is 'max'}mag hoogstens {a} zijn"
            + "{#is 'min'}moet minstens {a} zijn"
            + "{#is 'positive-or-zero'}mag niet negatief zijn"
            + "{#is 'positive'}moet groter zijn dan 0"
            + "{#is 'pattern-code'}bestaat uit 1 tot 32 letters, cijfers, punten, liggende streepjes of koppeltekens"
            + "{#is 'pattern-name'}mag niet beginnen met = + - @ en geen stuurtekens bevatten"
            + "{#is 'not-a-whole-number'}'{a}' is geen geheel getal"
            + "{#is 'not-a-boolean'}'{a}' is geen ja of nee (true, false, ja, nee)"
            + "{#is 'too-large'}is te groot"
            + "{#is 'invalid-csv'}is geen geldige CSV (controleer de aanhalingstekens)"
            + "{#is 'field-count'}heeft {a} velden, de kopregel heeft er {b}"
            + "{#is 'unknown-column'}onbekende kolom '{a}'; de kolommen zijn {b}"
            + "{#is 'duplicate-column'}kolom '{a}' staat er twee keer in"
            + "{#is 'missing-column'}kolom '{a}' ontbreekt"
            + "{#is 'duplicate-code'}{a} staat ook al op regel {b}"
            + "{#is 'code-unchangeable'}de code van een lid kan niet worden gewijzigd"
            + "{#is 'unknown-member'}lid {a} bestaat niet"
            + "{#is 'own-proxy'}een lid kan niet zijn eigen gevolmachtigde zijn"
            + "{#is 'choice-not-offered'}deze keuze wordt op deze stemming niet aangeboden"
            + "{#is 'receipt-format'}dit is geen ontvangstcode"
            + "{#is 'not-a-date'}is geen geldige datum"
            + "{#is 'not-a-choice'}kies een van de mogelijkheden"
            + "{#is 'not-utf8'}het bestand is geen UTF-8 maar waarschijnlijk {a}; sla het in Excel op als \"CSV UTF-8\""
            + "{#is 'empty-file'}het bestand is leeg; de eerste regel moet de kolommen noemen: {a}"
            + "{#is 'no-file'}kies een bestand (het gekozen bestand is leeg)"
            + "{#is 'duplicate-agenda-item'}agendapunt {a} staat ook al op regel {b}"
            + "{#is 'agenda-item-voted'}over agendapunt {a} is al gestemd; titel en tekst kunnen niet meer veranderen"
            + "{#is 'too-many-lines'}heeft {a} regels; een agenda heeft er hoogstens {b}"
            + "{#else}{/when}")
    String field_error(String code, String a, String b);

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

    // Delegate
    @Message("Stemmen")
    String vote_title();

    @Message("Uw account is niet aan een lid gekoppeld, dus u kunt niet stemmen. Neem contact op met het secretariaat.")
    String vote_no_member();

    @Message("Er is op dit moment geen open stemming voor u.")
    String vote_none_open();

    @Message("Naar de agenda")
    String vote_agenda_link();

    @Message("voor {name} ({code})")
    String vote_for_member(String name, String code);

    @Message("U hebt gestemd")
    String vote_voted();

    @Message("Nog niet gestemd")
    String vote_not_voted();

    @Message("Agendapunt {item}")
    String vote_agenda_item(String item);

    @Message("Deze stemming is niet open ({msg:ballot_state(state)}). U kunt nu niet stemmen.")
    String vote_not_open(BallotState state);

    @Message("U kunt op deze stemming niet stemmen: uw lid is niet stemgerechtigd of heeft een volmacht gegeven.")
    String vote_no_seat();

    @Message("Uw stem namens {name} ({code})")
    String vote_legend(String name, String code);

    @Message("Zolang de stemming open is, kunt u uw stem wijzigen; alleen uw laatste stem telt.")
    String vote_change_hint();

    @Message("Ontvangstcode van uw vorige stem")
    String vote_previous_receipt();

    @Message("Tekst van het voorstel")
    String vote_resolution_text();

    @Message("Terug naar mijn stemmingen")
    String vote_back();

    @Message("Kies Voor, Tegen of Onthouding.")
    String vote_choose();

    @Message("Uw stem is vastgelegd")
    String vote_recorded_title();

    @Message("Uw stem is gewijzigd")
    String vote_changed_title();

    @Message("Namens {name} ({code})")
    String vote_recorded_for(String name, String code);

    @Message("Uw ontvangstcode")
    String vote_receipt_heading();

    @Message("Bewaar deze code. Na de uitslag kunt u ermee controleren dat uw stem is meegeteld. Niemand anders krijgt deze code te zien.")
    String vote_receipt_help();

    @Message("Stem wijzigen")
    String vote_change_legend();

    // Results
    @Message("Uitslag: {question}")
    String result_title(String question);

    @Message("Uitslag")
    String result_heading();

    @Message("{#when verdict}{#is ADOPTED}Aangenomen met {yes} voor{#is REJECTED}Verworpen met {yes} voor{#is NO_QUORUM}Niet aangenomen: het quorum is niet gehaald{/when}")
    String verdict(Verdict verdict, String yes);

    @Message("Verdeling van de gewogen stemmen")
    String result_chart();

    @Message("Stemmen per keuze, naar aantal leden en naar gewicht")
    String result_table_caption();

    @Message("Keuze")
    String result_choice();

    @Message("Leden")
    String result_count();

    @Message("Gewicht")
    String result_weight();

    @Message("Percentage")
    String result_percent();

    @Message("telt niet mee voor het percentage")
    String result_outside_base();

    @Message("Opkomst")
    String result_turnout_label();

    @Message("{voted} van {entitled} leden, gewicht {votedWeight} van {entitledWeight} ({percent})")
    String result_turnout(String voted, String entitled, String votedWeight, String entitledWeight, String percent);

    @Message("Quorum")
    String result_quorum_label();

    @Message("{quorum} van het gewicht: {#if met}gehaald{#else}niet gehaald{/if}")
    String result_quorum(String quorum, boolean met);

    @Message("geen")
    String result_no_quorum();

    @Message("Vereiste meerderheid")
    String result_majority_label();

    @Message("Percentages berekend over")
    String result_base_label();

    @Message("{#when rule}{#is SIMPLE}gewone meerderheid (meer voor dan tegen){#is ABSOLUTE}volstrekte meerderheid (meer dan de helft){#is TWO_THIRDS}twee derde{#is THREE_QUARTERS}drie kwart{/when}")
    String majority(MajorityRule rule);

    @Message("{#when base}{#is YES_NO}voor en tegen (onthoudingen tellen niet mee){#is YES_NO_ABSTAIN}voor, tegen en onthouding{#is CAST}alle uitgebrachte stemmen{#is ENTITLED}alle stemgerechtigden{/when}")
    String percent_base(PercentBase base);

    @Message("Deze uitslag is nog niet gepubliceerd; alleen de voorzitter en het secretariaat zien hem.")
    String result_preview();

    @Message("Uitslag nog niet gepubliceerd")
    String result_not_published_title();

    @Message("De uitslag van deze stemming is (nog) niet gepubliceerd.")
    String result_not_published();

    @Message("Uitslag als CSV")
    String result_csv();

    @Message("Afdrukken")
    String result_print();

    @Message("Controleerbaar")
    String result_evidence_heading();

    @Message("Het auditspoor van deze stemming is ondertekend met de sleutel met vingerafdruk {fingerprint}. Bij de publicatie was de ondertekende kop: gebeurtenis {seq}, hash {hash}. Bewaar deze gegevens; met ./plenum verify controleert u de uitslag zelf.")
    String result_evidence(String fingerprint, long seq, String hash);

    @Message("Bewijsstukken (JSON)")
    String result_evidence_link();

    @Message("Hoofdelijke stemming")
    String rollcall_heading();

    @Message("Lid")
    String rollcall_member();

    @Message("Stem")
    String rollcall_vote();

    @Message("Niet gestemd")
    String rollcall_not_voted();

    @Message("gestemd door {proxy} met volmacht")
    String rollcall_proxy(String proxy);

    @Message("Hoofdelijke stemming als CSV")
    String rollcall_csv();

    // CSV for spreadsheets: the words the pages do not already have
    @Message("Vraag")
    String csv_question();

    @Message("Gestemd door")
    String csv_cast_by();

    @Message("{#when verdict}{#is ADOPTED}Aangenomen{#is REJECTED}Verworpen{#is NO_QUORUM}Niet aangenomen: quorum niet gehaald{/when}")
    String csv_verdict(Verdict verdict);

    /** The link to the format the page does not offer first: machine on Dutch pages, spreadsheet on English ones. */
    @Message("voor programma's: komma, decimale punt")
    String csv_other();

    // Turnout (chair console, projector)
    @Message("Opkomst")
    String turnout_heading();

    @Message("Leden die hebben gestemd")
    String turnout_members();

    @Message("Gewicht dat heeft gestemd")
    String turnout_weight();

    @Message("van")
    String turnout_of();

    @Message("Nog niet gestemd")
    String turnout_not_voted();

    @Message("Alle leden hebben gestemd.")
    String turnout_all_voted();

    // Chair
    @Message("Voorzitter")
    String chair_title();

    @Message("Agendapunt")
    String chair_item();

    @Message("Vraag")
    String chair_question();

    @Message("Status")
    String chair_state();

    @Message("Actie")
    String chair_action();

    @Message("Bedienen")
    String chair_console_link();

    @Message("Open een stemming om haar te openen, te sluiten en de opkomst live te volgen.")
    String chair_help();

    @Message("Stemming: {question}")
    String chair_console_title(String question);

    @Message("Stemming openen")
    String chair_open();

    @Message("Stemming sluiten")
    String chair_close();

    @Message("Projectiescherm")
    String chair_screen_link();

    @Message("Alle stemmingen")
    String chair_back();

    @Message("Tijdens de stemming ziet niemand, ook de voorzitter niet, een tussenstand: alleen wie al heeft gestemd.")
    String chair_no_interim();

    @Message("De stemming is nog niet geopend.")
    String screen_waiting();

    @Message("De stemming is gesloten. De uitslag volgt na publicatie.")
    String screen_result_follows();

    @Message("{count} {#if count == '1'}lid{#else}leden{/if}, gewicht {weight}")
    String screen_row(String count, String weight);

    @Message("Stemming sluiten?")
    String chair_close_confirm_title();

    @Message("Na het sluiten kan niemand meer stemmen of een stem wijzigen; de uitslag wordt vastgesteld. Dit kan niet ongedaan worden gemaakt.")
    String chair_close_warning();

    @Message("{voted} van {entitled} leden hebben gestemd.")
    String chair_close_turnout(String voted, String entitled);

    @Message("{count} {#if count == 1}lid heeft{#else}leden hebben{/if} nog niet gestemd:")
    String chair_close_not_voted(int count);

    @Message("Ja, stemming sluiten")
    String chair_close_confirm();

    @Message("Nee, terug naar de stemming")
    String chair_close_back();

    // Secretariat
    @Message("Secretariaat")
    String sec_title();

    @Message("Stemmingen")
    String sec_nav_ballots();

    @Message("Leden")
    String sec_nav_members();

    @Message("Vergaderingen")
    String sec_nav_assemblies();

    @Message("Leden")
    String members_title();

    @Message("Zoek op code of naam")
    String members_search();

    @Message("Zoeken")
    String members_search_button();

    @Message("{count} leden")
    String members_caption(int count);

    @Message("Code")
    String members_code();

    @Message("Naam")
    String members_name();

    @Message("Inwoners")
    String members_inhabitants();

    @Message("Actief")
    String members_active();

    @Message("vast")
    String members_fixed();

    @Message("ja")
    String members_yes();

    @Message("nee")
    String members_no();

    @Message("Lid toevoegen")
    String members_add();

    @Message("Gewicht (optioneel)")
    String members_weight_optional();

    @Message("Leeg laten: het gewicht volgt uit het aantal inwoners en de staffel van de vereniging.")
    String members_weight_help();

    @Message("Toevoegen")
    String members_add_button();

    @Message("Leden importeren (CSV)")
    String members_import();

    @Message("CSV-bestand")
    String members_import_file();

    @Message("Kolommen code,name,inhabitants,weight (komma of puntkomma). Leden worden op code bijgewerkt of toegevoegd; bij één foute regel wordt niets opgeslagen.")
    String members_import_help();

    @Message("Importeren")
    String members_import_button();

    @Message("Import klaar: {created} nieuw, {updated} gewijzigd, {unchanged} ongewijzigd.")
    String members_imported(int created, int updated, int unchanged);

    @Message("Leden exporteren als CSV")
    String members_export();

    @Message("Vergaderingen")
    String assemblies_title();

    @Message("Nieuwe vergadering")
    String assemblies_new();

    @Message("Vergadering aanmaken")
    String assemblies_create();

    @Message("Titel")
    String assemblies_field_title();

    @Message("Datum")
    String assemblies_field_date();

    @Message("Vergadering wijzigen")
    String assemblies_edit();

    @Message("Opslaan")
    String assemblies_save();

    @Message("Stemmingen van deze vergadering")
    String assemblies_ballots_link();

    @Message("Nieuw agendapunt")
    String resolutions_new();

    @Message("Tekst van het voorstel")
    String resolutions_text();

    @Message("Markdown: lege regel voor een nieuwe alinea, * voor een opsomming.")
    String resolutions_text_help();

    @Message("Agendapunt toevoegen")
    String resolutions_add();

    @Message("Volmachten")
    String mandates_title();

    @Message("Een lid dat een volmacht geeft, stemt in deze vergadering niet zelf: de afgevaardigde van de gevolmachtigde stemt ervoor.")
    String mandates_help();

    @Message("Er zijn geen volmachten.")
    String mandates_none();

    @Message("{memberName} ({member}) stemt via {proxyName} ({proxy})")
    String mandates_line(String memberName, String member, String proxyName, String proxy);

    @Message("Intrekken")
    String mandates_remove();

    @Message("Volmacht vastleggen")
    String mandates_new();

    @Message("Lid dat de volmacht geeft")
    String mandates_member();

    @Message("Gevolmachtigde (stemt ervoor)")
    String mandates_proxy();

    @Message("Vastleggen")
    String mandates_set();

    @Message("Uitslag bekijken")
    String sec_view_result();

    @Message("Uitslag publiceren")
    String sec_publish();

    @Message("Intrekken")
    String sec_cancel();

    @Message("Uitslag publiceren?")
    String sec_confirm_publish_title();

    @Message("Na publicatie is de uitslag voor iedereen te zien, bij een open stemming ook wie wat heeft gestemd. Dit kan niet ongedaan worden gemaakt.")
    String sec_confirm_publish_warning();

    @Message("Ja, uitslag publiceren")
    String sec_confirm_publish();

    @Message("Stemming intrekken?")
    String sec_confirm_cancel_title();

    @Message("Een ingetrokken stemming kan niet meer worden geopend of geteld. Dit kan niet ongedaan worden gemaakt.")
    String sec_confirm_cancel_warning();

    @Message("Deze stemming is open: afgevaardigden stemmen misschien op dit moment. Uitgebrachte stemmen blijven bewaard, maar worden nooit geteld.")
    String sec_confirm_cancel_open();

    @Message("Reden van intrekken")
    String sec_cancel_reason();

    @Message("Verplicht bij een open stemming; de reden komt in het auditlog.")
    String sec_cancel_reason_help();

    @Message("Geef een reden op: een open stemming trekt u alleen in met een reden, die in het auditlog komt.")
    String sec_cancel_reason_required();

    @Message("Ja, stemming intrekken")
    String sec_confirm_cancel();

    @Message("Nee, terug naar de stemmingen")
    String sec_confirm_back();

    @Message("Nieuwe stemming")
    String sec_new_ballot();

    @Message("Vraag")
    String sec_question();

    @Message("Keuzes")
    String sec_option_set();

    @Message("Quorum (percentage van het gewicht, leeg voor geen)")
    String sec_quorum();

    @Message("Bijvoorbeeld 50 of 66,67.")
    String sec_quorum_help();

    @Message("Zichtbaarheid")
    String sec_visibility();

    @Message("Stemming aanmaken")
    String sec_create_ballot();

    @Message("Voor, tegen of onthouding")
    String option_set_yna();

    @Message("Voor of tegen")
    String option_set_yn();

    @Message("Voor en tegen (onthoudingen tellen niet mee)")
    String base_yes_no();

    @Message("Voor, tegen en onthouding")
    String base_yes_no_abstain();

    @Message("Alle uitgebrachte stemmen")
    String base_cast();

    @Message("Alle stemgerechtigden (niet stemmen telt als tegen)")
    String base_entitled();

    @Message("Gewone meerderheid (meer voor dan tegen)")
    String majority_simple();

    @Message("Volstrekte meerderheid (meer dan de helft)")
    String majority_absolute();

    @Message("Twee derde")
    String majority_two_thirds();

    @Message("Drie kwart")
    String majority_three_quarters();

    @Message("Open: na publicatie is per lid te zien wat het stemde")
    String visibility_open();

    @Message("Geheim: alleen het totaal wordt bekend")
    String visibility_secret();

    @Message("Het formulier bevat fouten:")
    String form_has_errors();

    @Message("{#when code}{#is 'question'}Vul de vraag in.{#is 'question-length'}De vraag is te lang (hoogstens 500 tekens).{#is 'quorum'}Het quorum is een percentage boven 0 en hoogstens 100, met hoogstens twee decimalen.{#else}Kies een geldige waarde.{/when}")
    String form_error(String code);

    // Editing members and agenda items
    @Message("{name} ({code})")
    String member_title(String name, String code);

    @Message("Terug naar de leden")
    String member_back();

    @Message("Lid wijzigen")
    String member_edit();

    @Message("Het gewicht is nu {weight}.")
    String member_weight_now(int weight);

    @Message("Een inactief lid krijgt geen stemrecht in nieuwe stemmingen.")
    String member_active_help();

    @Message("Opslaan")
    String member_save();


    @Message("Lid verwijderen")
    String member_remove_heading();

    @Message("Een lid dat in stemmingen of volmachten voorkomt, wordt niet verwijderd maar gedeactiveerd: eerdere uitslagen blijven het noemen en het krijgt geen stemrecht in nieuwe stemmingen.")
    String member_remove_help();

    @Message("{name} verwijderen")
    String member_remove_link(String name);

    @Message("{name} ({code}) verwijderen?")
    String member_remove_title(String name, String code);

    @Message("Weet u zeker dat u dit lid wilt verwijderen?")
    String member_remove_question();

    @Message("Ja, verwijder dit lid")
    String member_remove_confirm();

    @Message("Nee, terug")
    String member_remove_cancel();

    @Message("Lid {code} is opgeslagen.")
    String member_saved(String code);

    @Message("Lid {code} is verwijderd.")
    String member_deleted(String code);

    @Message("Lid {code} komt voor in stemmingen of volmachten en is daarom niet verwijderd maar gedeactiveerd.")
    String member_deactivated(String code);

    @Message("{#when status}{#is 'PENDING'}In behandeling{#is 'ADOPTED'}Aangenomen{#is 'REJECTED'}Verworpen{#is 'WITHDRAWN'}Ingetrokken{#else}{status}{/when}")
    String resolution_status(String status);

    @Message("Bij het publiceren van een uitslag wordt een agendapunt dat in behandeling is vanzelf Aangenomen of Verworpen.")
    String resolution_status_help();


    @Message("Agendapunt {item}")
    String resolution_title(String item);

    @Message("Terug naar de vergadering")
    String resolution_back();

    @Message("Agendapunt wijzigen")
    String resolution_edit();

    @Message("Opslaan")
    String resolution_save();

    @Message("Agendapunt verwijderen")
    String resolution_remove_heading();

    @Message("Een agendapunt waarover nog niet is gestemd, kan van de agenda worden gehaald; stemmingen erop die nooit geopend zijn, verdwijnen dan ook. Is er al over gestemd, zet de status dan op Ingetrokken.")
    String resolution_remove_help();

    @Message("Agendapunt {item} verwijderen")
    String resolution_remove_link(String item);

    @Message("Agendapunt {item} ({title}) verwijderen?")
    String resolution_remove_title(String item, String title);

    @Message("{#if count == 0}Er zijn geen stemmingen op dit agendapunt.{#else if count == 1}De stemming op dit agendapunt is nooit geopend en wordt ook verwijderd.{#else}De {count} stemmingen op dit agendapunt zijn nooit geopend en worden ook verwijderd.{/if}")
    String resolution_remove_drafts(int count);

    @Message("Weet u zeker dat u dit agendapunt wilt verwijderen?")
    String resolution_remove_question();

    @Message("Ja, verwijder dit agendapunt")
    String resolution_remove_confirm();

    @Message("Terug naar het agendapunt")
    String resolution_remove_back();

    @Message("Dit agendapunt kan niet worden verwijderd: er is al over gestemd. Zet de status op Ingetrokken als het niet meer wordt behandeld.")
    String resolution_has_ballots();

    @Message("Agendapunt {item} is opgeslagen.")
    String resolution_saved(String item);

    @Message("Agendapunt {item} is van de agenda gehaald.")
    String resolution_deleted(String item);

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

    @Message("Deze actie kan niet via dit adres")
    String error_method_title();

    @Message("Dit adres kan niet zo worden gebruikt. Ga terug naar de vorige pagina en gebruik de knop op die pagina.")
    String error_method();

    @Message("Er ging iets mis")
    String error_server_title();

    @Message("Er ging bij ons iets mis; er is niets gewijzigd. Probeer het over een ogenblik opnieuw.")
    String error_server();

    // Sessions
    @Message("U was uitgelogd; uw stem is niet opgeslagen, stem opnieuw.")
    String session_lost_vote();

    @Message("U was uitgelogd; uw actie is niet uitgevoerd. Probeer het opnieuw.")
    String session_lost_action();

    @Message("Uitloggen")
    String logout_title();

    @Message("Wilt u uitloggen? Dan moet u opnieuw inloggen om te stemmen of de vergadering te leiden.")
    String logout_intro();

    // Receipt check
    @Message("Ontvangstcode controleren")
    String receipt_title();

    @Message("Met de ontvangstcode die u na het stemmen kreeg, controleert u dat uw stem is meegeteld zoals u hem uitbracht. Bij een open stemming kan dat meteen, bij een geheime stemming zodra de uitslag is gepubliceerd. U hoeft niet in te loggen.")
    String receipt_intro();

    @Message("Stemming")
    String receipt_ballot();

    @Message("Kies een stemming")
    String receipt_choose();

    @Message("Er zijn in deze vergadering nog geen stemmingen om te controleren.")
    String receipt_no_ballots();

    @Message("Ontvangstcode")
    String receipt_code();

    @Message("28 tekens in groepjes van vier, bijvoorbeeld 7KQF-M2XA-…; kleine letters en zonder streepjes mag ook.")
    String receipt_code_help();

    @Message("Controleren")
    String receipt_submit();

    @Message("Uw stem is geteld")
    String receipt_counted_title();

    @Message("Vastgelegde keuze")
    String receipt_counted_choice();

    @Message("Namens lid")
    String receipt_counted_member();

    @Message("Bij een geheime stemming is de ontvangstcode een controlecode van uw versleutelde stem: die telt mee, maar niemand kan eruit afleiden wat of namens welk lid gestemd is.")
    String receipt_counted_secret();

    @Message("De stemming is nog open. Wijzigt u uw stem, dan krijgt u een nieuwe ontvangstcode en vindt deze code niets meer.")
    String receipt_still_open();

    @Message("Niet bevestigd")
    String receipt_not_confirmed_title();

    @Message("Dit is geen geldige ontvangstcode. Een code heeft 28 tekens: de cijfers 2 tot en met 9 en letters zonder I en O, in groepjes van vier.")
    String receipt_malformed();

    @Message("Kies de stemming waarop u hebt gestemd.")
    String receipt_choose_ballot();

    @Message("Die stemming bestaat niet. Kies een stemming uit de lijst.")
    String receipt_unknown_ballot();

    @Message("Controleer of uw stem is geteld")
    String receipt_link_recorded();

    @Message("Ontvangstcode controleren")
    String receipt_link_results();

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

    @Message("Bijwerkingen tijdens een stemming (opkomst, uitslag) worden aan schermlezers gemeld, de opkomst hooguit eens per 5 seconden.")
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

    // Delegate register and invitations (issue 9)
    @Message("Afgevaardigden")
    String sec_nav_delegates();

    @Message("U stemt voor {name} ({code}).")
    String vote_acting_for(String name, String code);

    @Message("Met een volmacht ook voor: {members}.")
    String vote_acting_mandates(String members);

    @Message("Uitnodigingscode invullen")
    String vote_enter_invitation();
}
