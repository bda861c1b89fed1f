package id.kinerja.staff.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameWordsTest {

    @Test
    void aNamesWordsAreLowerCaseWithoutPunctuation() {
        assertEquals(List.of("ratna", "wijaya", "s", "h"), List.copyOf(NameWords.of("Ratna Wijaya, S.H.")));
        assertEquals(List.of("dr", "ir", "hj", "siti", "nurhaliza", "m", "kes"), List.copyOf(NameWords.of("Dr. Ir. Hj. Siti Nurhaliza, M.Kes.")));
        assertEquals(List.of("i", "gusti", "ayu", "putu", "ω"), List.copyOf(NameWords.of("I Gusti Ayu Putu  Ω")));
    }

    @Test
    void aWordAppearsOnceAndLongNamesAreCut() {
        assertEquals(List.of("budi"), List.copyOf(NameWords.of("Budi budi BUDI")));
        assertEquals(NameWords.MAX_LENGTH, NameWords.of("x".repeat(100)).iterator().next().length());
        assertEquals(NameWords.MAX_WORDS, NameWords.of("a b c d e f g h i j k l m n o p").size());
        assertEquals(List.of(), List.copyOf(NameWords.of(null)));
    }

    @Test
    void aNamesPairsAreItsWordsOfThreeLettersOrMoreInBothOrders() {
        assertEquals(List.of("dew sartika", "dew lubis", "sar dewi", "sar lubis", "lub dewi", "lub sartika"),
                List.copyOf(NameWords.pairs("Dewi Sartika Lubis")));
        // titles and initials make none; the first word's start is kept once per second word
        assertEquals(List.of("sit nurhaliza", "sit kes", "nur siti", "nur kes", "kes siti", "kes nurhaliza"),
                List.copyOf(NameWords.pairs("Dr. Ir. Hj. Siti Nurhaliza, M.Kes.")));
        assertEquals(List.of("dew dewanti", "dew lubis", "dew dewi", "lub dewi", "lub dewanti"),
                List.copyOf(NameWords.pairs("Dewi Dewanti Lubis")));
        assertEquals(List.of(), List.copyOf(NameWords.pairs("Budi")));
        assertEquals(List.of(), List.copyOf(NameWords.pairs(null)));
    }

    @Test
    void aSearchIsAtMostThreeWords() {
        assertEquals(List.of("agus", "lubis"), NameWords.ofSearch("  Agus  Lubis "));
        assertEquals(List.of("a", "b", "c"), NameWords.ofSearch("a b c d"));
        assertEquals(List.of(), NameWords.ofSearch("--"));
    }
}
