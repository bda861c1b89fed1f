package id.kinerja.security.internal.model;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "SEC_ACCOUNT")
public class AccountEntity {

    @Id
    @Column(name = "NIP")
    public String nip;

    @Column(name = "PASSWORD_HASH", nullable = false)
    public String passwordHash;

    @Column(name = "MUST_CHANGE", nullable = false)
    public int mustChange;

    /** Raised by every password change or reset: tokens that carry an older version are refused. */
    @Column(name = "TOKEN_VERSION", nullable = false)
    public int tokenVersion;

    @Column(name = "PASSWORD_SET_AT", nullable = false)
    public Timestamp passwordSetAt;

    @Column(name = "PASSWORD_SET_BY", nullable = false)
    public String passwordSetBy;
}
