package id.kinerja.staff.internal.model;

import java.sql.Timestamp;
import java.time.LocalDate;

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
    private Long id;

    private String nip;

    @Enumerated(EnumType.STRING)
    private StaffHistoryEntry.Kind kind;

    private String oldValue;

    private String newValue;

    private LocalDate effectiveDate;

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
