package id.kinerja.notifications.internal;

import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends notifications by e-mail through the city's SMTP server, one at a time on its own thread: the
 * action that caused a mail never waits for it, and a server that is down, slow or refusing costs a
 * logged warning, never a failed request. Off until {@code host} is configured. At most
 * {@value #QUEUE} mails wait; more are dropped (and counted) rather than piling up in memory.
 */
@Component(service = MailOutbox.class, configurationPid = MailOutbox.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = MailSettings.class)
public class MailOutbox {

    static final String PID = "id.kinerja.notifications.mail";
    static final int QUEUE = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

    private final MailSettings settings;
    private final ThreadPoolExecutor sender;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    @Activate
    public MailOutbox(MailSettings settings) {
        this.settings = settings;
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread thread = new Thread(r, "kinerja-mail");
            thread.setDaemon(true);
            return thread;
        });
        if (enabled()) {
            LOG.info("Notifications are mailed through {}:{}", settings.host(), settings.port());
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        sender.shutdown();
        if (!sender.awaitTermination(settings.timeoutSeconds(), TimeUnit.SECONDS)) {
            sender.shutdownNow();
        }
    }

    boolean enabled() {
        return !settings.host().isBlank();
    }

    /** Queues the mail of a notification to one address; returns at once. */
    public void send(String address, Told told) {
        if (!enabled()) {
            return;
        }
        try {
            sender.execute(() -> deliver(address, told));
        } catch (RejectedExecutionException full) {
            failed.incrementAndGet();
            LOG.warn("The mail queue is full ({}): a notification to {} was not mailed", QUEUE, address);
        }
    }

    private void deliver(String address, Told told) {
        // javax.mail finds its providers through the context class loader: its own bundle's
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            Transport.send(message(session(), address, told));
            sent.incrementAndGet();
        } catch (MessagingException | RuntimeException e) {
            failed.incrementAndGet();
            LOG.warn("A notification to {} could not be mailed through {}:{}: {}", address, settings.host(), settings.port(), e.toString());
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    Session session() {
        Properties p = new Properties();
        String protocol = settings.ssl() ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", settings.host());
        p.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        String millis = String.valueOf(settings.timeoutSeconds() * 1000L);
        p.put("mail." + protocol + ".connectiontimeout", millis);
        p.put("mail." + protocol + ".timeout", millis);
        p.put("mail." + protocol + ".writetimeout", millis);
        if (settings.starttls() && !settings.ssl()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (!settings.username().isBlank()) {
            p.put("mail." + protocol + ".auth", "true");
            return Session.getInstance(p, new javax.mail.Authenticator() {
                @Override
                protected javax.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new javax.mail.PasswordAuthentication(settings.username(), settings.password());
                }
            });
        }
        return Session.getInstance(p);
    }

    /** The mail: the headline as subject, the text in Bahasa Indonesia then in English, and where to act. */
    MimeMessage message(Session session, String address, Told told) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
        message.setSubject(told.title(), "UTF-8");
        StringBuilder body = new StringBuilder(told.text());
        String url = settings.applicationUrl().strip();
        if (told.link() != null && !url.isEmpty()) {
            body.append("\n\n").append(url.endsWith("/") ? url : url + "/").append("#/").append(told.link());
        }
        if (!told.textEn().equals(told.text())) {
            body.append("\n\n--\n").append(told.titleEn()).append("\n").append(told.textEn());
        }
        body.append("\n\n").append("Pesan ini dikirim otomatis oleh Kinerja; jangan membalasnya. / Sent by Kinerja; do not reply.\n");
        message.setText(body.toString(), "UTF-8");
        return message;
    }

    long sent() {
        return sent.get();
    }

    long failed() {
        return failed.get();
    }
}
