package id.kinerja.notifications.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.event.Event;

import id.kinerja.core.api.notification.NotificationEvents;

/**
 * A notification event read and checked: a module's mistake (no recipient, a text too long, a NIP
 * that is no NIP) must never reach the table or a mail server; what cannot be used is left out.
 */
record Told(String source, Set<String> recipients, Set<String> emails, String title, String titleEn, String text, String textEn, String link) {

    static final Pattern NIP = Pattern.compile("\\d{18}");
    /** A plain address (no display name, no line breaks): enough for a citizen's contact. */
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}");
    /** A route of the web application: letters, digits and - / ? = &. */
    static final Pattern LINK = Pattern.compile("[A-Za-z0-9/_?=&.-]{1,300}");

    /** The notification the event carries, or {@code null} when it carries none that can be kept. */
    static Told of(Event event) {
        String title = text(event.getProperty(NotificationEvents.TITLE), 200);
        String text = text(event.getProperty(NotificationEvents.TEXT), 2000);
        if (title == null || text == null) {
            return null;
        }
        String titleEn = orElse(text(event.getProperty(NotificationEvents.TITLE_EN), 200), title);
        String textEn = orElse(text(event.getProperty(NotificationEvents.TEXT_EN), 2000), text);
        String source = orElse(text(event.getProperty(NotificationEvents.SOURCE), 60), "kinerja");
        String link = text(event.getProperty(NotificationEvents.LINK), 300);
        Set<String> recipients = matching(event.getProperty(NotificationEvents.RECIPIENTS), NIP);
        Set<String> emails = matching(event.getProperty(NotificationEvents.EMAILS), EMAIL);
        if (recipients.isEmpty() && emails.isEmpty()) {
            return null;
        }
        return new Told(source, recipients, emails, title, titleEn, text, textEn, link != null && LINK.matcher(link).matches() ? link : null);
    }

    private static String text(Object value, int max) {
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        String stripped = s.strip().replaceAll("[\\p{Cntrl}&&[^\\n]]", " ");
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }

    private static String orElse(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    private static Set<String> matching(Object value, Pattern pattern) {
        List<?> values = value instanceof String[] array ? List.of(array) : value instanceof List<?> list ? list : List.of();
        Set<String> kept = new LinkedHashSet<>();
        for (Object v : values) {
            if (v instanceof String s && pattern.matcher(s.strip()).matches() && kept.size() < 500) {
                kept.add(s.strip());
            }
        }
        return kept;
    }
}
