package id.kinerja.staff.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.ui.UiContribution;
import id.kinerja.core.api.ui.UiPage;

/** The registry's screens in the web application (files in this bundle's {@code web/} folder). */
@Component(service = UiContribution.class)
public class StaffUi implements UiContribution {

    @Override
    public String id() {
        return "staff";
    }

    @Override
    public String title() {
        return "Kepegawaian";
    }

    @Override
    public String titleEn() {
        return "Staff registry";
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new UiPage("pegawai", "staff.js", "Pegawai", "Staff", StaffPermissions.LIST, 10),
                new UiPage("unit-kerja", "units.js", "Unit kerja", "Units", StaffPermissions.UNITS_READ, 11));
    }
}
