package id.kinerja.complaints.internal;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.staff.StaffService;

/** The person acting: the owner of the request's token (or the {@code --as} of a console command), a registered staff member. */
final class Actors {

    private Actors() {
    }

    static String require(StaffService staff, String actorNip) {
        if (actorNip == null || actorNip.isBlank() || staff.find(actorNip.strip()).isEmpty()) {
            throw KinerjaException.badRequest("ACTOR_REQUIRED", "actorNip", "NIP pelaku wajib diisi dan terdaftar",
                    "The acting person's NIP is required and must be registered");
        }
        return actorNip.strip();
    }
}
