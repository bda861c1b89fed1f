package id.kinerja.staff.internal.model;

import java.io.Serializable;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * A word of a staff member's name with the name, as the search reads it ({@link NameWord}). Written
 * only through {@link StaffEntity}'s name.
 */
@Entity
@Table(name = "STAFF_NAME_WORD")
@IdClass(StaffNameWordEntity.Key.class)
public class StaffNameWordEntity {

    @Id
    private String word;

    @Id
    private String nip;

    private String fullName;

    public String getWord() { return word; }
    public String getFullName() { return fullName; }
    public String getNip() { return nip; }

    /** The primary key: the word, then the NIP. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String word;
        public String nip;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && java.util.Objects.equals(word, k.word) && java.util.Objects.equals(nip, k.nip);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(word, nip);
        }
    }
}
