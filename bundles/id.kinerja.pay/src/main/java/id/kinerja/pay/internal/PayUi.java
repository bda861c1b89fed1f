package id.kinerja.pay.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.ui.UiContribution;
import id.kinerja.core.api.ui.UiPage;

/**
 * The module's screens (web/, texts in web/messages.json), coming and going with the module: every
 * staff member's own slips, the monthly runs (started as a job with its progress, checked, approved,
 * closed; the slips, the summary, the treasury's file) with the policy in force, and the import of
 * discipline events with its per-row report.
 */
@Component(service = UiContribution.class)
public class PayUi implements UiContribution {

    @Override
    public String id() {
        return "pay";
    }

    @Override
    public String title() {
        return "TPP";
    }

    @Override
    public String titleEn() {
        return "Performance pay";
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new UiPage("slip-tpp", "slips.js", "Slip TPP saya", "My TPP slips", PayPermissions.READ, 30),
                new UiPage("tpp", "runs.js", "Proses TPP", "Pay runs", PayPermissions.RUNS_READ, 50),
                new UiPage("disiplin", "discipline.js", "Data disiplin", "Discipline data", PayPermissions.DISCIPLINE_WRITE, 51));
    }
}
