package nl.plenum.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import java.math.BigDecimal;
import java.util.Locale;
import nl.plenum.ballot.BallotView;

/** A ballot's rules in the page's language, for templates: {@code {ballot.quorumPercent}} gives "66,67 %". */
@TemplateExtension
public final class BallotFormats {

    private BallotFormats() {
    }

    static String quorumPercent(BallotView ballot, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return ballot.quorum() == null ? null
                : Numbers.percent(ballot.quorum().multiply(BigDecimal.valueOf(100)), Dates.locale(locale));
    }
}
