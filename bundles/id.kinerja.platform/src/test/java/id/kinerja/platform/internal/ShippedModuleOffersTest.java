package id.kinerja.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedModuleOffersTest {

    static final String PAY = "mvn:id.kinerja/id.kinerja.pay/0.1.0/xml/features";

    @Test
    void theConfiguredRepositoriesAreACommaSeparatedList() {
        assertEquals(Set.of(PAY, "mvn:id.kinerja/kinerja-features/0.1.0/xml/features"),
                ShippedModuleOffers.parse(" " + PAY + ", \n    mvn:id.kinerja/kinerja-features/0.1.0/xml/features, "));
    }

    @Test
    void aRepositoryIsAKarsWhileTheKarsFolderListsIt(@TempDir Path storage) throws Exception {
        assertFalse(ShippedModuleOffers.namedByAKar(storage.resolve("none"), PAY), "no KAR storage yet");
        assertFalse(ShippedModuleOffers.namedByAKar(storage, PAY), "no KAR installed");
        Files.createDirectories(storage.resolve("other-module"));
        Files.writeString(storage.resolve("other-module/features.cfg"), "mvn:com.vendor/rapat/1.0/xml/features\n");
        assertFalse(ShippedModuleOffers.namedByAKar(storage, PAY), "another KAR's repository");
        Files.createDirectories(storage.resolve("id.kinerja.pay-0.1.0-module"));
        Files.writeString(storage.resolve("id.kinerja.pay-0.1.0-module/features.cfg"), PAY + "\n");
        assertTrue(ShippedModuleOffers.namedByAKar(storage, PAY));
    }
}
