package id.kinerja.pay.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.kinerja.appraisal.api.Predikat;
import id.kinerja.core.api.staff.StaffMember;

/**
 * A SHA-256 over everything a run computes from: the policy, the salary table's version, each staff
 * member as on the month's end with their predikat and events, in NIP order. An interrupted
 * computation is resumed only when this is unchanged, so that a run never mixes slips computed
 * from different inputs.
 */
final class RunInputs {

    private RunInputs() {
    }

    static String fingerprint(PayPolicy policy, long salaryTableId, List<StaffMember> members, Map<String, Predikat> predikat,
            Map<String, List<DisciplineEvent>> events) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        // maps in a fixed order: an immutable map's order changes from one start of the JVM to the next
        String monthly = String.join("|", policy.name(), policy.effectiveFrom().toString(), policy.baseByClass().toString(),
                policy.performancePercent().toString(), new TreeMap<>(policy.predikatPercent()).toString(), policy.noPredikatPercent().toString(),
                policy.latenessBrackets().toString(), policy.absenceDayPercent().toString(), policy.deductionCapPercent().toString(),
                policy.roundTo().toString());
        sha.update((monthly + "\n" + salaryTableId + "\n").getBytes(StandardCharsets.UTF_8));
        for (StaffMember m : members) {
            sha.update((m + "|" + predikat.get(m.nip()) + "|" + events.getOrDefault(m.nip(), List.of()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
