package id.kinerja.notifications.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The city's SMTP server ({@code etc/id.kinerja.notifications.mail.cfg}); no e-mail is sent while {@code host} is empty. */
@ObjectClassDefinition(name = "Kinerja: e-mail pemberitahuan / notification e-mail")
public @interface MailSettings {

    @AttributeDefinition(description = "SMTP server; empty: no e-mail is sent")
    String host() default "";

    @AttributeDefinition(description = "SMTP port (25, 587 with STARTTLS, 465 with SSL)")
    int port() default 587;

    @AttributeDefinition(description = "Sender, e.g. Kinerja Kota Denpasar <kinerja@denpasarkota.go.id>")
    String from() default "kinerja@localhost";

    @AttributeDefinition(description = "Account on the SMTP server; empty: none")
    String username() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Its password")
    String password() default "";

    @AttributeDefinition(description = "STARTTLS (required when true)")
    boolean starttls() default true;

    @AttributeDefinition(description = "SSL from the start (port 465)")
    boolean ssl() default false;

    @AttributeDefinition(description = "Address of the web application in the mail, e.g. https://kinerja.denpasarkota.go.id/app/; empty: no link")
    String applicationUrl() default "";

    @AttributeDefinition(description = "Seconds to connect and to wait for the server")
    int timeoutSeconds() default 10;
}
