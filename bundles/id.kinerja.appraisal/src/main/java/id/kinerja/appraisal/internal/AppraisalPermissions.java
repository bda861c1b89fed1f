package id.kinerja.appraisal.internal;

import java.util.Collection;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.security.PermissionProvider;
import id.kinerja.core.api.security.Roles;

/**
 * The permissions of performance appraisal. Who may do what to a given plan or evaluation (the
 * owner, the rater, the decider of an objection) is the services' rule on top of these.
 */
@Component(service = PermissionProvider.class)
public class AppraisalPermissions implements PermissionProvider {

    /** Read plans, evaluations, predikat, evidence: one's own, the chain below, one's unit. */
    public static final String READ = "appraisal.read";
    /** Read everybody's appraisal records. */
    public static final String READ_ALL = "appraisal.read.all";
    /** Write one's own plan and reports, rate, give feedback, object, decide (as the services allow). */
    public static final String WRITE = "appraisal.write";
    /** See a unit's distribution against the curve and calibrate ratings. */
    public static final String CALIBRATE = "appraisal.calibrate";
    /** Record Plt/Plh delegations. */
    public static final String DELEGATIONS = "appraisal.delegations.write";

    @Override
    public Collection<Permission> permissions() {
        return List.of(
                Permission.of(READ, "Melihat SKP, penilaian dan predikat sendiri, bawahan dan unit yang dipimpin", Roles.STAFF),
                Permission.of(READ_ALL, "Melihat SKP, penilaian dan predikat seluruh pegawai", Roles.PERSONNEL_OFFICER),
                Permission.of(WRITE, "Menyusun SKP, melaporkan realisasi, menilai, memberi umpan balik, mengajukan dan memutus keberatan",
                        Roles.STAFF),
                Permission.of(CALIBRATE, "Melihat distribusi predikat unit dan mengkalibrasi penilaian", Roles.PERSONNEL_OFFICER, Roles.UNIT_HEAD),
                Permission.of(DELEGATIONS, "Mencatat penunjukan Plt/Plh (pejabat itu atau atasannya)", Roles.SUPERVISOR, Roles.UNIT_HEAD,
                        Roles.PERSONNEL_OFFICER));
    }
}
