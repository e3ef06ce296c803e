package nl.plenum.delegate;

import java.time.OffsetDateTime;

/**
 * One entry of the delegate register: a person designated to vote for a member, for one assembly
 * ({@code assemblyId}) or until revoked ({@code assemblyId} null). {@code loginName} is the name the
 * provider gave the bound login when it bound; the login itself (issuer + subject) is not shown.
 */
public record Delegate(long id, String member, String memberName, Long assemblyId, String name, String email,
        DelegateStatus status, String loginName, OffsetDateTime designatedAt, OffsetDateTime boundAt,
        OffsetDateTime revokedAt, OffsetDateTime invitationExpiresAt) {
}
