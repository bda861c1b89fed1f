package id.kinerja.staff.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import id.kinerja.core.api.KinerjaException;

/** Keeps the supervisor relation a forest: nobody may end up above themselves. */
final class SupervisorChains {

    private SupervisorChains() {
    }

    /**
     * Checks that making {@code supervisorNip} the direct supervisor of {@code nip} creates no cycle.
     *
     * @param supervisorOf the current supervisor of a staff member ({@code null} at the top)
     * @throws KinerjaException UNPROCESSABLE, field {@code supervisorNip}, on a cycle
     */
    static void checkNoCycle(String nip, String supervisorNip, Function<String, String> supervisorOf) {
        Set<String> seen = new HashSet<>();
        String current = supervisorNip;
        while (current != null) {
            if (current.equals(nip)) {
                throw KinerjaException.unprocessable("SUPERVISOR_CYCLE", "supervisorNip",
                        "Atasan langsung ini berada di bawah pegawai tersebut (rantai atasan melingkar)",
                        "This supervisor reports (directly or not) to the staff member: the chain would be a cycle");
            }
            if (!seen.add(current)) {
                return; // an existing cycle above, not through nip; not ours to report here
            }
            current = supervisorOf.apply(current);
        }
    }
}
