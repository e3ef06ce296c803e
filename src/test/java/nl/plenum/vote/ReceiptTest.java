package nl.plenum.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    @Test
    void issuedCodesAreGroupsOfFourFromTheUnambiguousAlphabet() {
        String code = Receipt.issue().code();

        assertTrue(code.matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){6}"), code);
        assertTrue(Receipt.isWellFormed(code), code);
    }

    @Test
    void alphabetHasThirtyTwoSymbolsWithoutLookAlikes() {
        assertEquals(32, Receipt.ALPHABET.chars().distinct().count());
        for (char lookAlike : new char[] {'0', 'O', '1', 'I'}) {
            assertEquals(-1, Receipt.ALPHABET.indexOf(lookAlike), String.valueOf(lookAlike));
        }
        // At least 128 random bits.
        assertTrue(Receipt.LENGTH * 5 >= 128);
    }

    @Test
    void manyIssuedCodesAreAllDifferent() {
        Set<String> codes = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            Receipt receipt = Receipt.issue();
            codes.add(receipt.code());
            hashes.add(receipt.hash());
        }
        assertEquals(50_000, codes.size());
        assertEquals(50_000, hashes.size());
    }

    @Test
    void issuedCodesUseEverySymbol() {
        // A broken generator (e.g. a fixed index) would leave most of the alphabet unused.
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            for (char c : Receipt.issue().code().replace("-", "").toCharArray()) {
                seen.add(c);
            }
        }
        assertEquals(32, seen.size());
    }

    @Test
    void hashIsSha256HexOfTheNormalisedCode() {
        // "abc" normalises to "ABC"; printf ABC | sha256sum
        assertEquals("b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78", Receipt.hash("abc"));
        assertEquals(64, Receipt.hash(Receipt.issue().code()).length());
    }

    @Test
    void typingVariationsHashTheSame() {
        String code = Receipt.issue().code();
        String hash = Receipt.hash(code);

        assertEquals(hash, Receipt.hash(code.toLowerCase()));
        assertEquals(hash, Receipt.hash(code.replace("-", "")));
        assertEquals(hash, Receipt.hash(code.replace("-", " ")));
        assertEquals(hash, Receipt.hash("  " + code.replace("-", " - ").toLowerCase() + "\n"));
        assertNotEquals(hash, Receipt.hash(Receipt.issue().code()));
    }

    @Test
    void instanceHashMatchesStaticHash() {
        Receipt receipt = Receipt.issue();
        assertEquals(Receipt.hash(receipt.code()), receipt.hash());
    }

    @Test
    void typedCodeIsReadBackInCanonicalForm() {
        Receipt issued = Receipt.issue();
        Receipt typed = Receipt.of(issued.code().toLowerCase().replace("-", " "));

        assertEquals(issued, typed);
        assertEquals(issued.code(), typed.code());
        assertThrows(IllegalArgumentException.class, () -> Receipt.of("nonsense"));
    }

    @Test
    void wellFormedAcceptsTypingVariations() {
        String code = Receipt.issue().code();
        assertTrue(Receipt.isWellFormed(code.toLowerCase()));
        assertTrue(Receipt.isWellFormed(code.replace("-", "")));
        assertTrue(Receipt.isWellFormed(code.replace("-", " ")));
    }

    @Test
    void wellFormedRejectsJunk() {
        String code = Receipt.issue().code();
        assertFalse(Receipt.isWellFormed(null));
        assertFalse(Receipt.isWellFormed(""));
        assertFalse(Receipt.isWellFormed("----"));
        assertFalse(Receipt.isWellFormed(code.substring(0, code.length() - 1)), "one symbol short");
        assertFalse(Receipt.isWellFormed(code + "A"), "one symbol too many");
        assertFalse(Receipt.isWellFormed("0" + code.substring(1)), "zero is not in the alphabet");
        assertFalse(Receipt.isWellFormed("O" + code.substring(1)), "O is not in the alphabet");
        assertFalse(Receipt.isWellFormed("I" + code.substring(1)), "I is not in the alphabet");
        assertFalse(Receipt.isWellFormed("1" + code.substring(1)), "one is not in the alphabet");
        assertFalse(Receipt.isWellFormed("ä" + code.substring(1)));
        assertFalse(Receipt.isWellFormed("'; DROP TABLE vote; --"));
        assertFalse(Receipt.isWellFormed(" ".repeat(200) + code), "absurdly long input");
    }

    @Test
    void toStringDoesNotRevealTheCode() {
        Receipt receipt = Receipt.issue();
        assertFalse(receipt.toString().contains(receipt.code()));
        assertFalse(receipt.toString().contains(receipt.code().substring(5)));
    }

    @Test
    void hashOfNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Receipt.hash(null));
    }
}
