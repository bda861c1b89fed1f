package id.kinerja.security.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.ui.UiContribution;
import id.kinerja.core.api.ui.UiPage;

/** The administration pages of access control: roles with their permissions and holders, the logs of writes and logins. */
@Component(service = UiContribution.class)
public class SecurityUi implements UiContribution {

    @Override
    public String id() {
        return "security";
    }

    @Override
    public String title() {
        return "Administrasi";
    }

    @Override
    public String titleEn() {
        return "Administration";
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new UiPage("peran", "roles.js", "Peran dan izin", "Roles and permissions", SecurityPermissions.ROLES_READ, 90),
                new UiPage("log", "logs.js", "Log perubahan dan masuk", "Write and login logs", SecurityPermissions.AUDIT_READ, 91));
    }
}
