package id.kinerja.security.internal.model;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "SEC_LOGIN_LOG")
public class LoginLogEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String login;

    public int success;

    public String reason;

    public String client;

    @Column(name = "AT_TIME", nullable = false)
    public Timestamp at;
}
