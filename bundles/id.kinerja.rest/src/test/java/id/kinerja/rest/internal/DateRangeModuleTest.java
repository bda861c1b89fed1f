package id.kinerja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

class DateRangeModuleTest {

    record Body(LocalDate startDate, YearMonth month, Instant at) {
    }

    private final ObjectMapper json = ObjectMapperResolver.create();

    @Test
    void datesWithinThePlatformsYearsAreRead() throws Exception {
        Body body = json.readValue("{\"startDate\":\"2026-02-10\",\"month\":\"2026-03\",\"at\":\"2026-11-30T01:00:00Z\"}", Body.class);
        assertEquals(LocalDate.of(2026, 2, 10), body.startDate());
        assertEquals(YearMonth.of(2026, 3), body.month());
    }

    @Test
    void yearsOutsideAreRefusedNamingTheField() {
        for (String hostile : new String[] { "{\"startDate\":-2147483649}", "{\"startDate\":\"+999999999-12-31\"}",
                "{\"month\":\"+999999999-12\"}", "{\"at\":\"-999999999-01-01T00:00:00Z\"}", "{\"startDate\":\"1899-12-31\"}" }) {
            InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> json.readValue(hostile, Body.class), hostile);
            assertEquals(1, e.getPath().size(), hostile);
        }
    }
}
