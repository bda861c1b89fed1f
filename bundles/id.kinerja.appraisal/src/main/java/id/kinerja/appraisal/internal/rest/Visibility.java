package id.kinerja.appraisal.internal.rest;

import java.util.Arrays;


import id.kinerja.appraisal.internal.AppraisalPermissions;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.security.Caller;

/** Whose appraisal records a caller may read. */
final class Visibility {

    private Visibility() {
    }

    /**
     * The owner's records: the owner, the people above them in the chain, the head of their unit,
     * whoever reads all appraisal records, and the officials named in {@code involved} (the rater, a
     * decider, who may be acting for somebody).
     */
    static void requirePerson(Caller caller, String ownerNip, String... involved) {
        if (caller.nip() != null && Arrays.asList(involved).contains(caller.nip())) {
            return;
        }
        caller.requireRead(ownerNip, AppraisalPermissions.READ_ALL);
    }

    /** A queue of an official (a rater's, a decider's): theirs, or whoever reads all appraisal records. */
    static void requireSelf(Caller caller, String nip, String field) {
        if (!nip.equals(caller.nip()) && !caller.has(AppraisalPermissions.READ_ALL)) {
            throw KinerjaException.forbidden("OUT_OF_SCOPE", field, "Anda hanya dapat melihat daftar Anda sendiri",
                    "You may only see your own list");
        }
    }
}
