package id.kinerja.inovasi.internal.model;

import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A judging criterion of a contest. */
@Entity
@Table(name = "INOVASI_CRITERION")
public class CriterionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long contestId;
    public String name;
    public int weight;
    public int sortOrder;
}
