package id.kinerja.complaints.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One complaint category of the city, as a factory configuration
 * ({@code etc/id.kinerja.complaints.category-<code>.cfg}): added or changed in the database when the
 * file is; {@code active = false} retires one (the examples the module ships among them). Removing
 * the file leaves the category as it last was.
 */
@ObjectClassDefinition(name = "Kinerja: kategori pengaduan", description = "Kategori pengaduan kota dan tenggat penanganannya")
public @interface CategoryConfig {

    String FACTORY_PID = "id.kinerja.complaints.category";

    @AttributeDefinition(name = "Kode", description = "Huruf besar, angka, garis bawah, mis. PERIZINAN")
    String code();

    @AttributeDefinition(name = "Nama")
    String name();

    @AttributeDefinition(name = "Penanganan", description = "INFORMATION (5 hari kerja), NO_FIELD_CHECK (14), FIELD_CHECK (60)")
    String handling() default "NO_FIELD_CHECK";

    @AttributeDefinition(name = "Unit penanggung jawab", description = "Kode unit kerja yang menerima pengaduan kategori ini; kosong: ditetapkan saat verifikasi")
    String defaultUnitCode() default "";

    @AttributeDefinition(name = "Aktif")
    boolean active() default true;
}
