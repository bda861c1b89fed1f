package id.kinerja.appraisal.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.ui.UiCard;
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
    public String title() {
        return "Penilaian kinerja";
    }

    @Override
    public String titleEn() {
        return "Performance appraisal";
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new UiPage("skp", "skp.js", "SKP saya", "My SKP", AppraisalPermissions.WRITE, 20),
                new UiPage("penilaian", "evaluation.js", "Penilaian saya", "My evaluations", AppraisalPermissions.WRITE, 21),
                new UiPage("penilai", "rater.js", "Tugas penilai", "Rater's desk", AppraisalPermissions.WRITE, 22),
                new UiPage("umpan-balik", "feedback.js", "Umpan balik rekan", "Colleague feedback", AppraisalPermissions.WRITE, 23),
                new UiPage("distribusi", "distribution.js", "Distribusi predikat", "Predikat distribution", AppraisalPermissions.CALIBRATE, 24),
                new UiPage("dasbor", "dashboard.js", "Dasbor pimpinan", "Leader's dashboard", AppraisalPermissions.CALIBRATE, 3));
    }

    @Override
    public List<UiCard> cards() {
        return List.of(new UiCard("tasks.js", AppraisalPermissions.READ, 10));
    }
}
