package id.kinerja.platform.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.ui.UiContribution;
import id.kinerja.core.api.ui.UiPage;

/** The administration page of the platform: the Kinerja modules, installed or available. */
@Component(service = UiContribution.class)
public class PlatformUi implements UiContribution {

    @Override
    public String id() {
        return "platform";
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
        return List.of(new UiPage("modul", "modules.js", "Modul", "Modules", PlatformPermissions.MODULES_READ, 92));
    }
}
