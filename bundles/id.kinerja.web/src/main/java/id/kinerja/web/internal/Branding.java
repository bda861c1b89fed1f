package id.kinerja.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The city's name and logo on the web application (configuration PID {@code id.kinerja.web.branding}, {@code etc/id.kinerja.web.branding.cfg}). */
@ObjectClassDefinition(name = "Kinerja: tampilan kota", description = "Nama dan logo kota pada aplikasi web")
public @interface Branding {

    String PID = "id.kinerja.web.branding";

    @AttributeDefinition(name = "Nama kota", description = "Mis. Pemerintah Kota Denpasar; kosong: hanya Kinerja")
    String cityName() default "";

    @AttributeDefinition(name = "Berkas logo", description = "PNG, JPEG atau SVG, paling besar 512 KB, mis. ${karaf.etc}/logo-kota.png; kosong: tanpa logo")
    String logo() default "";
}
