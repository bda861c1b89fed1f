package id.kinerja.security.internal.model;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Failed logins of one account from one client address, and until when that address is locked out. */
@Entity
@Table(name = "SEC_LOGIN_LOCK")
public class LoginLockEntity {

    @Id
    @Column(name = "ID")
    public String id;

    @Column(name = "NIP", nullable = false)
    public String nip;

    @Column(name = "CLIENT", nullable = false)
    public String client;

    @Column(name = "FAILURES", nullable = false)
    public int failures;

    @Column(name = "LOCKED_UNTIL")
    public Timestamp lockedUntil;

    @Column(name = "LAST_FAILURE_AT", nullable = false)
    public Timestamp lastFailureAt;

    public static String idOf(String nip, String client) {
        return nip + "|" + client;
    }
}
