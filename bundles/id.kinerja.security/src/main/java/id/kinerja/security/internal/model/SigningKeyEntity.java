package id.kinerja.security.internal.model;

import java.sql.Timestamp;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "SEC_SIGNING_KEY")
public class SigningKeyEntity {

    @Id
    public int id;

    public String secret;

    public Timestamp createdAt;
}
