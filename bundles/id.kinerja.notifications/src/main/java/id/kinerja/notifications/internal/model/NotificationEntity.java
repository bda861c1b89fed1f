package id.kinerja.notifications.internal.model;

import java.sql.Timestamp;

import javax.persistence.Cacheable;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** What one staff member was told (table NOTIFICATION). */
@Entity
@Cacheable
@Table(name = "NOTIFICATION")
public class NotificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String nip;
    public String source;
    public String title;
    public String titleEn;
    public String text;
    public String textEn;
    public String link;
    public Timestamp createdAt;
    public Timestamp readAt;
}
