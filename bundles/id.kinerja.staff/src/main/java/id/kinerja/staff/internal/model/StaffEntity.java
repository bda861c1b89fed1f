package id.kinerja.staff.internal.model;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import id.kinerja.core.api.staff.EmploymentType;
import id.kinerja.core.api.staff.Gender;
import id.kinerja.core.api.staff.PositionKind;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffStatus;

@Entity
@Table(name = "STAFF")
public class StaffEntity {

    @Id
    private String nip;

    private String fullName;

    /** The name's words ({@link NameWords}), kept with it: what the search by name looks up. */
    @ElementCollection
    @CollectionTable(name = "STAFF_NAME_WORD", joinColumns = @JoinColumn(name = "NIP"))
    private Set<NameWord> nameWords = new HashSet<>();

    /** The name's pairs of words ({@link NameWords#pairs}), kept with it: what a search of two words looks up. */
    @ElementCollection
    @CollectionTable(name = "STAFF_NAME_PAIR", joinColumns = @JoinColumn(name = "NIP"))
    private Set<NamePair> namePairs = new HashSet<>();

    @Enumerated(EnumType.STRING)
    private EmploymentType employmentType;

    @Column(name = "RANK_CODE", nullable = false)
    private String rank;

    private LocalDate rankSince;

    private String positionName;

    @Enumerated(EnumType.STRING)
    private PositionKind positionKind;

    private int positionClass;

    private String unitCode;

    private String supervisorNip;

    @Enumerated(EnumType.STRING)
    private StaffStatus status;

    private int spouseCount;

    private int childCount;

    private String email;

    private String phone;

    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private Timestamp createdAt;

    private Timestamp updatedAt;

    @Version
    private int rowVersion;

    public StaffMember toMember() {
        return new StaffMember(nip, fullName, employmentType, rank, rankSince, positionName, positionKind,
                positionClass, unitCode, supervisorNip, status, spouseCount, childCount, email, phone);
    }

    public String getNip() { return nip; }
    public void setNip(String nip) { this.nip = nip; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) {
        boolean changed = !Objects.equals(this.fullName, fullName);
        this.fullName = fullName;
        if (changed) {
            indexNameWords();
        }
    }

    /** Writes the name's words and pairs of words anew (for rows registered before they were kept). */
    public void indexNameWords() {
        nameWords.clear();
        NameWords.of(fullName).forEach(word -> nameWords.add(new NameWord(word, fullName)));
        namePairs.clear();
        NameWords.pairs(fullName).forEach(pair -> namePairs.add(new NamePair(pair, fullName)));
    }
    public EmploymentType getEmploymentType() { return employmentType; }
    public void setEmploymentType(EmploymentType employmentType) { this.employmentType = employmentType; }
    public String getRank() { return rank; }
    public void setRank(String rank) { this.rank = rank; }
    public LocalDate getRankSince() { return rankSince; }
    public void setRankSince(LocalDate rankSince) { this.rankSince = rankSince; }
    public String getPositionName() { return positionName; }
    public void setPositionName(String positionName) { this.positionName = positionName; }
    public PositionKind getPositionKind() { return positionKind; }
    public void setPositionKind(PositionKind positionKind) { this.positionKind = positionKind; }
    public int getPositionClass() { return positionClass; }
    public void setPositionClass(int positionClass) { this.positionClass = positionClass; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public String getSupervisorNip() { return supervisorNip; }
    public void setSupervisorNip(String supervisorNip) { this.supervisorNip = supervisorNip; }
    public StaffStatus getStatus() { return status; }
    public void setStatus(StaffStatus status) { this.status = status; }
    public int getSpouseCount() { return spouseCount; }
    public void setSpouseCount(int spouseCount) { this.spouseCount = spouseCount; }
    public int getChildCount() { return childCount; }
    public void setChildCount(int childCount) { this.childCount = childCount; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public Timestamp getCreatedAt() { return createdAt; }
    public void setCreatedAt(Timestamp createdAt) { this.createdAt = createdAt; }
    public Timestamp getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Timestamp updatedAt) { this.updatedAt = updatedAt; }
}
