package id.kinerja.complaints.internal;

import java.util.Optional;

/**
 * What a citizen may attach: photos (JPEG, PNG) and PDF documents, recognised by their first bytes
 * (never by the name or the type the sender claims), at most {@value #MAX_BYTES} bytes each and
 * {@value #MAX_PER_COMPLAINT} per complaint.
 */
public final class Attachments {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_COMPLAINT = 3;

    private Attachments() {
    }

    /** The content type the bytes really are, when allowed. */
    public static Optional<String> typeOf(byte[] content) {
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    /** A file name safe to show and to send back: no path, no control characters, at most 200 characters. */
    public static String safeName(String name, String type) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "lampiran" + switch (type) {
                case "image/jpeg" -> ".jpg";
                case "image/png" -> ".png";
                default -> ".pdf";
            };
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
