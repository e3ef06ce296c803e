package nl.plenum.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * PLACEHOLDER on branch admin until the lead's hash-chained AuditLog lands on main:
 * same signature, records nothing. Delete this file when merging main.
 */
@ApplicationScoped
public class AuditLog {

    public void append(String type, Long ballotId, Map<String, Object> payload) {
        // placeholder: the real implementation appends to audit_event in the caller's transaction
    }
}
