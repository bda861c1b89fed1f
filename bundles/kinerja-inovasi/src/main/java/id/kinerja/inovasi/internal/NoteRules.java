package id.kinerja.inovasi.internal;

import java.time.LocalDate;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Texts;

/** The rules of a note, checked before anything is saved (each broken rule a 400 naming its field). */
final class NoteRules {

    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_MINUTES = 1440;

    private NoteRules() {
    }

    /** A day that has come: today in the city, or before. */
    static LocalDate date(LocalDate date, LocalDate today) {
        if (date == null) {
            throw KinerjaException.badRequest("REQUIRED", "date", "Isian date wajib diisi", "date is required");
        }
        if (date.isAfter(today)) {
            throw KinerjaException.badRequest("FUTURE_DATE", "date", "Tanggal catatan belum tiba", "The note's date is in the future");
        }
        return date;
    }

    static String description(String text) {
        return Texts.required(text, "description", MAX_DESCRIPTION);
    }

    /** Minutes of one day's work: 1 to 1440. */
    static int minutes(Integer minutes) {
        if (minutes == null) {
            throw KinerjaException.badRequest("REQUIRED", "minutes", "Isian minutes wajib diisi", "minutes is required");
        }
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw KinerjaException.badRequest("INVALID_MINUTES", "minutes", "Menit antara 1 dan " + MAX_MINUTES,
                    "Minutes between 1 and " + MAX_MINUTES);
        }
        return minutes;
    }
}
