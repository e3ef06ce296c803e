package nl.plenum.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import nl.plenum.result.DutchFormat;
import nl.plenum.result.Percent;

/** Numbers in the page's language: "99,44 %" and "1.234" in Dutch, "99.44 %" and "1,234" in English. */
final class Numbers {

    private Numbers() {
    }

    static String percent(BigDecimal p, Locale locale) {
        if (!english(locale)) {
            return DutchFormat.percent(p);
        }
        if (p == null) {
            return DutchFormat.NO_PERCENT;
        }
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(p.setScale(Percent.SCALE, RoundingMode.HALF_UP)) + DutchFormat.NBSP + '%';
    }

    static String number(long n, Locale locale) {
        return english(locale) ? String.format(Locale.ENGLISH, "%,d", n) : DutchFormat.number(n);
    }

    /** A plain decimal for SVG and progress attributes, which take no locale: "99.44". */
    static String plain(BigDecimal p) {
        return p == null ? "0" : p.setScale(Percent.SCALE, RoundingMode.HALF_UP).toPlainString();
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
