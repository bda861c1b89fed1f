package id.kinerja.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of staff accounts and API tokens, PID {@code id.kinerja.security} (etc/id.kinerja.security.cfg). */
@ObjectClassDefinition(name = "Kinerja: akun dan token", description = "Penguncian akun dan masa berlaku token")
public @interface SecurityConfig {

    @AttributeDefinition(name = "Gagal masuk sebelum dikunci", min = "1")
    int maxFailedAttempts() default 5;

    @AttributeDefinition(name = "Lama terkunci (menit)", min = "1")
    int lockMinutes() default 15;

    @AttributeDefinition(name = "Masa berlaku token (menit)", min = "1", max = "1440")
    int tokenMinutes() default 30;

    @AttributeDefinition(name = "Panjang kata sandi minimum", min = "8")
    int minimumPasswordLength() default 10;
}
