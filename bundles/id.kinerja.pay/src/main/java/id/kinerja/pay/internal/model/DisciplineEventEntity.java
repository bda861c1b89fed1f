package id.kinerja.pay.internal.model;

import java.sql.Timestamp;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import id.kinerja.pay.internal.DisciplineEvent;

@Entity
@Table(name = "PAY_DISCIPLINE_EVENT")
public class DisciplineEventEntity {

    @Id
    @SequenceGenerator(name = "payEvent", sequenceName = "PAY_DISCIPLINE_EVENT_SEQ", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payEvent")
    public Long id;

    public String nip;

    @Column(name = "EVENT_DATE", nullable = false)
    public LocalDate date;

    @Column(name = "EVENT_MONTH", nullable = false)
    public String month;

    @Enumerated(EnumType.STRING)
    public DisciplineEvent.Kind kind;

    public int minutes;

    public String note;

    public Timestamp recordedAt;

    public DisciplineEvent toEvent() {
        return new DisciplineEvent(nip, date, kind, minutes, note);
    }
}
