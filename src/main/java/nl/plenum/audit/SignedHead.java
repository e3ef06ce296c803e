package nl.plenum.audit;

/**
 * The chain head at one moment (the last event's seq and hash), signed by the audit key. Members keep
 * it from the results page; a later rewrite of the chain cannot produce it again.
 */
public record SignedHead(long seq, String hash, String keyId, String signature) {
}
