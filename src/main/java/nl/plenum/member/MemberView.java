package nl.plenum.member;

/** A member as the API shows it. */
public record MemberView(String code, String name, long inhabitants, int weight, boolean weightExplicit, boolean active) {

    static MemberView of(Member member) {
        return new MemberView(member.code, member.name, member.inhabitants, member.weight, member.weightExplicit, member.active);
    }
}
