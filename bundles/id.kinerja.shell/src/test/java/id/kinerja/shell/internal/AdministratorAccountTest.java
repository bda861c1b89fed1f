package id.kinerja.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.karaf.jaas.modules.encryption.BasicEncryption;
import org.junit.jupiter.api.Test;

class AdministratorAccountTest {

    @Test
    void onlyAFileWithoutAccountsGetsOne() {
        assertFalse(AdministratorAccount.hasAccount(List.of("# admin = admin,_g_:admingroup", "", "_g_\\:admingroup = group,admin,ssh")));
        assertTrue(AdministratorAccount.hasAccount(List.of("_g_\\:admingroup = group,admin,ssh", "karaf = secret,_g_:admingroup")));
    }

    @Test
    void theLineHoldsTheDigestKarafChecksNeverThePassword() {
        String line = AdministratorAccount.accountLine("Rahasia-Kota-2026");
        assertFalse(line.contains("Rahasia-Kota-2026"));
        assertTrue(line.startsWith("admin = {CRYPT}"), line);
        assertTrue(line.endsWith("{CRYPT},_g_:admingroup"), line);
        String digest = line.substring(line.indexOf("{CRYPT}") + 7, line.lastIndexOf("{CRYPT}"));
        BasicEncryption karaf = new BasicEncryption(Map.of("algorithm", "SHA-512", "encoding", "hexadecimal"));
        assertTrue(karaf.checkPassword("Rahasia-Kota-2026", digest));
        assertFalse(karaf.checkPassword("admin", digest));
    }

    @Test
    void generatedPasswordsAreLongAndDifferent() {
        String one = AdministratorAccount.generate();
        assertEquals(AdministratorAccount.GENERATED_LENGTH, one.length());
        assertNotEquals(one, AdministratorAccount.generate());
    }
}
