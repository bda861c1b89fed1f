package id.kinerja.complaints.internal.model;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;

import javax.persistence.Cacheable;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.complaints.internal.ComplaintStatus;

@Entity
@Cacheable
@Table(name = "COMPLAINT")
public class ComplaintEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String trackingCode;

    public String secretHash;

    public String categoryCode;

    public String reportedUnitCode;

    public String unitCode;

    public String description;

    public String location;

    public BigDecimal latitude;

    public BigDecimal longitude;

    public String contactName;

    public String contactEmail;

    public String contactPhone;

    public int anonymous;

    public int confidential;

    @Enumerated(EnumType.STRING)
    public ComplaintStatus status;

    public Timestamp receivedAt;

    public LocalDate verifyDue;

    public Timestamp verifiedAt;

    public LocalDate answerDue;

    public Timestamp assignedAt;

    public Timestamp answeredAt;

    public Timestamp closedAt;

    public String rejectReason;

    public int reopenCount;

    public Integer rating;

    public String ratingComment;

    public Timestamp ratedAt;

    public LocalDate warnedDue;

    public LocalDate escalatedDue;

    public Timestamp updatedAt;

    /**
     * The responsible staff's NIPs in order, comma-separated ({@code ""}: nobody), as {@code COMPLAINT_STAFF}
     * holds them; {@code null} when not kept here (complaints V4): then read from there.
     */
    public String responsibleNips;
}
