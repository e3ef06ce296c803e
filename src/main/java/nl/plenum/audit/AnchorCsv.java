package nl.plenum.audit;

import java.util.Optional;

/** The rows every CSV export ends with: the signed chain head at publication and the key's fingerprint. */
public final class AnchorCsv {

    private AnchorCsv() {
    }

    public static String rows(String fingerprint, Optional<SignedHead> head) {
        StringBuilder csv = new StringBuilder("\r\naudit,value\r\n");
        csv.append("key_fingerprint,").append(fingerprint).append("\r\n");
        head.ifPresent(h -> csv.append("head_seq,").append(h.seq()).append("\r\n")
                .append("head_hash,").append(h.hash()).append("\r\n")
                .append("head_key_id,").append(h.keyId()).append("\r\n")
                .append("head_signature,").append(h.signature()).append("\r\n"));
        return csv.toString();
    }
}
