package id.kinerja.security.internal.model;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "SEC_SIGNING_KEY")
public class SigningKeyEntity {

    @Id
    @Column(name = "ID")
    public int id;

    @Column(name = "SECRET", nullable = false)
    public String secret;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;
}
