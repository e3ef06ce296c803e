package nl.plenum.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoStoreTest {

    @Test
    void receiptsChoicesAndPersonalPagesAreNeverStored() {
        for (String path : new String[] {"/vote", "/vote/12", "/receipt", "/chair/ballots/3", "/secretariat", "/screen/3",
                "/api/v1/ballots/12/votes/GM0363", "/api/v1/ballots/12/votes", "/api/v1/ballots/12/receipts/ABCD",
                "/api/v1/ballots/12/receipt-checks"}) {
            assertTrue(NoStore.isPrivate(path), path);
        }
    }

    @Test
    void publicPagesMayBeCached() {
        for (String path : new String[] {"/", "/results/12", "/css/plenum.css", "/voter", "/api/v1/ballots/12", "/toegankelijkheid"}) {
            assertFalse(NoStore.isPrivate(path), path);
        }
    }
}
