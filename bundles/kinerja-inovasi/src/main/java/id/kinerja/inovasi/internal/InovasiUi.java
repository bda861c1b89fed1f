package id.kinerja.inovasi.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.ui.UiContribution;
import id.kinerja.core.api.ui.UiPage;

/** The module's page in the web application (web/notes.js, texts in web/messages.json): it comes and goes with the module. */
@Component(service = UiContribution.class)
public class ModuleUi implements UiContribution {

    @Override
    public String id() {
        return "inovasi";
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new UiPage("inovasi", "notes.js", "Inovasi dan rapat umpan balik", "Innovation and feedback meetings", ModulePermissions.READ, 80));
    }
}
