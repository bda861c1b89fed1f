package id.kinerja.http.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits of the web server against slow clients, PID {@code id.kinerja.http} (etc/id.kinerja.http.cfg). */
@ObjectClassDefinition(name = "Kinerja: batas klien lambat", description = "Waktu tunggu baca/tulis klien")
public @interface SlowClientsConfig {

    @AttributeDefinition(name = "Waktu tunggu baca/tulis (milidetik)",
            description = "Berapa lama satu operasi baca atau tulis boleh menunggu klien yang diam", min = "1000")
    long ioTimeoutMillis() default 30_000;
}
