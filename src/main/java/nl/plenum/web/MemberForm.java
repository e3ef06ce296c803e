package nl.plenum.web;

import nl.plenum.member.Member;

/**
 * The member page's form as typed, so a refused form comes back as the secretariat left it.
 *
 * @param weight empty: derived from the association's weight brackets
 */
public record MemberForm(String code, String name, String inhabitants, String weight, boolean active) {

    static MemberForm of(Member m) {
        return new MemberForm(m.code, m.name, Long.toString(m.inhabitants), m.weightExplicit ? Integer.toString(m.weight) : "", m.active);
    }

    /** Out-of-range weights are clamped, so that validation reports them as too large, not as some wrapped number. */
    static Integer weight(Long votes) {
        return votes == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, votes));
    }
}
