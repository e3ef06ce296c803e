package nl.plenum.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A member organisation (e.g. a municipality) with its statutory weight. */
@Entity
@Table(name = "member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String name;

    public long inhabitants;

    public int weight;

    /** False: the weight follows the association's bracket table and is re-derived when that changes. */
    @Column(name = "weight_explicit")
    public boolean weightExplicit;

    /** A member that took part in ballots is deactivated instead of deleted, so results keep their history. */
    public boolean active = true;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
    }

    /** Sets inhabitants and weight; a null weight means "derive it from the brackets". */
    public void assign(long inhabitants, Integer explicitWeight, WeightBrackets brackets) {
        this.inhabitants = inhabitants;
        this.weightExplicit = explicitWeight != null;
        this.weight = explicitWeight != null ? explicitWeight : brackets.weightFor(inhabitants);
    }
}
