package nl.plenum.web;

import jakarta.ws.rs.NotFoundException;
import java.util.function.Supplier;
import nl.plenum.common.DomainException;

/** A page about one thing: an unknown one is the readable 404 page, not the API's problem. */
final class PageLookup {

    private PageLookup() {
    }

    static <T> T found(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw new NotFoundException(e.getMessage());
            }
            throw e;
        }
    }
}
