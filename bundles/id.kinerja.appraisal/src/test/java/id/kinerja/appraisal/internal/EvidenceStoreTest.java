package id.kinerja.appraisal.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.kinerja.core.api.KinerjaException;

class EvidenceStoreTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path root;

    static long files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void storesByContentAddressOnceAndReadsBack() throws IOException {
        EvidenceStore store = new EvidenceStore(root);
        EvidenceStore.Stored first = store.store("laporan.pdf", new ByteArrayInputStream(PDF), 1024);
        EvidenceStore.Stored again = store.store("salinan.PDF", new ByteArrayInputStream(PDF), 1024);
        assertEquals(first.sha256(), again.sha256());
        assertEquals("application/pdf", first.contentType());
        assertEquals(PDF.length, first.size());
        assertEquals(1, files(root), "the same content is stored once, no temporary file left");
        try (InputStream in = store.open(first.sha256())) {
            assertArrayEquals(PDF, in.readAllBytes());
        }
    }

    @Test
    void recognisesTypesByTheirBytesNotTheirName() {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 };
        byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 };
        byte[] zip = { 'P', 'K', 3, 4, 20 };
        assertEquals("image/png", EvidenceStore.contentType("foto.png", png));
        assertEquals("image/jpeg", EvidenceStore.contentType("foto.JPG", jpeg));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", EvidenceStore.contentType("nota.docx", zip));
        assertEquals("application/vnd.oasis.opendocument.spreadsheet", EvidenceStore.contentType("rekap.ods", zip));
        KinerjaException renamed = assertThrows(KinerjaException.class, () -> EvidenceStore.contentType("virus.pdf", new byte[] { 'M', 'Z', 0, 0 }));
        assertEquals("FILE_TYPE", renamed.getCode());
        assertThrows(KinerjaException.class, () -> EvidenceStore.contentType("skrip.sh", PDF));
        assertThrows(KinerjaException.class, () -> EvidenceStore.contentType("tanpa-ekstensi", PDF));
    }

    @Test
    void refusesTooLargeEmptyAndWrongFilesLeavingNothingBehind() throws IOException {
        EvidenceStore store = new EvidenceStore(root);
        assertEquals("FILE_TOO_LARGE", assertThrows(KinerjaException.class,
                () -> store.store("besar.pdf", new ByteArrayInputStream(PDF), PDF.length - 1)).getCode());
        assertEquals("FILE_EMPTY", assertThrows(KinerjaException.class,
                () -> store.store("kosong.pdf", new ByteArrayInputStream(new byte[0]), 1024)).getCode());
        assertEquals("FILE_TYPE", assertThrows(KinerjaException.class,
                () -> store.store("teks.pdf", new ByteArrayInputStream("halo".getBytes(StandardCharsets.UTF_8)), 1024)).getCode());
        assertEquals(0, files(root));
    }
}
