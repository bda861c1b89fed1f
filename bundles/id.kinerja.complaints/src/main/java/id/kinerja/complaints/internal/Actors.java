package id.kinerja.complaints.internal;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.staff.StaffService;

/** The person acting, named by the header {@code X-Kinerja-NIP} until issue 7 brings accounts. */
final class Actors {

    private Actors() {
    }

    static String require(StaffService staff, String actorNip) {
        if (actorNip == null || actorNip.isBlank() || staff.find(actorNip.strip()).isEmpty()) {
            throw KinerjaException.badRequest("ACTOR_REQUIRED", "actorNip", "NIP pelaku (header X-Kinerja-NIP) wajib diisi dan terdaftar",
                    "The acting person's NIP (header X-Kinerja-NIP) is required and must be registered");
        }
        return actorNip.strip();
    }
}
