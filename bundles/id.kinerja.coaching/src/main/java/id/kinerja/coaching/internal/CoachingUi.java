package id.kinerja.coaching.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.ui.UiCard;
import id.kinerja.core.api.ui.UiContribution;
import id.kinerja.core.api.ui.UiPage;

/**
 * The module's screens (web/, texts in web/messages.json), coming and going with the module: one's
 * own development (learning hours against the year's minimum, enrolments, plan, coaching), the
 * catalogue with its sessions, seats and nominations (and, for the personnel office, a session's
 * enrolments, attendance and completion, a programme's effect on the predikat), and a unit's
 * development: who is behind and the proposals made from weak predikat.
 */
@Component(service = UiContribution.class)
public class CoachingUi implements UiContribution {

    @Override
    public String id() {
        return "coaching";
    }

    @Override
    public String title() {
        return "Pengembangan";
    }

    @Override
    public String titleEn() {
        return "Development";
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new UiPage("pengembangan", "mine.js", "Pengembangan saya", "My development", CoachingPermissions.PARTICIPATE, 40),
                new UiPage("pelatihan", "catalogue.js", "Katalog pelatihan", "Training catalogue", CoachingPermissions.CATALOGUE_READ, 41),
                new UiPage("pembinaan", "unit.js", "Pembinaan pegawai", "Staff development", CoachingPermissions.LEARNING_HOURS_READ, 42),
                new UiPage("kelola-pelatihan", "manage.js", "Kelola pelatihan", "Manage training", CoachingPermissions.MANAGE, 43));
    }

    /** A leader's card on the home page: how many are short of the year's learning hours. */
    @Override
    public List<UiCard> cards() {
        return List.of(new UiCard("leader-card.js", CoachingPermissions.LEARNING_HOURS_READ, 6));
    }
}
