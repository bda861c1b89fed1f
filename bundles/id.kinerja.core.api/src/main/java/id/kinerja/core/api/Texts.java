package id.kinerja.core.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text as it crosses the platform's edges: uploaded files must be UTF-8 (a spreadsheet saved in
 * another encoding is refused with a clear message rather than read with broken letters), names carry
 * no control characters, and a cell of an exported CSV file never starts a spreadsheet formula.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * A text a caller must give, at the API's boundary: stripped of surrounding blanks; a 400
     * {@code REQUIRED} naming {@code field} when it is missing or blank, {@code TOO_LONG} beyond
     * {@code max} characters.
     */
    public static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw KinerjaException.badRequest("REQUIRED", field, "Isian " + field + " wajib diisi", field + " is required");
        }
        return optional(value, field, max);
    }

    /** A text a caller may give: stripped, {@code null} when missing or blank; a 400 {@code TOO_LONG} beyond {@code max} characters. */
    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw KinerjaException.badRequest("TOO_LONG", field, "Isian " + field + " paling panjang " + max + " karakter",
                    field + " is at most " + max + " characters");
        }
        return stripped;
    }

    /**
     * The bytes of an uploaded file as UTF-8 text (a byte-order mark is kept for the reader to skip);
     * a 400 {@code NOT_UTF8} naming {@code field} if they are not valid UTF-8 (e.g. a file saved as
     * Latin-1 / Windows-1252).
     */
    public static String utf8(byte[] bytes, String field) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw KinerjaException.badRequest("NOT_UTF8", field,
                    "Berkas bukan teks UTF-8: simpan ulang sebagai \"CSV UTF-8\" (di Excel: Simpan Sebagai > CSV UTF-8)",
                    "The file is not UTF-8 text: save it again as \"CSV UTF-8\"");
        }
    }

    /** Whether {@code text} holds a control character (NUL, escape, line break, tab...). */
    public static boolean hasControlCharacters(String text) {
        return text != null && text.chars().anyMatch(Character::isISOControl);
    }

    /** {@code text} unchanged, or a 400 {@code CONTROL_CHARACTERS} naming {@code field} if it holds a control character. */
    public static String requireNoControlCharacters(String field, String text) {
        if (hasControlCharacters(text)) {
            throw controlCharacters(field);
        }
        return text;
    }

    /** The 400 {@code CONTROL_CHARACTERS} naming {@code field}, for validators that collect errors. */
    public static KinerjaException controlCharacters(String field) {
        return KinerjaException.badRequest("CONTROL_CHARACTERS", field, "Kolom " + field + " berisi karakter kendali yang tidak diperbolehkan",
                "The field " + field + " holds control characters, which are not allowed");
    }

    /**
     * A text cell for an exported CSV file: one that a spreadsheet would read as a formula (starting
     * with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, which spreadsheets
     * show as text. {@link #fromCsvCell} takes it off again when the file is imported.
     */
    public static String csvCell(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The value of a CSV cell that {@link #csvCell} protected, as it was. */
    public static String fromCsvCell(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }
}
