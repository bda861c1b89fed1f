package id.kinerja.staff.internal.model;

import java.io.Serializable;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * A pair of words of a staff member's name with the name, as the search reads it ({@link NamePair}).
 * Written only through {@link StaffEntity}'s name.
 */
@Entity
@Table(name = "STAFF_NAME_PAIR")
@IdClass(StaffNamePairEntity.Key.class)
public class StaffNamePairEntity {

    @Id
    private String pair;

    @Id
    private String nip;

    @Id
    private String firstWord;

    private String fullName;

    public String getPair() { return pair; }
    public String getFullName() { return fullName; }
    public String getNip() { return nip; }
    public String getFirstWord() { return firstWord; }

    /** The primary key: the pair, the NIP, the whole first word (two words of a name may start alike). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String pair;
        public String nip;
        public String firstWord;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && java.util.Objects.equals(pair, k.pair) && java.util.Objects.equals(nip, k.nip)
                    && java.util.Objects.equals(firstWord, k.firstWord);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(pair, nip, firstWord);
        }
    }
}
