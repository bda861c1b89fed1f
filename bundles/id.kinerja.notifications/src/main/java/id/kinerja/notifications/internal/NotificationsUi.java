package id.kinerja.notifications.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.ui.UiContribution;
import id.kinerja.core.api.ui.UiPage;

/** The page of one's notifications (the bell in the top bar leads there). */
@Component(service = UiContribution.class)
public class NotificationsUi implements UiContribution {

    @Override
    public String id() {
        return "notifications";
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new UiPage("pemberitahuan", "notifications.js", "Pemberitahuan", "Notifications", NotificationPermissions.OWN, 2));
    }
}
