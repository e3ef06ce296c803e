package nl.plenum.web;

/** Thrown by a page whose viewer lacks the role; rendered as a readable 403 page by {@link PageErrors}. */
public class PageAccess extends RuntimeException {

    public PageAccess() {
        super(null, null, false, false);
    }

    /** @throws PageAccess unless {@code allowed} */
    static void require(boolean allowed) {
        if (!allowed) {
            throw new PageAccess();
        }
    }
}
