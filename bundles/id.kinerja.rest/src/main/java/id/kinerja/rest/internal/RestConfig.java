package id.kinerja.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the REST API (PID {@code id.kinerja.rest}). */
@ObjectClassDefinition(name = "Kinerja: REST API", description = "Pengaturan API REST")
public @interface RestConfig {

    @AttributeDefinition(name = "Proksi terpercaya", description = "Alamat reverse proxy kota (dipisah koma); di belakangnya alamat pengirim "
            + "diambil dari X-Forwarded-For (log masuk, log perubahan, batas pengaduan)", required = false)
    String trustedProxies() default "";

    @AttributeDefinition(name = "Unggahan serentak per pengirim", description = "Berapa permintaan berisi (unggahan, impor, pengaduan) "
            + "dari satu alamat yang dilayani bersamaan; sisanya HTTP 429", min = "1")
    int uploadsPerClient() default 4;

    @AttributeDefinition(name = "Kecepatan minimum isi permintaan (byte/detik)", description = "Isi permintaan yang dikirim rata-rata lebih "
            + "lambat dari ini (dihitung setelah 3 detik) diputus dengan HTTP 408; 0 mematikan", min = "0")
    long minBodyBytesPerSecond() default 2048;
}
