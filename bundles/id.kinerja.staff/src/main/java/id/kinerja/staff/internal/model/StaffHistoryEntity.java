package id.kinerja.staff.internal.model;

import java.sql.Timestamp;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.core.api.staff.StaffHistoryEntry;

@Entity
@Table(name = "STAFF_HISTORY")
public class StaffHistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NIP", nullable = false)
    private String nip;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private StaffHistoryEntry.Kind kind;

    @Column(name = "OLD_VALUE")
    private String oldValue;

    @Column(name = "NEW_VALUE")
    private String newValue;

    @Column(name = "EFFECTIVE_DATE", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "RECORDED_AT", nullable = false)
    private Timestamp recordedAt;

    public StaffHistoryEntity() {
    }

    public StaffHistoryEntity(String nip, StaffHistoryEntry.Kind kind, String oldValue, String newValue,
            LocalDate effectiveDate, Timestamp recordedAt) {
        this.nip = nip;
        this.kind = kind;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.effectiveDate = effectiveDate;
        this.recordedAt = recordedAt;
    }

    public StaffHistoryEntry toEntry() {
        return new StaffHistoryEntry(kind, oldValue, newValue, effectiveDate, recordedAt.toInstant());
    }

    public Long getId() { return id; }
    public String getNip() { return nip; }
    public StaffHistoryEntry.Kind getKind() { return kind; }
}
