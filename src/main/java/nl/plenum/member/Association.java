package nl.plenum.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one association this deployment serves (row id 1) and its statutory weight table. */
@Entity
@Table(name = "association")
public class Association {

    public static final short ID = 1;

    @Id
    public Short id;

    public String name;

    /** The bracket table as {@link WeightBrackets#spec()}. */
    @Column(name = "weight_brackets")
    public String weightBrackets;

    @Enumerated(EnumType.STRING)
    @Column(name = "projector_reveal")
    public ProjectorReveal projectorReveal;

    public WeightBrackets brackets() {
        return WeightBrackets.parse(weightBrackets);
    }
}
