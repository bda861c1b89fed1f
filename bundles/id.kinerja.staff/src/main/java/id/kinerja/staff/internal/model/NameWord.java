package id.kinerja.staff.internal.model;

import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/**
 * A word of a staff member's name, kept with the whole name: the search reads the page of a word
 * ({@code WHERE WORD LIKE 'sireg%' ORDER BY FULL_NAME, NIP}) from one index of this table alone.
 */
@Embeddable
public class NameWord {

    @Column(name = "WORD")
    private String word;

    @Column(name = "FULL_NAME")
    private String fullName;

    protected NameWord() {
    }

    NameWord(String word, String fullName) {
        this.word = word;
        this.fullName = fullName;
    }

    public String getWord() { return word; }

    @Override
    public boolean equals(Object other) {
        return other instanceof NameWord w && Objects.equals(word, w.word) && Objects.equals(fullName, w.fullName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(word, fullName);
    }
}
