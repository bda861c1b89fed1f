package id.kinerja.inovasi.internal.model;

import java.sql.Timestamp;

import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A judge's score of a proposal on one criterion. */
@Entity
@Table(name = "INOVASI_SCORE")
public class ScoreEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long proposalId;
    public String judgeNip;
    public long criterionId;
    public int score;
    public Timestamp scoredAt;
}
