package nl.plenum.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The one association this deployment serves (row id 1) and its statutory weight table. */
@Entity
public class Association extends PanacheEntityBase {

    public static final short ID = 1;

    @Id
    public Short id;

    public String name;

    /** The bracket table as {@link WeightBrackets#spec()}. */
    @Column(name = "weight_brackets")
    public String weightBrackets;

    public WeightBrackets brackets() {
        return WeightBrackets.parse(weightBrackets);
    }
}
