package nl.plenum.audit;

import java.util.Optional;

/** The rows every CSV export ends with: the signed chain head at publication and the key's fingerprint. */
public final class AnchorCsv {

    private AnchorCsv() {
    }

    public static String rows(String fingerprint, Optional<SignedHead> head) {
        return rows(fingerprint, head, ',');
    }

    /** With the export's own separator, so a spreadsheet opens these rows into columns too. */
    public static String rows(String fingerprint, Optional<SignedHead> head, char separator) {
        StringBuilder csv = new StringBuilder("\r\naudit").append(separator).append("value\r\n");
        csv.append("key_fingerprint").append(separator).append(fingerprint).append("\r\n");
        head.ifPresent(h -> csv.append("head_seq").append(separator).append(h.seq()).append("\r\n")
                .append("head_hash").append(separator).append(h.hash()).append("\r\n")
                .append("head_key_id").append(separator).append(h.keyId()).append("\r\n")
                .append("head_signature").append(separator).append(h.signature()).append("\r\n"));
        return csv.toString();
    }
}
