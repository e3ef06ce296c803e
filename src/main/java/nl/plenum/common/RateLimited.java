package nl.plenum.common;

/** Too many requests from one login: answered 429 with {@code Retry-After}. */
public class RateLimited extends DomainException {

    private final long retryAfterSeconds;

    public RateLimited(String detail, long retryAfterSeconds) {
        super(429, "too-many-requests", "Too many requests", detail, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
