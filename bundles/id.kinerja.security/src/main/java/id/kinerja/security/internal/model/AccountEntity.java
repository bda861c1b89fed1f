package id.kinerja.security.internal.model;

import java.sql.Timestamp;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "SEC_ACCOUNT")
public class AccountEntity {

    @Id
    public String nip;

    public String passwordHash;

    public int mustChange;

    /** Raised by every password change or reset: tokens that carry an older version are refused. */
    public int tokenVersion;

    public Timestamp passwordSetAt;

    public String passwordSetBy;
}
