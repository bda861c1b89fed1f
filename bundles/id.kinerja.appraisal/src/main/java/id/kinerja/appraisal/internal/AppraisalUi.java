package id.kinerja.appraisal.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.ui.UiContribution;
import id.kinerja.core.api.ui.UiPage;

/** The appraisal's screens in the web application (files in this bundle's {@code web/} folder). */
@Component(service = UiContribution.class)
public class AppraisalUi implements UiContribution {

    @Override
    public String id() {
        return "appraisal";
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new UiPage("skp", "skp.js", "SKP saya", "My SKP", AppraisalPermissions.WRITE, 20),
                new UiPage("persetujuan-skp", "approvals.js", "Persetujuan SKP", "SKP approvals", AppraisalPermissions.WRITE, 21));
    }
}
