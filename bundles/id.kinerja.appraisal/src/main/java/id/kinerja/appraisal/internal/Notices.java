package id.kinerja.appraisal.internal;

import java.util.List;

import org.osgi.service.event.Event;

import id.kinerja.core.api.notification.NotificationEvents;

/**
 * What the appraisal tells people (the platform's notifications: the bell, e-mail), posted after
 * the change is committed: a plan to approve, a plan decided, an evaluation rated or finalised, an
 * objection to decide or decided. Routes are the web application's pages.
 */
final class Notices {

    static final String SOURCE = "kinerja-appraisal";

    private Notices() {
    }

    /** A notification to one person. */
    static Event to(String nip, String title, String titleEn, String text, String textEn, String link) {
        return new Event(NotificationEvents.TOPIC, NotificationEvents.of(SOURCE, List.of(nip), title, titleEn, text, textEn, link));
    }
}
