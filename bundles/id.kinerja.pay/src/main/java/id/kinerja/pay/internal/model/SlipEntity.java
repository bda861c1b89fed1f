package id.kinerja.pay.internal.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
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
    @Column(name = "ID")
    public Long id;

    @Column(name = "RUN_ID", nullable = false)
    public long runId;

    @Column(name = "NIP", nullable = false)
    public String nip;

    @Column(name = "FULL_NAME", nullable = false)
    public String fullName;

    @Column(name = "UNIT_CODE", nullable = false)
    public String unitCode;

    @Column(name = "POSITION_CLASS", nullable = false)
    public int positionClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "PREDIKAT")
    public Predikat predikat;

    @Column(name = "TOTAL", nullable = false, precision = 19, scale = 2)
    public BigDecimal total;

    @ElementCollection
    @CollectionTable(name = "PAY_SLIP_LINE", joinColumns = @JoinColumn(name = "SLIP_ID"))
    @OrderBy("lineNo")
    public List<SlipLineEmbeddable> lines = new ArrayList<>();

    public Slip toSlip(String month) {
        return new Slip(nip, fullName, unitCode, positionClass, month, predikat,
                lines.stream().map(l -> new Slip.Line(l.code, l.amount, l.rule)).toList(), total);
    }
}
