package id.kinerja.platform.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The city's settings shared by every module (configuration PID {@code id.kinerja.city}, the file {@code etc/id.kinerja.city.cfg}). */
@ObjectClassDefinition(name = "Kinerja: kota", description = "Pengaturan kota yang dipakai semua modul")
public @interface CitySettings {

    String PID = "id.kinerja.city";

    @AttributeDefinition(name = "Zona waktu", description = "Zona waktu kota: hari ini, akhir bulan, tenggat hari kerja, batas hari pada log",
            options = { @Option(value = "Asia/Jakarta", label = "WIB (Asia/Jakarta)"), @Option(value = "Asia/Makassar", label = "WITA (Asia/Makassar)"),
                    @Option(value = "Asia/Jayapura", label = "WIT (Asia/Jayapura)") })
    String timeZone() default "Asia/Jakarta";
}
