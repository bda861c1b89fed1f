package id.kinerja.appraisal.internal;

import java.time.LocalDate;

import javax.persistence.EntityManager;

import id.kinerja.appraisal.api.EvaluationStatus;
import id.kinerja.appraisal.internal.model.EvaluationEntity;

/** Who may act on an evaluation and when: the rater (or their acting official), never the rated person or a subordinate; never once final. */
final class RaterRules {

    private RaterRules() {
    }

    /** The rater on {@code today}: the direct supervisor or their Plt/Plh, not the rated person, not one of their subordinates. */
    static void requireRater(EntityManager em, People people, EvaluationEntity e, String actor, String rater, LocalDate today) {
        if (!People.actsFor(em, actor, rater, today)) {
            throw Errors.forbidden("NOT_THE_RATER", "Hanya pejabat penilai (atasan langsung) atau Plt/Plh-nya yang menilai",
                    "Only the rater (the direct supervisor) or their acting official rates");
        }
        if (actor.equals(e.nip)) {
            // e.g. a Plh acting for their own supervisor
            throw Errors.forbidden("SELF_RATING", "Tidak ada yang menilai dirinya sendiri", "Nobody rates themselves");
        }
        if (people.isAbove(e.nip, actor)) {
            throw Errors.forbidden("RATING_A_SUPERIOR", "Pegawai tidak menilai atasannya sendiri", "Nobody rates their own superior");
        }
    }

    /** A final evaluation changes only through an objection or a calibration. */
    static void requireNotFinal(EvaluationEntity e) {
        if (e.status == EvaluationStatus.FINAL) {
            throw Errors.rule("EVALUATION_FINAL", "status", "Penilaian sudah final; perubahan hanya melalui keberatan",
                    "The evaluation is final; it changes only through an objection");
        }
    }
}
