package id.kinerja.pay.internal.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import id.kinerja.appraisal.api.Predikat;
import id.kinerja.pay.internal.Slip;

@Entity
@Table(name = "PAY_SLIP")
public class SlipEntity {

    @Id
    @SequenceGenerator(name = "paySlip", sequenceName = "PAY_SLIP_SEQ", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "paySlip")
    public Long id;

    public long runId;

    /** Which computation of the run wrote it; only the run's current generation is visible. */
    public int generation;

    @Column(name = "SLIP_MONTH", nullable = false)
    public String month;

    public String nip;

    public String fullName;

    public String unitCode;

    public int positionClass;

    @Enumerated(EnumType.STRING)
    public Predikat predikat;

    public BigDecimal total;

    /** Gaji pokok plus family allowance (the salary table's view), {@code null} when no salary table was in force. */
    public BigDecimal salaryTotal;

    @OneToMany(mappedBy = "slip", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    public List<SlipLineEntity> lines = new ArrayList<>();

    public void addLine(String code, BigDecimal amount, String rule) {
        lines.add(new SlipLineEntity(this, lines.size() + 1, code, amount, rule));
    }

    public Slip toSlip() {
        return new Slip(nip, fullName, unitCode, positionClass, month, predikat,
                lines.stream().map(l -> new Slip.Line(l.code, l.amount, l.rule)).toList(), total, salaryTotal,
                salaryTotal == null ? null : salaryTotal.add(total));
    }
}
