package id.kinerja.pay.internal.model;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One imported version of the salary table; its rows are {@link SalaryRowEntity}. */
@Entity
@Table(name = "PAY_SALARY_TABLE")
public class SalaryTableEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "NAME", nullable = false)
    public String name;

    @Column(name = "EFFECTIVE_FROM", nullable = false)
    public String effectiveFrom;

    @Column(name = "ROW_COUNT", nullable = false)
    public int rowCount;

    @Column(name = "IMPORTED_AT", nullable = false)
    public Timestamp importedAt;

    @Column(name = "IMPORTED_BY", nullable = false)
    public String importedBy;
}
