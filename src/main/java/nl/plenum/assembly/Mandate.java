package nl.plenum.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import nl.plenum.member.Member;

/** For one assembly, {@code member}'s vote is cast by the delegate of {@code proxy}. */
@Entity
@Table(name = "mandate")
public class Mandate {

    @EmbeddedId
    public Key id;

    @MapsId("memberId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    public Member member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proxy_member_id")
    public Member proxy;

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "assembly_id")
        public Long assemblyId;

        @Column(name = "member_id")
        public Long memberId;

        public Key() {
        }

        public Key(Long assemblyId, Long memberId) {
            this.assemblyId = assemblyId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(assemblyId, key.assemblyId) && Objects.equals(memberId, key.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assemblyId, memberId);
        }
    }
}
