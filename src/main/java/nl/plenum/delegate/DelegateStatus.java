package nl.plenum.delegate;

/** Where a register entry stands: designated by the secretariat, bound to a login, or revoked. */
public enum DelegateStatus {
    DESIGNATED, BOUND, REVOKED
}
