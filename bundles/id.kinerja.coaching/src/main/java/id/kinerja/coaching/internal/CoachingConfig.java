package id.kinerja.coaching.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the coaching module, PID {@code id.kinerja.coaching} (etc/id.kinerja.coaching.cfg). */
@ObjectClassDefinition(name = "Kinerja: pengembangan kompetensi", description = "Jam pelajaran minimum dan syarat kelulusan")
public @interface CoachingConfig {

    @AttributeDefinition(name = "JP minimum per tahun", description = "Hak pengembangan kompetensi PNS: paling sedikit 20 JP setahun (PP 17/2020)", min = "0", max = "500")
    int minimumLearningHours() default 20;

    @AttributeDefinition(name = "Kehadiran minimum (%)", description = "Peserta lulus (JP dihitung) bila hadir paling sedikit sekian persen hari sesi", min = "0", max = "100")
    int minimumAttendancePercent() default 80;
}
