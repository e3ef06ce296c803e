package nl.plenum.packaged;

/** Member codes the load uses: a prefix and a zero-padded number, e.g. {@code BM000042}. */
public final class MemberCodes {

    private MemberCodes() {
    }

    public static String code(String prefix, int number) {
        return prefix + String.format("%06d", number);
    }
}
