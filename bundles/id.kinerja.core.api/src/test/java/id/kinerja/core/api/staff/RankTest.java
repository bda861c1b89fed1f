package id.kinerja.core.api.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import id.kinerja.core.api.KinerjaException;

class RankTest {

    @Test
    void thereAreSeventeenStepsForBothKinds() {
        assertEquals(17, Rank.PNS_RANKS.size());
        assertEquals(17, Rank.PPPK_GRADES.size());
    }

    @Test
    void canonicalisesSpelling() {
        assertEquals("III/a", Rank.validate(EmploymentType.PNS, " iii/A "));
        assertEquals("XVII", Rank.validate(EmploymentType.PPPK, "xvii"));
    }

    @Test
    void rejectsARankOfTheOtherKind() {
        assertThrows(KinerjaException.class, () -> Rank.validate(EmploymentType.PNS, "IX"));
        assertThrows(KinerjaException.class, () -> Rank.validate(EmploymentType.PPPK, "III/a"));
        assertThrows(KinerjaException.class, () -> Rank.validate(EmploymentType.PNS, "IV/f"));
        assertThrows(KinerjaException.class, () -> Rank.validate(EmploymentType.PNS, null));
    }
}
