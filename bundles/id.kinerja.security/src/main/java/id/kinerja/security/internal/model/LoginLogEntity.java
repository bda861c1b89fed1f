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
    @Column(name = "ID")
    public Long id;

    @Column(name = "LOGIN", nullable = false)
    public String login;

    @Column(name = "SUCCESS", nullable = false)
    public int success;

    @Column(name = "REASON", nullable = false)
    public String reason;

    @Column(name = "CLIENT")
    public String client;

    @Column(name = "AT_TIME", nullable = false)
    public Timestamp at;
}
