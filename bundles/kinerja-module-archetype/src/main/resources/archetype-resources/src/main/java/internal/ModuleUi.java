package ${package}.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.ui.UiContribution;
import id.kinerja.core.api.ui.UiPage;

/** The module's page in the web application (web/notes.js, texts in web/messages.json): it comes and goes with the module. */
@Component(service = UiContribution.class)
public class ModuleUi implements UiContribution {

    @Override
    public String id() {
        return "${moduleName}";
    }

    /** The module's name in the menu: a long menu gathers its pages under it. */
    @Override
    public String title() {
        return "${moduleTitle}";
    }

    @Override
    public String titleEn() {
        return "${moduleTitleEn}";
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new UiPage("${moduleName}", "notes.js", "${moduleTitle}", "${moduleTitleEn}", ModulePermissions.READ, 80));
    }
}
