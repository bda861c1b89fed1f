package id.kinerja.complaints.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the complaints module, PID {@code id.kinerja.complaints} (etc/id.kinerja.complaints.cfg). */
@ObjectClassDefinition(name = "Kinerja: pengaduan masyarakat", description = "Tenggat, hari libur dan batas pengaduan per pengirim")
public @interface ComplaintsConfig {

    @AttributeDefinition(name = "Hari kerja verifikasi", description = "Pengaduan diverifikasi paling lambat sekian hari kerja setelah diterima")
    int verificationWorkingDays() default 3;

    @AttributeDefinition(name = "Peringatan (hari kerja)", description = "Peringatan bila tenggat jawaban tinggal sekian hari kerja")
    int warningWorkingDays() default 2;

    @AttributeDefinition(name = "Masa membuka kembali (hari)", description = "Pelapor dapat membuka kembali pengaduan sekian hari setelah dijawab")
    int reopenDays() default 14;

    @AttributeDefinition(name = "Pengaduan per pengirim per jam", description = "Batas pengaduan baru dari satu alamat dalam satu jam")
    int intakePerHour() default 10;

    @AttributeDefinition(name = "Pencarian per pengirim per jam",
            description = "Batas pelacakan dengan kode (dan permintaan Open311) dari satu alamat dalam satu jam")
    int lookupsPerHour() default 120;

    @AttributeDefinition(name = "Terbitkan daftar pengaduan (Open311)",
            description = "Daftar pengaduan untuk umum di Open311 (tanpa isi, alamat dan pengirim; lokasi dibulatkan). Mati: hanya pencarian dengan kode")
    boolean publishRequests() default false;

    @AttributeDefinition(name = "Pemeriksaan tenggat (detik)", description = "Setiap sekian detik pengaduan terbuka diperiksa: peringatan dan eskalasi", min = "1")
    int deadlineCheckSeconds() default 900;

    @AttributeDefinition(name = "Hari libur", description = "Libur nasional dan cuti bersama, YYYY-MM-DD dipisah koma")
    String holidays() default "";
}
