package id.kinerja.appraisal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Evidence files on disk, addressed by the SHA-256 of their content ({@code ab/abcdef...}), so the
 * same file uploaded twice is stored once and a stored file never changes. A file is written to a
 * temporary name and moved into place only when complete and accepted. The database keeps the
 * metadata; backups must copy this folder with the database.
 */
final class EvidenceStore {

    /** A stored file: its content address, size and content type (checked from the bytes). */
    record Stored(String sha256, long size, String contentType) {
    }

    /** Accepted types: extension, the content type, and the first bytes a file of that type starts with. */
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "odt", "application/vnd.oasis.opendocument.text",
            "ods", "application/vnd.oasis.opendocument.spreadsheet");

    private final Path root;

    EvidenceStore(Path root) {
        this.root = root;
    }

    /** The content type for a file name and its first bytes, or an error when the file is not of an accepted type. */
    static String contentType(String fileName, byte[] head) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        boolean matches = type != null && switch (extension) {
            case "pdf" -> startsWith(head, 0x25, 0x50, 0x44, 0x46); // %PDF
            case "jpg", "jpeg" -> startsWith(head, 0xFF, 0xD8, 0xFF);
            case "png" -> startsWith(head, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
            default -> startsWith(head, 0x50, 0x4B, 0x03, 0x04); // the ZIP container of Office and OpenDocument files
        };
        if (!matches) {
            throw Errors.invalid("FILE_TYPE", "file", "Jenis berkas tidak diterima; kirim PDF, JPEG, PNG, DOCX, XLSX, PPTX, ODT atau ODS",
                    "File type not accepted; send PDF, JPEG, PNG, DOCX, XLSX, PPTX, ODT or ODS");
        }
        return type;
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Stores a file of at most {@code maxBytes}; nothing stays behind when it is refused. */
    Stored store(String fileName, InputStream content, long maxBytes) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "upload-", ".part");
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                byte[] head = new byte[8];
                int headLength = 0;
                long size = 0;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                    byte[] buffer = new byte[64 * 1024];
                    int n;
                    while ((n = content.read(buffer)) > 0) {
                        size += n;
                        if (size > maxBytes) {
                            throw Errors.invalid("FILE_TOO_LARGE", "file", "Berkas terlalu besar (paling besar " + maxBytes / (1024 * 1024) + " MB)",
                                    "The file is too large (at most " + maxBytes / (1024 * 1024) + " MB)");
                        }
                        int copy = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copy);
                        headLength += copy;
                        out.write(buffer, 0, n);
                    }
                }
                if (size == 0) {
                    throw Errors.invalid("FILE_EMPTY", "file", "Berkas kosong", "The file is empty");
                }
                String type = contentType(fileName, java.util.Arrays.copyOf(head, headLength));
                String sha = HexFormat.of().formatHex(digest.digest());
                Path target = path(sha);
                Files.createDirectories(target.getParent());
                if (Files.exists(target)) {
                    Files.delete(temp);
                } else {
                    move(temp, target);
                }
                return new Stored(sha, size, type);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store evidence in " + root, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    InputStream open(String sha256) {
        try {
            return Files.newInputStream(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("Evidence " + sha256 + " is missing from " + root, e);
        }
    }

    private Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
