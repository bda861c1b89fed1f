package id.kinerja.complaints.internal.model;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A staff member responsible for a complaint. */
@Entity
@Table(name = "COMPLAINT_STAFF")
@IdClass(ResponsibleEntity.Key.class)
public class ResponsibleEntity {

    @Id
    public long complaintId;

    @Id
    public String nip;

    /** The key: complaint and staff member. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long complaintId;
        public String nip;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && complaintId == k.complaintId && Objects.equals(nip, k.nip);
        }

        @Override
        public int hashCode() {
            return Objects.hash(complaintId, nip);
        }
    }
}
