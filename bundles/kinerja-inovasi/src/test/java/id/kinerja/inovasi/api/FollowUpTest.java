package id.kinerja.inovasi.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FollowUpTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 20);

    @Test
    void aFollowUpIsLateWhenDoneAfterItsDueDateOrStillOpenPastIt() {
        assertFalse(followUp(FollowUpStatus.DONE, DUE).lateOn(DUE.plusDays(30)));
        assertTrue(followUp(FollowUpStatus.DONE, DUE.plusDays(1)).lateOn(DUE.plusDays(1)));
        assertFalse(followUp(FollowUpStatus.OPEN, null).lateOn(DUE));
        assertTrue(followUp(FollowUpStatus.OPEN, null).lateOn(DUE.plusDays(1)));
    }

    private static FollowUp followUp(FollowUpStatus status, LocalDate doneOn) {
        return new FollowUp(1, 1, "Rekap absensi", "199001012020121001", DUE, status, doneOn, doneOn == null ? null : "selesai");
    }
}
