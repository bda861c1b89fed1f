package id.kinerja.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrandingServletTest {

    @TempDir
    Path folder;

    @Test
    void aLogoIsAReadablePngJpegOrSvgOfAtMostHalfAMegabyte() throws Exception {
        Path png = Files.write(folder.resolve("logo-kota.PNG"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertEquals(png, BrandingServlet.logoFile(png.toString()));
        assertEquals("image/png", BrandingServlet.imageType(png));
        assertEquals("image/svg+xml", BrandingServlet.imageType(Path.of("logo.svg")));
        assertNull(BrandingServlet.logoFile(""), "none configured");
        assertNull(BrandingServlet.logoFile(folder.resolve("missing.png").toString()), "missing");
        assertNull(BrandingServlet.logoFile(Files.writeString(folder.resolve("logo.html"), "<script>").toString()), "not an image");
        Path large = Files.write(folder.resolve("large.jpg"), new byte[(int) BrandingServlet.MAX_LOGO_BYTES + 1]);
        assertNull(BrandingServlet.logoFile(large.toString()), "too large");
    }
}
