package nl.plenum.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The layout's notice ({@code inject:lostAction}) that a form posted after the session ended was not carried out. */
@Named("lostAction")
@RequestScoped
public class LostActionNotice {

    @Inject
    RoutingContext request;

    @Inject
    ErrorPages pages;

    public boolean shown() {
        return request.get(LostActions.SHOW) != null;
    }

    public String text() {
        LostAction lost = request.get(LostActions.SHOW);
        if (lost == null) {
            return "";
        }
        return lost.wasVote() ? pages.messages().session_lost_vote() : pages.messages().session_lost_action();
    }
}
