package id.kinerja.core.api.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.core.api.KinerjaException;

class NipTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void parsesTheExampleFromTheRegulation() {
        Nip nip = Nip.parse("198503152010011002", EmploymentType.PNS, TODAY);

        assertEquals(LocalDate.of(1985, 3, 15), nip.birthDate());
        assertEquals(YearMonth.of(2010, 1), nip.serviceStart());
        assertEquals(Gender.MALE, nip.gender());
        assertEquals(2, nip.sequence());
    }

    @Test
    void parsesAFemalePnsWithSurroundingSpaces() {
        Nip nip = Nip.parse(" 199012312015062001 ", EmploymentType.PNS, TODAY);

        assertEquals("199012312015062001", nip.value());
        assertEquals(Gender.FEMALE, nip.gender());
        assertEquals(YearMonth.of(2015, 6), nip.serviceStart());
    }

    @Test
    void parsesAPppkNumber() {
        Nip nip = Nip.parse("199204102022211005", EmploymentType.PPPK, TODAY);

        assertEquals(LocalDate.of(1992, 4, 10), nip.birthDate());
        assertEquals(YearMonth.of(2022, 1), nip.serviceStart());
        assertEquals(Gender.MALE, nip.gender());
        assertEquals(5, nip.sequence());
    }

    @ParameterizedTest(name = "{0} is rejected with {1}")
    @CsvSource({
            "'', NIP_REQUIRED",
            "19850315201001100, NIP_FORMAT",
            "1985031520100110022, NIP_FORMAT",
            "19850315201001100A, NIP_FORMAT",
            "198502302010011002, NIP_BIRTH_DATE",
            "198513012010011002, NIP_BIRTH_DATE",
            "203001012050011002, NIP_BIRTH_DATE",
            "198503152010131002, NIP_TMT",
            "198503152010001002, NIP_TMT",
            "198503152003021002, NIP_TMT",
            "198503152027011002, NIP_TMT",
            "198503152010013002, NIP_GENDER",
            "198503152010010002, NIP_GENDER",
            "198503152010011000, NIP_SEQUENCE"
    })
    void rejectsInvalidPnsNumbers(String text, String code) {
        KinerjaException e = assertThrows(KinerjaException.class, () -> Nip.parse(text, EmploymentType.PNS, TODAY));

        assertEquals(code, e.getCode());
        assertEquals("nip", e.getField());
        assertEquals(KinerjaException.Kind.BAD_REQUEST, e.getKind());
    }

    @Test
    void acceptsServiceStartInTheMonthOfThe18thBirthday() {
        Nip nip = Nip.parse("198503152003031002", EmploymentType.PNS, TODAY);

        assertEquals(YearMonth.of(2003, 3), nip.serviceStart());
    }

    @ParameterizedTest(name = "{0} is rejected with {1}")
    @CsvSource({
            "199204102022201005, NIP_PPPK_CODE",
            "199204102008211005, NIP_TMT",
            "199204102030211005, NIP_TMT",
            "199204102022213005, NIP_GENDER"
    })
    void rejectsInvalidPppkNumbers(String text, String code) {
        KinerjaException e = assertThrows(KinerjaException.class, () -> Nip.parse(text, EmploymentType.PPPK, TODAY));

        assertEquals(code, e.getCode());
    }
}
