package nl.plenum.web;

import nl.plenum.common.DomainException;

/** Turns a service's refusal into a sentence for the page, in the viewer's language. */
final class PageProblems {

    private PageProblems() {
    }

    /** The problem's type, e.g. {@code ballot-not-open}: the last segment of its type URI. */
    static String type(DomainException e) {
        String uri = e.toProblem(null).type();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    static String describe(DomainException e, Messages messages) {
        return messages.problem(type(e), e.status());
    }
}
