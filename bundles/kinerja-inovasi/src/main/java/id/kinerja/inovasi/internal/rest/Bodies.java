package id.kinerja.inovasi.internal.rest;

import id.kinerja.core.api.KinerjaException;

/** A request body the method cannot do without. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw KinerjaException.badRequest("BODY_REQUIRED", null, "Isi permintaan (JSON) wajib dikirim", "The request body (JSON) is required");
        }
        return body;
    }
}
