package id.kinerja.staff.internal.model;

import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/**
 * A pair of words of a staff member's name ({@link NameWords#pairs}), kept with the whole name: a
 * search of two words reads the names holding both from one index of this table
 * ({@code WHERE PAIR LIKE 'dew lub%' ORDER BY PAIR, FULL_NAME, NIP}).
 */
@Embeddable
public class NamePair {

    @Column(name = "PAIR")
    private String pair;

    @Column(name = "FULL_NAME")
    private String fullName;

    protected NamePair() {
    }

    NamePair(String pair, String fullName) {
        this.pair = pair;
        this.fullName = fullName;
    }

    public String getPair() { return pair; }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamePair p && Objects.equals(pair, p.pair) && Objects.equals(fullName, p.fullName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pair, fullName);
    }
}
