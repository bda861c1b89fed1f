package id.kinerja.core.api.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The OSGi event a module posts (with {@code EventAdmin.postEvent}, never {@code sendEvent}) when
 * somebody should know that work waits for them: a plan to approve, an evaluation finalised, a
 * complaint assigned. Texts in Bahasa Indonesia and English; no personal data beyond what the
 * recipient may read anyway.
 *
 * <pre>{@code
 * events.postEvent(new Event(NotificationEvents.TOPIC, NotificationEvents.of("kinerja-appraisal",
 *         List.of(approverNip), "SKP menunggu persetujuan", "A plan awaits your approval",
 *         "Budi Santoso mengajukan SKP 2026.", "Budi Santoso submitted the 2026 plan.", "tugas-penilai")));
 * }</pre>
 */
public final class NotificationEvents {

    /** The topic every notification is posted on. */
    public static final String TOPIC = "id/kinerja/notification/SEND";

    /** {@code String[]}: the NIPs of the staff members told (their bell, and their e-mail address if the registry has one). */
    public static final String RECIPIENTS = "recipients";
    /** {@code String[]}, optional: e-mail addresses of people without an account (a citizen who left one). */
    public static final String EMAILS = "emails";
    /** {@code String}: the module telling, e.g. {@code kinerja-complaints}. */
    public static final String SOURCE = "source";
    /** {@code String}: the headline in Bahasa Indonesia (at most 200 characters). */
    public static final String TITLE = "title";
    /** {@code String}: the headline in English. */
    public static final String TITLE_EN = "titleEn";
    /** {@code String}: what happened and what to do, in Bahasa Indonesia (at most 2,000 characters). */
    public static final String TEXT = "text";
    /** {@code String}: the same in English. */
    public static final String TEXT_EN = "textEn";
    /** {@code String}, optional: where in the web application to act, after {@code #/} (e.g. {@code pengaduan-saya/42}). */
    public static final String LINK = "link";

    private NotificationEvents() {
    }

    /** The properties of a notification to staff members. */
    public static Map<String, Object> of(String source, List<String> recipients, String title, String titleEn, String text, String textEn,
            String link) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(SOURCE, source);
        properties.put(RECIPIENTS, recipients.toArray(String[]::new));
        properties.put(TITLE, title);
        properties.put(TITLE_EN, titleEn);
        properties.put(TEXT, text);
        properties.put(TEXT_EN, textEn);
        if (link != null) {
            properties.put(LINK, link);
        }
        return properties;
    }
}
