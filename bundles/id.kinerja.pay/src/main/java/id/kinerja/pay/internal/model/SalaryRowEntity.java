package id.kinerja.pay.internal.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One cell of a salary table: the gaji pokok of a rank at a masa kerja. */
@Entity
@Table(name = "PAY_SALARY_ROW")
@IdClass(SalaryRowEntity.Key.class)
public class SalaryRowEntity {

    @Id
    public long tableId;

    @Id
    @Column(name = "RANK_CODE")
    public String rank;

    @Id
    @Column(name = "MASA_KERJA")
    public int years;

    public BigDecimal amount;

    /** The key: table, rank and masa kerja. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long tableId;
        public String rank;
        public int years;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && tableId == k.tableId && Objects.equals(rank, k.rank) && years == k.years;
        }

        @Override
        public int hashCode() {
            return Objects.hash(tableId, rank, years);
        }
    }
}
