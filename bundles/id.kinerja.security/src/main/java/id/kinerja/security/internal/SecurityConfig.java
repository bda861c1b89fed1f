package id.kinerja.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of staff accounts and API tokens, PID {@code id.kinerja.security} (etc/id.kinerja.security.cfg). */
@ObjectClassDefinition(name = "Kinerja: akun dan token", description = "Penguncian akun dan masa berlaku token")
public @interface SecurityConfig {

    @AttributeDefinition(name = "Gagal masuk sebelum dikunci",
            description = "Kegagalan berturut-turut untuk satu akun dari satu alamat sebelum akun itu dikunci bagi alamat tersebut", min = "1")
    int maxFailedAttempts() default 5;

    @AttributeDefinition(name = "Lama terkunci (menit)", min = "1")
    int lockMinutes() default 15;

    @AttributeDefinition(name = "Gagal masuk per alamat",
            description = "Kegagalan masuk (semua NIP) yang diterima dari satu alamat dalam jendela waktu; sesudahnya HTTP 429", min = "1")
    int failuresPerClient() default 10;

    @AttributeDefinition(name = "Jendela gagal masuk per alamat (menit)", min = "1")
    int failureWindowMinutes() default 10;

    @AttributeDefinition(name = "Pemeriksaan kata sandi serentak",
            description = "Berapa hash Argon2 dihitung bersamaan; permintaan lain menunggu sebentar, lalu HTTP 429", min = "1")
    int concurrentPasswordChecks() default 2;

    @AttributeDefinition(name = "Masa berlaku token (menit)", min = "1", max = "1440")
    int tokenMinutes() default 30;

    @AttributeDefinition(name = "Panjang kata sandi minimum", min = "8")
    int minimumPasswordLength() default 10;
}
