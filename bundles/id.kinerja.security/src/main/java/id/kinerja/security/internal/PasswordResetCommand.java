package id.kinerja.security.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import id.kinerja.core.api.KinerjaException;

/**
 * {@code kinerja:password-reset <nip>}: an administrator (Karaf's JAAS realm) gives a staff member a
 * new temporary password, to be changed at the first login; also creates the account.
 */
@Command(scope = "kinerja", name = "password-reset", description = "Buat kata sandi sementara untuk pegawai (akun baru atau lupa kata sandi)")
@Service
public class PasswordResetCommand implements Action {

    @Reference
    AccountService accounts;

    @Reference
    Session session;

    @Argument(index = 0, name = "nip", description = "NIP pegawai", required = true)
    String nip;

    @Override
    public Object execute() {
        try {
            Object user = session == null ? null : session.get("USER");
            String password = accounts.resetPassword(nip, "admin:" + (user == null ? "console" : user));
            System.out.println("Kata sandi sementara " + nip.strip() + ": " + password + " (ganti saat pertama masuk)");
        } catch (KinerjaException e) {
            System.out.println(e.getMessageId());
        }
        return null;
    }
}
