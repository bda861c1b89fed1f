package id.kinerja.complaints.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.ui.UiCard;
import id.kinerja.core.api.ui.UiContribution;
import id.kinerja.core.api.ui.UiPage;

/**
 * The module's screens (web/, texts in web/messages.json), coming and going with the module: the
 * citizens' page (its permission is the role PUBLIC's, so it opens without an account and is linked
 * from the sign-in page), the handling queue, the complaints assigned to a staff member, the
 * dashboard, and a home card of what waits for the person.
 */
@Component(service = UiContribution.class)
public class ComplaintsUi implements UiContribution {

    @Override
    public String id() {
        return "complaints";
    }

    @Override
    public String title() {
        return "Pengaduan";
    }

    @Override
    public String titleEn() {
        return "Complaints";
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new UiPage("aduan", "file.js", "Sampaikan pengaduan", "File a complaint", ComplaintPermissions.FILE, 1),
                new UiPage("pengaduan", "queue.js", "Pengaduan masuk", "Complaints", ComplaintPermissions.HANDLE, 60),
                new UiPage("pengaduan-saya", "assigned.js", "Pengaduan untuk saya", "Complaints for me", ComplaintPermissions.WORK, 61),
                new UiPage("dasbor-pengaduan", "dashboard.js", "Dasbor pengaduan", "Complaints dashboard", ComplaintPermissions.DASHBOARD, 62));
    }

    @Override
    public List<UiCard> cards() {
        return List.of(new UiCard("card.js", ComplaintPermissions.WORK, 40), new UiCard("leader-card.js", ComplaintPermissions.DASHBOARD, 5));
    }
}
