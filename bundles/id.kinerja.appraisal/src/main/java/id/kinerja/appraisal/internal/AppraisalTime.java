package id.kinerja.appraisal.internal;

import java.time.ZoneId;

/** Dates of the appraisal are those of Asia/Jakarta (WIB), where the seed cities are. */
public final class AppraisalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private AppraisalTime() {
    }
}
