package id.kinerja.complaints.internal.model;

import java.math.BigDecimal;
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

import id.kinerja.complaints.internal.ComplaintStatus;

@Entity
@Table(name = "COMPLAINT")
public class ComplaintEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "TRACKING_CODE", nullable = false)
    public String trackingCode;

    @Column(name = "SECRET_HASH", nullable = false)
    public String secretHash;

    @Column(name = "CATEGORY_CODE", nullable = false)
    public String categoryCode;

    @Column(name = "REPORTED_UNIT_CODE")
    public String reportedUnitCode;

    @Column(name = "UNIT_CODE")
    public String unitCode;

    @Column(name = "DESCRIPTION", nullable = false)
    public String description;

    @Column(name = "LOCATION")
    public String location;

    @Column(name = "LATITUDE", precision = 9, scale = 6)
    public BigDecimal latitude;

    @Column(name = "LONGITUDE", precision = 9, scale = 6)
    public BigDecimal longitude;

    @Column(name = "CONTACT_NAME")
    public String contactName;

    @Column(name = "CONTACT_EMAIL")
    public String contactEmail;

    @Column(name = "CONTACT_PHONE")
    public String contactPhone;

    @Column(name = "ANONYMOUS", nullable = false)
    public int anonymous;

    @Column(name = "CONFIDENTIAL", nullable = false)
    public int confidential;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    public ComplaintStatus status;

    @Column(name = "RECEIVED_AT", nullable = false)
    public Timestamp receivedAt;

    @Column(name = "VERIFY_DUE", nullable = false)
    public LocalDate verifyDue;

    @Column(name = "VERIFIED_AT")
    public Timestamp verifiedAt;

    @Column(name = "ANSWER_DUE")
    public LocalDate answerDue;

    @Column(name = "ASSIGNED_AT")
    public Timestamp assignedAt;

    @Column(name = "ANSWERED_AT")
    public Timestamp answeredAt;

    @Column(name = "CLOSED_AT")
    public Timestamp closedAt;

    @Column(name = "REJECT_REASON")
    public String rejectReason;

    @Column(name = "REOPEN_COUNT", nullable = false)
    public int reopenCount;

    @Column(name = "RATING")
    public Integer rating;

    @Column(name = "RATING_COMMENT")
    public String ratingComment;

    @Column(name = "RATED_AT")
    public Timestamp ratedAt;

    @Column(name = "WARNED_DUE")
    public LocalDate warnedDue;

    @Column(name = "ESCALATED_DUE")
    public LocalDate escalatedDue;

    @Column(name = "UPDATED_AT", nullable = false)
    public Timestamp updatedAt;
}
