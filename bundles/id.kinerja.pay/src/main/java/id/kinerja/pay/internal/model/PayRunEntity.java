package id.kinerja.pay.internal.model;

import java.math.BigDecimal;
import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.pay.internal.PayRun;

@Entity
@Table(name = "PAY_RUN")
public class PayRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "RUN_MONTH", nullable = false)
    public String month;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    public PayRun.Status status;

    @Column(name = "POLICY_NAME", nullable = false)
    public String policyName;

    @Column(name = "SLIP_COUNT", nullable = false)
    public int slipCount;

    @Column(name = "TOTAL", nullable = false, precision = 19, scale = 2)
    public BigDecimal total;

    @Column(name = "COMPUTED_AT", nullable = false)
    public Timestamp computedAt;

    @Column(name = "COMPUTED_BY", nullable = false)
    public String computedBy;

    @Column(name = "CHECKED_BY")
    public String checkedBy;

    @Column(name = "APPROVED_BY")
    public String approvedBy;

    @Column(name = "CLOSED_BY")
    public String closedBy;

    @Column(name = "CLOSED_AT")
    public Timestamp closedAt;

    public PayRun toRun() {
        return new PayRun(id, month, status, policyName, slipCount, total, computedAt.toInstant(), computedBy, checkedBy, approvedBy,
                closedBy, closedAt == null ? null : closedAt.toInstant());
    }
}
