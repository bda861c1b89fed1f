package id.kinerja.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;

import org.junit.jupiter.api.Test;

import id.kinerja.complaints.internal.model.CategoryEntity;

class CityCategoriesTest {

    static CategoryConfig config(String code, String name, String handling, String unit, boolean active) {
        return new CategoryConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CategoryConfig.class;
            }

            @Override
            public String code() {
                return code;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String handling() {
                return handling;
            }

            @Override
            public String defaultUnitCode() {
                return unit;
            }

            @Override
            public boolean active() {
                return active;
            }
        };
    }

    @Test
    void aCitysCategoryFromItsFile() {
        CategoryEntity c = CityCategories.category(config(" perizinan ", "Perizinan usaha dan bangunan", "field_check", "DPMPTSP", true));
        assertEquals("PERIZINAN", c.code);
        assertEquals(Category.Handling.FIELD_CHECK, c.handling);
        assertEquals("DPMPTSP", c.defaultUnitCode);
        assertEquals(1, c.active);
        CategoryEntity retired = CityCategories.category(config("JALAN", "Jalan", "FIELD_CHECK", " ", false));
        assertNull(retired.defaultUnitCode);
        assertEquals(0, retired.active);
    }

    @Test
    void aWrongFileSaysWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CityCategories.category(config("izin usaha", "x", "FIELD_CHECK", "", true)))
                .getMessage().contains("kode"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CityCategories.category(config("IZIN", " ", "FIELD_CHECK", "", true)))
                .getMessage().contains("nama"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CityCategories.category(config("IZIN", "Izin", "SEGERA", "", true)))
                .getMessage().contains("penanganan"));
    }
}
