package nl.plenum.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the delegate register and invitation pages. Dutch is the default (here); English lives in
 * {@code messages/reg_en.properties}. Templates use them as {@code reg:key}. A bundle of its own because
 * Quarkus 3.33 generates broken code for a bundle of more than 300 messages.
 */
@MessageBundle(value = "reg", locale = "nl")
public interface DelegateTexts {

    @Message("Afgevaardigdenregister")
    String delegates_title();

    @Message("Leden zonder gekoppelde afgevaardigde: {count}")
    String delegates_without(int count);

    @Message("Elk lid heeft een gekoppelde afgevaardigde.")
    String delegates_all_bound();

    @Message("{count} actieve leden en hun afgevaardigden")
    String delegates_caption(int count);

    @Message("Afgevaardigde")
    String delegates_delegate();

    @Message("Status")
    String delegates_status();

    @Message("Acties")
    String delegates_actions();

    @Message("Geen afgevaardigde")
    String delegates_none();

    @Message("Gekoppeld aan login {name}")
    String delegates_bound(String name);

    @Message("Ingetrokken")
    String delegates_revoked();

    @Message("Aangewezen, nog niet gekoppeld")
    String delegates_designated();

    @Message("(uitnodiging geldig tot {date})")
    String delegates_invited(java.time.LocalDate date);

    @Message("Uitnodiging maken")
    String delegates_invite_button();

    @Message("Uitnodiging maken voor {name}")
    String delegates_invite_for(String name);

    @Message("Intrekken")
    String delegates_revoke_button();

    @Message("{name} intrekken")
    String delegates_revoke_for(String name);

    @Message("Afgevaardigde aanwijzen")
    String delegates_add();

    @Message("Naam van de afgevaardigde")
    String delegates_name();

    @Message("E-mailadres")
    String delegates_email();

    @Message("Aanwijzen")
    String delegates_add_button();

    @Message("De afgevaardigde van {code} is aangewezen. Maak een uitnodiging om de login te koppelen.")
    String delegates_saved(String code);

    @Message("De afgevaardigde van {code} is ingetrokken en kan niet meer stemmen.")
    String delegates_revoked_notice(String code);

    @Message("Uitnodiging om te stemmen")
    String invitation_title();

    @Message("Beste {name}, u bent aangewezen als afgevaardigde van {memberName} ({member}).")
    String invitation_for(String name, String memberName, String member);

    @Message("Ga naar {address} en log in met uw eigen account.")
    String invitation_step_login(String address);

    @Message("Vul de code hieronder in. Daarna stemt u met deze login voor uw lid.")
    String invitation_step_code();

    @Message("Uitnodigingscode")
    String invitation_code_label();

    @Message("De code is eenmalig te gebruiken en geldig tot {date}.")
    String invitation_valid_until(java.time.LocalDate date);

    @Message("Deze code wordt maar één keer getoond: druk deze pagina af of neem de code over in uw brief. Een nieuwe uitnodiging maakt deze code ongeldig.")
    String invitation_once();

    @Message("Terug naar het afgevaardigdenregister")
    String invitation_back();

    @Message("Uitnodigingscode invullen")
    String redeem_title();

    @Message("Vul de code uit de uitnodiging van het secretariaat in. Uw login wordt dan gekoppeld aan uw lid en u kunt stemmen.")
    String redeem_intro();

    @Message("Uw login stemt al voor {member}.")
    String redeem_already(String member);

    @Message("Code gebruiken")
    String redeem_button();

    @Message("Per lid wie er namens het lid stemt en of die persoon al met een eigen login is gekoppeld. Een afgevaardigde stemt pas na het invullen van de uitnodigingscode; wat iemand in zijn account bij de inlogdienst wijzigt, verandert daar niets aan.")
    String delegates_intro();

    @Message("{#when type}{#is 'invitation-used'}Deze code is al gebruikt. Vraag het secretariaat om een nieuwe uitnodiging.{#is 'invitation-expired'}Deze code is verlopen. Vraag het secretariaat om een nieuwe uitnodiging.{#is 'invitation-revoked'}Deze uitnodiging is ingetrokken. Vraag het secretariaat om een nieuwe.{#is 'invitation-unknown'}Er is geen uitnodiging met deze code. Controleer de code.{#is 'login-already-bound'}Uw login stemt al voor een ander lid; een login stemt voor één lid.{#is 'invalid-input'}Een uitnodigingscode heeft 16 letters en cijfers, bijvoorbeeld ABCD-EFGH-JKLM-NPQR.{#else}Dat lukte niet.{/when}")
    String invitation_problem(String type);
}
