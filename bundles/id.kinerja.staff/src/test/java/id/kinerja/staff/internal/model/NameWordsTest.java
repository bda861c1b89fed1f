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
        assertEquals(List.of("dew sartika", "dew lubis", "sar dewi", "sar lubis", "lub dewi", "lub sartika"), keys("Dewi Sartika Lubis"));
        assertEquals(List.of("dewi", "dewi", "sartika", "sartika", "lubis", "lubis"),
                NameWords.pairs("Dewi Sartika Lubis").stream().map(NameWords.WordPair::firstWord).toList(), "each with its whole first word");
        // titles and initials make none
        assertEquals(List.of("sit nurhaliza", "sit kes", "nur siti", "nur kes", "kes siti", "kes nurhaliza"),
                keys("Dr. Ir. Hj. Siti Nurhaliza, M.Kes."));
        // two first words that start alike each keep their pair: "dewan lubis" is only Dewanti's
        assertEquals(List.of("dew dewanti|dewi", "dew lubis|dewi", "dew dewi|dewanti", "dew lubis|dewanti", "lub dewi|lubis",
                "lub dewanti|lubis"), NameWords.pairs("Dewi Dewanti Lubis").stream().map(p -> p.key() + '|' + p.firstWord()).toList());
        assertEquals(List.of(), List.copyOf(NameWords.pairs("Budi")));
        assertEquals(List.of(), List.copyOf(NameWords.pairs(null)));
    }

    private static List<String> keys(String name) {
        return NameWords.pairs(name).stream().map(NameWords.WordPair::key).toList();
    }

    @Test
    void aSearchIsAtMostThreeWords() {
        assertEquals(List.of("agus", "lubis"), NameWords.ofSearch("  Agus  Lubis "));
        assertEquals(List.of("a", "b", "c"), NameWords.ofSearch("a b c d"));
        assertEquals(List.of(), NameWords.ofSearch("--"));
    }
}
