package id.kinerja.inovasi.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.ui.UiContribution;
import id.kinerja.core.api.ui.UiPage;

/** The module's pages in the web application (web/, texts in web/messages.json): they come and go with the module. */
@Component(service = UiContribution.class)
public class InovasiUi implements UiContribution {

    @Override
    public String id() {
        return "inovasi";
    }

    @Override
    public String title() {
        return "Inovasi";
    }

    @Override
    public String titleEn() {
        return "Innovation";
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new UiPage("rapat", "meetings.js", "Rapat umpan balik", "Feedback meetings", InovasiPermissions.MEETINGS, 80),
                new UiPage("inovasi", "contests.js", "Kontes inovasi", "Innovation contest", InovasiPermissions.CONTESTS, 81));
    }
}
