package id.kinerja.itest.module.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.ui.UiContribution;
import id.kinerja.core.api.ui.UiPage;

/** The test module's page in the web application: it comes and goes with the module. */
@Component(service = UiContribution.class)
public class NotesUi implements UiContribution {

    @Override
    public String id() {
        return "itest";
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new UiPage("catatan", "notes.js", "Catatan uji", "Test notes", TestModulePermissions.NOTES, 90));
    }
}
