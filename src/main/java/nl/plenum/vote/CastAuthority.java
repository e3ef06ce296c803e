package nl.plenum.vote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plenum.common.DomainException;
import nl.plenum.security.Login;

/**
 * Who may cast for whom, decided in the vote batch's own transaction: the delegate register says which
 * member a login acts for (row locked FOR SHARE, so a revocation waits for the batch or is seen by it),
 * and the entitlement says which proxy was frozen for the member when the ballot opened.
 */
final class CastAuthority {

    /** The member a login casts as. */
    record Actor(long memberId, String code) {
    }

    private record Entry(long memberId, String code, Long assemblyId) {
    }

    private final Map<List<String>, Entry> register = new HashMap<>();
    private final Map<String, Long> memberIds;

    private CastAuthority(Map<String, Long> memberIds) {
        this.memberIds = memberIds;
    }

    /** Reads the register entries of the batch's logins; {@code memberIds} must hold the codes of claimed actors. */
    static CastAuthority lookUp(Connection c, List<CastCommand> commands, Map<String, Long> memberIds) throws SQLException {
        CastAuthority authority = new CastAuthority(memberIds);
        String[] issuers = commands.stream().filter(cmd -> cmd.claimedActor() == null && cmd.login() != null)
                .map(cmd -> cmd.login().issuer()).toArray(String[]::new);
        String[] subjects = commands.stream().filter(cmd -> cmd.claimedActor() == null && cmd.login() != null)
                .map(cmd -> cmd.login().subject()).toArray(String[]::new);
        if (issuers.length == 0) {
            return authority;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT d.login_issuer, d.login_subject, m.id, m.code, d.assembly_id
                FROM delegate d JOIN member m ON m.id = d.member_id AND m.active
                JOIN unnest(?::text[], ?::text[]) AS l(issuer, subject) ON d.login_issuer = l.issuer AND d.login_subject = l.subject
                WHERE d.revoked_at IS NULL FOR SHARE OF d""")) {
            ps.setArray(1, c.createArrayOf("text", issuers));
            ps.setArray(2, c.createArrayOf("text", subjects));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    authority.register.put(List.of(rs.getString(1), rs.getString(2)),
                            new Entry(rs.getLong(3), rs.getString(4), (Long) rs.getObject(5)));
                }
            }
        }
        return authority;
    }

    /** The member the command's login casts as on a ballot of this assembly. */
    Actor actorOf(CastCommand cmd, long assemblyId) {
        if (cmd.claimedActor() != null) {
            Long id = memberIds.get(cmd.claimedActor());
            if (id == null) {
                throw DomainException.forbidden("Your login names member " + cmd.claimedActor() + ", which does not exist");
            }
            return new Actor(id, cmd.claimedActor());
        }
        Login login = cmd.login();
        Entry entry = login == null ? null : register.get(List.of(login.issuer(), login.subject()));
        if (entry == null) {
            throw DomainException.forbidden("Your login is not a delegate in the register (or was revoked): you cannot vote");
        }
        if (entry.assemblyId() != null && entry.assemblyId() != assemblyId) {
            throw DomainException.forbidden("You are designated for assembly " + entry.assemblyId() + " only");
        }
        return new Actor(entry.memberId(), entry.code());
    }

    /** Refuses unless the actor is the member's own delegate, or the proxy frozen for it when the ballot opened. */
    static void authorise(String memberCode, long memberId, Actor actor, Long frozenProxy) {
        if (frozenProxy != null && frozenProxy != actor.memberId()) {
            throw DomainException.forbidden("Member " + memberCode + " gave a mandate for this ballot: only the proxy's delegate votes for it");
        }
        if (frozenProxy == null && memberId != actor.memberId()) {
            throw DomainException.forbidden("You may vote for " + actor.code() + " only, unless a mandate says otherwise");
        }
    }
}
