package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LostActionTest {

    @Test
    void theFormsPageComesFromTheRefererOfThisSite() {
        LostAction lost = LostAction.of("/chair/ballots/7/close", "https://plenum.example.org/chair/ballots/7?x=1", "plenum.example.org");
        assertEquals("/chair/ballots/7?x=1", lost.pagePath());
        assertFalse(lost.wasVote());
    }

    @Test
    void aRefererOfAnotherSiteOrNoneFallsBackToThePostsOwnPath() {
        assertEquals("/vote/3", LostAction.of("/vote/3", "https://evil.example/vote/9", "plenum.example.org").pagePath());
        assertEquals("/vote/3", LostAction.of("/vote/3", null, "plenum.example.org").pagePath());
        assertEquals("/vote/3", LostAction.of("/vote/3", "::not a uri::", "plenum.example.org").pagePath());
        assertTrue(LostAction.of("/vote/3", null, null).wasVote());
    }

    @Test
    void theCookieRoundTrips() {
        LostAction lost = new LostAction("/chair/ballots/7/close", "/chair/ballots/7");
        assertEquals(Optional.of(lost), LostAction.fromCookie(lost.cookieValue()));
    }

    @Test
    void aPlantedCookieCannotSendTheBrowserOffSite() {
        String planted = Base64.getUrlEncoder().encodeToString("/vote/1\n//evil.example/".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), LostAction.fromCookie(planted));
        assertEquals(Optional.empty(), LostAction.fromCookie("not base64!"));
        assertEquals(Optional.empty(), LostAction.fromCookie(""));
        assertThrows(IllegalArgumentException.class, () -> new LostAction("/vote/1", "https://evil.example/"));
        assertFalse(LostAction.isLocal("/\\evil.example"));
        assertFalse(LostAction.isLocal("/vote/1\r\nSet-Cookie: x"));
    }
}
