package nl.plenum.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An item on an assembly's agenda that members vote on; its text is Markdown. */
@Entity
@Table(name = "resolution")
public class Resolution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assembly_id")
    public long assemblyId;

    @Column(name = "agenda_item")
    public String agendaItem;

    public String title;

    @Column(name = "text_markdown")
    public String text = "";

    @Enumerated(EnumType.STRING)
    public ResolutionStatus status = ResolutionStatus.PENDING;
}
