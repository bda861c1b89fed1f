/**
 * How a module tells people that work waits for them: it posts an OSGi event on
 * {@link NotificationEvents#TOPIC} (EventAdmin, asynchronously); the platform keeps it for each
 * recipient (the bell of the web application) and, once the city configured its SMTP server, mails
 * it. A module never waits for, nor depends on, the delivery.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package id.kinerja.core.api.notification;
