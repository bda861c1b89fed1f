package id.kinerja.staff.internal.model;

import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/**
 * A pair of words of a staff member's name ({@link NameWords#pairs}), kept with the whole name: a
 * search of two words reads the names holding both from one index of this table
 * ({@code WHERE PAIR LIKE 'dew lub%' AND FIRST_WORD LIKE 'dewi%' ORDER BY PAIR, FULL_NAME, NIP}).
 */
@Embeddable
public class NamePair {

    @Column(name = "PAIR")
    private String pair;

    @Column(name = "FIRST_WORD")
    private String firstWord;

    @Column(name = "FULL_NAME")
    private String fullName;

    protected NamePair() {
    }

    NamePair(NameWords.WordPair pair, String fullName) {
        this.pair = pair.key();
        this.firstWord = pair.firstWord();
        this.fullName = fullName;
    }

    public String getPair() { return pair; }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamePair p && Objects.equals(pair, p.pair) && Objects.equals(firstWord, p.firstWord)
                && Objects.equals(fullName, p.fullName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pair, firstWord, fullName);
    }
}
