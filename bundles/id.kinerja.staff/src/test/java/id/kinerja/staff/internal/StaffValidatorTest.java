package id.kinerja.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.staff.EmploymentType;
import id.kinerja.core.api.staff.PositionKind;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffStatus;

class StaffValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static StaffMember valid() {
        return new StaffMember("198503152010011002", "  Budi Santoso, S.E.  ", EmploymentType.PNS, "iii/c",
                LocalDate.of(2018, 4, 1), "Analis Kepegawaian", PositionKind.FUNGSIONAL, 8, "BKPSDM",
                null, null, 1, 2, "budi@example.go.id", "+62 812-3456-7890");
    }

    @Test
    void normalisesAndFillsDefaults() {
        StaffValidator.Result result = StaffValidator.validate(valid(), TODAY);

        assertTrue(result.isValid());
        assertEquals("Budi Santoso, S.E.", result.staff().fullName());
        assertEquals("III/c", result.staff().rank());
        assertEquals(StaffStatus.ACTIVE, result.staff().status());
    }

    @Test
    void countsDefaultToZero() {
        StaffMember s = valid();
        StaffMember noCounts = new StaffMember(s.nip(), s.fullName(), s.employmentType(), s.rank(), s.rankSince(),
                s.positionName(), s.positionKind(), s.positionClass(), s.unitCode(), null, null, null, null, null, null);

        StaffValidator.Result result = StaffValidator.validate(noCounts, TODAY);

        assertEquals(0, result.staff().spouseCount());
        assertEquals(0, result.staff().childCount());
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        StaffMember bad = new StaffMember("123", "", EmploymentType.PNS, "V/a", null, null, null, 18, null,
                null, null, 3, -1, "not-an-email", "abc");

        List<String> fields = StaffValidator.validate(bad, TODAY).errors().stream().map(KinerjaException::getField).toList();

        assertEquals(List.of("nip", "fullName", "rank", "positionName", "positionKind", "positionClass", "unitCode",
                "spouseCount", "childCount", "email", "phone"), fields);
    }

    @Test
    void nobodySupervisesThemselves() {
        StaffMember s = valid();
        StaffMember self = new StaffMember(s.nip(), s.fullName(), s.employmentType(), s.rank(), s.rankSince(),
                s.positionName(), s.positionKind(), s.positionClass(), s.unitCode(), s.nip(), null, 0, 0, null, null);

        List<KinerjaException> errors = StaffValidator.validate(self, TODAY).errors();

        assertEquals("SUPERVISOR_SELF", errors.get(0).getCode());
    }

    @Test
    void missingEmploymentTypeIsReported() {
        StaffMember s = valid();
        StaffMember noType = new StaffMember(s.nip(), s.fullName(), null, s.rank(), s.rankSince(),
                s.positionName(), s.positionKind(), s.positionClass(), s.unitCode(), null, null, 0, 0, null, null);

        assertEquals("employmentType", StaffValidator.validate(noType, TODAY).errors().get(0).getField());
    }
}
