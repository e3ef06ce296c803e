package nl.plenum.ballot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A ballot on a resolution. Its rules are fixed at creation; its state moves only forward. */
@Entity
@Table(name = "ballot")
public class Ballot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "resolution_id", nullable = false)
    public long resolutionId;

    @Column(nullable = false)
    public String question;

    @Enumerated(EnumType.STRING)
    @Column(name = "option_set", nullable = false)
    public OptionSet optionSet = OptionSet.YNA;

    @Enumerated(EnumType.STRING)
    @Column(name = "percent_base", nullable = false)
    public PercentBase percentBase = PercentBase.YES_NO;

    @Enumerated(EnumType.STRING)
    @Column(name = "majority_rule", nullable = false)
    public MajorityRule majorityRule = MajorityRule.SIMPLE;

    public BigDecimal quorum;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility = Visibility.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BallotState state = BallotState.DRAFT;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** A SECRET ballot's public key (hex, SEC1 compressed) from the moment it opens; written by {@link BallotKeys}. */
    @Column(name = "public_key", insertable = false, updatable = false)
    public String publicKey;

    public BallotRules rules() {
        return new BallotRules(optionSet, percentBase, majorityRule, quorum);
    }
}
