package id.kinerja.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the REST API (PID {@code id.kinerja.rest}). */
@ObjectClassDefinition(name = "Kinerja: REST API", description = "Pengaturan API REST")
public @interface RestConfig {

    @AttributeDefinition(name = "Proksi terpercaya", description = "Alamat reverse proxy kota (dipisah koma); di belakangnya alamat pengirim "
            + "diambil dari X-Forwarded-For (log masuk, log perubahan, batas pengaduan)", required = false)
    String trustedProxies() default "";
}
