package id.kinerja.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AttachmentsTest {

    @Test
    void recognisedByContentNotByName() {
        assertEquals(Optional.of("image/jpeg"), Attachments.typeOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0 }));
        assertEquals(Optional.of("image/png"), Attachments.typeOf(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 }));
        assertEquals(Optional.of("application/pdf"), Attachments.typeOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(Attachments.typeOf("<html><script>".getBytes(StandardCharsets.US_ASCII)).isEmpty(), "a web page is refused");
        assertTrue(Attachments.typeOf("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)).isEmpty(), "a program is refused");
        assertTrue(Attachments.typeOf(new byte[] { (byte) 0xFF, (byte) 0xD8 }).isEmpty(), "too short to tell");
        assertTrue(Attachments.typeOf(new byte[0]).isEmpty());
        assertTrue(Attachments.typeOf(null).isEmpty());
    }

    @Test
    void namesAreMadeSafe() {
        assertEquals("foto.jpg", Attachments.safeName("C:\\Users\\siti\\foto.jpg", "image/jpeg"));
        assertEquals("passwd", Attachments.safeName("../../etc/passwd", "application/pdf"));
        assertEquals("ab.pdf", Attachments.safeName("a\"b\r\n.pdf", "application/pdf"));
        assertEquals("lampiran.png", Attachments.safeName("  ", "image/png"));
        assertEquals("lampiran.jpg", Attachments.safeName(null, "image/jpeg"));
        assertEquals(200, Attachments.safeName("x".repeat(300) + ".pdf", "application/pdf").length());
    }
}
