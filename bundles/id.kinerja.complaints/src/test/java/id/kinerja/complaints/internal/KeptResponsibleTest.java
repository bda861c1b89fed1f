package id.kinerja.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class KeptResponsibleTest {

    @Test
    void theResponsibleStaffAreKeptInNipOrderAndNobodyAsAnEmptyText() {
        assertEquals("", ComplaintRecords.keptResponsible(List.of()));
        assertEquals("198001012005011001,199202022018032002",
                ComplaintRecords.keptResponsible(List.of("199202022018032002", "198001012005011001")));
    }

    @Test
    void moreStaffThanTheColumnHoldsAreNotKept() {
        List<String> nips = new ArrayList<>();
        for (int i = 0; i < 105; i++) {
            nips.add(String.format("199202022018032%03d", i));
        }
        assertEquals(105 * 19 - 1, ComplaintRecords.keptResponsible(nips).length(), "105 NIPs fit the 2,000 characters");
        nips.add("199202022018032999");
        assertNull(ComplaintRecords.keptResponsible(nips), "106 do not: read from COMPLAINT_STAFF");
    }
}
