package id.kinerja.notifications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import id.kinerja.core.api.notification.NotificationEvents;

/** The outbox against a real SMTP server (GreenMail) and against one that is not there. */
class MailOutboxTest {

    private GreenMail smtp;

    @BeforeEach
    void startServer() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    static Told told() {
        return Told.of(new Event(NotificationEvents.TOPIC, NotificationEvents.of("kinerja-complaints", List.of("199207062019031077"),
                "Pengaduan ADU-7K2M ditugaskan kepada Anda", "Complaint ADU-7K2M is assigned to you", "Jalan: tindak lanjuti dan jawab pelapor.",
                "Roads: follow it up and answer the reporter.", "pengaduan-saya/42")));
    }

    @Test
    void aNotificationIsMailedInBothLanguagesWithWhereToAct() throws Exception {
        MailOutbox outbox = new MailOutbox(settings(Map.of("host", "127.0.0.1", "port", smtp.getSmtp().getPort(), "starttls", false,
                "from", "Kinerja Kota Salatiga <kinerja@salatiga.go.id>", "applicationUrl", "https://kinerja.salatiga.go.id/app/")));
        outbox.send("eko@contoh.id", told());
        assertTrue(smtp.waitForIncomingEmail(10_000, 1));
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("Pengaduan ADU-7K2M ditugaskan kepada Anda", mail.getSubject());
        assertEquals("eko@contoh.id", mail.getAllRecipients()[0].toString());
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("tindak lanjuti dan jawab pelapor"), body);
        assertTrue(body.contains("https://kinerja.salatiga.go.id/app/#/pengaduan-saya/42"), body);
        assertTrue(body.contains("Complaint ADU-7K2M is assigned to you"), body);
        outbox.stop();
        assertEquals(1, outbox.sent());
    }

    @Test
    void aMailServerThatIsNotThereCostsAWarningAndNeverTheCaller() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        MailOutbox outbox = new MailOutbox(settings(Map.of("host", "127.0.0.1", "port", closed, "starttls", false, "timeoutSeconds", 2)));
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            outbox.send("eko@contoh.id", told());
        }
        assertTrue(System.nanoTime() - started < 1_000_000_000L, "queued, not sent, by the caller");
        outbox.stop();
        assertEquals(0, outbox.sent());
        assertTrue(outbox.failed() > 0);
    }

    @Test
    void offUntilAServerIsConfigured() throws Exception {
        MailOutbox outbox = new MailOutbox(settings(Map.of()));
        outbox.send("eko@contoh.id", told());
        outbox.stop();
        assertEquals(0, smtp.getReceivedMessages().length);
        assertEquals(0, outbox.sent() + outbox.failed());
    }

    @Test
    void aModulesMistakeNeverReachesTheTableNorAMailServer() {
        Map<String, Object> properties = NotificationEvents.of("x", List.of("1992", "199207062019031077", "199207062019031077"), "Judul", null,
                "Isi", null, "javascript:alert(1)");
        properties.put(NotificationEvents.EMAILS, new String[] { "a@contoh.id", "b@contoh.id\r\nBcc: c@contoh.id", "bukan surel" });
        Told told = Told.of(new Event(NotificationEvents.TOPIC, properties));
        assertEquals(Set.of("199207062019031077"), told.recipients(), "only NIPs, once");
        assertEquals(Set.of("a@contoh.id"), told.emails(), "no header injection");
        assertEquals("Judul", told.titleEn(), "the Indonesian text when there is no English");
        assertNull(told.link(), "only a route of the application");
        assertNull(Told.of(new Event(NotificationEvents.TOPIC, Map.of(NotificationEvents.TITLE, "Judul", NotificationEvents.TEXT, "Isi"))),
                "nobody to tell");
        String tooLong = "x".repeat(300);
        assertEquals(200, Told.of(new Event(NotificationEvents.TOPIC, NotificationEvents.of("x", List.of("199207062019031077"), tooLong, null,
                "Isi", null, null))).title().length());
    }

    /** The settings as ConfigAdmin would give them: the given values, the defaults otherwise. */
    static MailSettings settings(Map<String, Object> values) {
        return (MailSettings) java.lang.reflect.Proxy.newProxyInstance(MailSettings.class.getClassLoader(), new Class<?>[] { MailSettings.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return MailSettings.class;
                    }
                    Object value = values.get(method.getName());
                    return value != null ? value : method.getDefaultValue();
                });
    }
}
