package id.kinerja.appraisal.internal.model;

import java.io.Serializable;
import java.sql.Timestamp;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import id.kinerja.appraisal.api.OrganisationPredikat;

@Entity
@Table(name = "SKP_ORG_PREDIKAT")
@IdClass(OrgPredikatEntity.Key.class)
public class OrgPredikatEntity {

    @Id
    public String unitCode;

    @Id
    @Column(name = "PREDIKAT_YEAR")
    public int year;

    @Enumerated(EnumType.STRING)
    public OrganisationPredikat predikat;

    public Timestamp updatedAt;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String unitCode;
        public int year;

        public Key() {
        }

        public Key(String unitCode, int year) {
            this.unitCode = unitCode;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.year == year && Objects.equals(k.unitCode, unitCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unitCode, year);
        }
    }
}
