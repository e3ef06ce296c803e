package nl.plenum.ballot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An assembly's stored {@link BallotDefaults}; kept by the ballot feature so ballot needs nothing from assembly but its id. */
@Entity
@Table(name = "assembly_ballot_defaults")
public class AssemblyBallotDefaults {

    @Id
    @Column(name = "assembly_id")
    public Long assemblyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "option_set", nullable = false)
    public OptionSet optionSet;

    @Enumerated(EnumType.STRING)
    @Column(name = "percent_base", nullable = false)
    public PercentBase percentBase;

    @Enumerated(EnumType.STRING)
    @Column(name = "majority_rule", nullable = false)
    public MajorityRule majorityRule;

    public BigDecimal quorum;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility;

    BallotDefaults defaults() {
        return new BallotDefaults(optionSet, percentBase, majorityRule, quorum, visibility);
    }
}
