package id.kinerja.pay.internal.model;

import java.sql.Timestamp;

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
    public Long id;

    public String name;

    public String effectiveFrom;

    public int rowCount;

    public Timestamp importedAt;

    public String importedBy;
}
