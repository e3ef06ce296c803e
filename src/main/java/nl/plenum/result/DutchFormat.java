package nl.plenum.result;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as Dutch readers expect them: decimal comma, dots between thousands. */
public final class DutchFormat {

    /** Non-breaking space, so "99,44 %" never wraps between number and sign. */
    public static final char NBSP = '\u00A0';

    /** Shown where no percentage exists (a choice outside the base, or an empty base). */
    public static final String NO_PERCENT = "—";

    private DutchFormat() {
    }

    /** "99,44 %": always two decimals (half-up), a non-breaking space before the sign; null gives "—". */
    public static String percent(BigDecimal p) {
        if (p == null) {
            return NO_PERCENT;
        }
        String plain = p.setScale(Percent.SCALE, RoundingMode.HALF_UP).toPlainString();
        int dot = plain.indexOf('.');
        return grouped(plain.substring(0, dot)) + ',' + plain.substring(dot + 1) + NBSP + '%';
    }

    /** "1.234.567": dots between groups of three digits. */
    public static String number(long n) {
        return grouped(Long.toString(n));
    }

    private static String grouped(String digits) {
        int start = digits.startsWith("-") ? 1 : 0;
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        out.append(digits, 0, start);
        for (int i = start; i < digits.length(); i++) {
            if (i > start && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
