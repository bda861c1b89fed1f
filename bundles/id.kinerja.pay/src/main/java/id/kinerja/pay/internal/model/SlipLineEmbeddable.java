package id.kinerja.pay.internal.model;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Embeddable;

@Embeddable
public class SlipLineEmbeddable {

    @Column(name = "LINE_NO", nullable = false)
    public int lineNo;

    @Column(name = "CODE", nullable = false)
    public String code;

    @Column(name = "AMOUNT", nullable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(name = "RULE_TEXT", nullable = false)
    public String rule;

    public SlipLineEmbeddable() {
    }

    public SlipLineEmbeddable(int lineNo, String code, BigDecimal amount, String rule) {
        this.lineNo = lineNo;
        this.code = code;
        this.amount = amount;
        this.rule = rule;
    }
}
