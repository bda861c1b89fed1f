package id.kinerja.core.api.staff;

import java.util.List;

import id.kinerja.core.api.KinerjaException;

/**
 * Rank: golongan/ruang for PNS (I/a .. IV/e, 17 steps) and grade for PPPK (I .. XVII).
 */
public final class Rank {

    /** PNS golongan/ruang from lowest to highest. */
    public static final List<String> PNS_RANKS = List.of(
            "I/a", "I/b", "I/c", "I/d",
            "II/a", "II/b", "II/c", "II/d",
            "III/a", "III/b", "III/c", "III/d",
            "IV/a", "IV/b", "IV/c", "IV/d", "IV/e");

    /** PPPK grades from lowest to highest. */
    public static final List<String> PPPK_GRADES = List.of(
            "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
            "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII");

    private Rank() {
    }

    /** The valid ranks for an employment type, lowest first. */
    public static List<String> ranksOf(EmploymentType type) {
        return type == EmploymentType.PPPK ? PPPK_GRADES : PNS_RANKS;
    }

    /**
     * Checks that {@code rank} is valid for {@code type} and returns it in its canonical spelling
     * (e.g. {@code "iii/a"} becomes {@code "III/a"}).
     */
    public static String validate(EmploymentType type, String rank) {
        if (rank != null) {
            String trimmed = rank.trim();
            for (String valid : ranksOf(type)) {
                if (valid.equalsIgnoreCase(trimmed)) {
                    return valid;
                }
            }
        }
        if (type == EmploymentType.PPPK) {
            throw KinerjaException.badRequest("INVALID_RANK", "rank",
                    "Golongan PPPK harus salah satu dari I sampai XVII",
                    "A PPPK grade must be one of I to XVII");
        }
        throw KinerjaException.badRequest("INVALID_RANK", "rank",
                "Golongan/ruang PNS harus salah satu dari I/a sampai IV/e",
                "A PNS golongan/ruang must be one of I/a to IV/e");
    }
}
