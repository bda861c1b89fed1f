package id.kinerja.shell.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import org.apache.karaf.jaas.modules.encryption.BasicEncryption;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform administrator's account of the Karaf console (SSH, {@code bin/client}) never has a
 * known password. The distribution ships {@code etc/users.properties} without any account; at the
 * first start this component adds {@code admin} with a password of its own: the one given in the
 * environment variable {@value #PASSWORD_VARIABLE}, or a random one printed once on the console.
 * Only its digest is written (Karaf's JAAS encryption, {@code etc/org.apache.karaf.jaas.cfg}).
 * A file that already holds an account is never touched; the default {@code admin}/{@code admin}
 * of older distributions is reported at every start until it is changed.
 */
@Component(immediate = true, service = {})
public class AdministratorAccount {

    static final String PASSWORD_VARIABLE = "KINERJA_ADMIN_PASSWORD";
    static final String USER = "admin";
    static final String GROUP = "_g_:admingroup";
    static final int GENERATED_LENGTH = 20;
    private static final Logger LOG = LoggerFactory.getLogger(AdministratorAccount.class);

    @Activate
    void activate(BundleContext context) {
        String etc = context.getProperty("karaf.etc");
        if (etc == null) {
            return;
        }
        Path users = Path.of(etc, "users.properties");
        try {
            List<String> lines = Files.exists(users) ? Files.readAllLines(users, StandardCharsets.UTF_8) : List.of();
            if (hasAccount(lines)) {
                if (lines.stream().map(String::strip).anyMatch(l -> l.matches("admin\\s*=\\s*admin\\s*,.*"))) {
                    LOG.warn("The console account admin still has the password 'admin': change it (README, 'Console and administrators')");
                }
                return;
            }
            String given = System.getenv(PASSWORD_VARIABLE);
            boolean generated = given == null || given.isBlank();
            String password = generated ? generate() : given;
            Files.writeString(users, System.lineSeparator() + accountLine(password) + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (generated) {
                String banner = "Kinerja: akun konsol administrator dibuat / console administrator account created:" + System.lineSeparator()
                        + "    user " + USER + ", password " + password + System.lineSeparator()
                        + "    Simpan sekarang: kata sandi ini hanya ditampilkan sekali (ubah: README) / Keep it now: it is shown only once.";
                System.out.println(banner);
            }
            LOG.info("Console administrator account '{}' created in {} ({})", USER, users,
                    generated ? "random password printed once on the console" : "password from " + PASSWORD_VARIABLE);
        } catch (IOException e) {
            LOG.error("Could not create the console administrator account in {}", users, e);
        }
    }

    /** Whether the users file defines any account (a line {@code name = password,...} that is not a group). */
    static boolean hasAccount(List<String> lines) {
        return lines.stream().map(String::strip)
                .anyMatch(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!") && !l.startsWith("_g_") && l.contains("="));
    }

    /** The account line of {@code admin}, with the password's digest as Karaf's JAAS encryption checks it. */
    static String accountLine(String password) {
        String digest = new BasicEncryption(Map.of("algorithm", "SHA-512", "encoding", "hexadecimal")).encryptPassword(password);
        return USER + " = {CRYPT}" + digest + "{CRYPT}," + GROUP;
    }

    static String generate() {
        char[] alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
        SecureRandom random = new SecureRandom();
        char[] password = new char[GENERATED_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(password);
    }
}
