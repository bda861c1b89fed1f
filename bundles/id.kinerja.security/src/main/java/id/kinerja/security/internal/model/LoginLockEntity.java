package id.kinerja.security.internal.model;

import java.sql.Timestamp;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Failed logins of one account from one client address, and until when that address is locked out. */
@Entity
@Table(name = "SEC_LOGIN_LOCK")
public class LoginLockEntity {

    @Id
    public String id;

    public String nip;

    public String client;

    public int failures;

    public Timestamp lockedUntil;

    public Timestamp lastFailureAt;

    public static String idOf(String nip, String client) {
        return nip + "|" + client;
    }
}
