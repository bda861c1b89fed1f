package id.kinerja.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.AccessControl;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;
import id.kinerja.core.api.time.CityTime;
import id.kinerja.core.api.ui.UiContribution;
import id.kinerja.core.api.ui.UiCard;
import id.kinerja.core.api.ui.UiPage;

/**
 * {@code /api/v1/ui/menu}: the pages and home page cards of the installed modules that the caller's
 * roles permit (each one's own permission, the one its endpoints require), in order, with the
 * addresses of their scripts and texts. {@code /api/v1/ui/public}: the public pages, those whose
 * permission the role {@code PUBLIC} holds (a citizen's, opened without signing in); a signed-in
 * person finds them in the menu too (a clerk at the service desk files a walk-in's complaint).
 */
@Component(service = RestResource.class)
@Path("/v1/ui")
@Produces(MediaType.APPLICATION_JSON)
public class UiResource implements RestResource {

    /** What the caller's web application holds: the menu's pages, the home page's cards and the city's time zone for showing times. */
    public record Menu(List<MenuEntry> pages, List<CardEntry> cards, String timeZone) {
    }

    /** A menu entry. */
    public record MenuEntry(String module, String route, String script, String messages, String title, String titleEn, int order, String group,
            String groupEn) {
    }

    /** A card on the home page. */
    public record CardEntry(String module, String script, String messages, int order) {
    }

    private final List<UiContribution> modules = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Reference
    CityTime city;

    @Reference
    AccessControl access;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindContribution(UiContribution contribution) {
        modules.add(contribution);
    }

    void unbindContribution(UiContribution contribution) {
        modules.remove(contribution);
    }

    @GET
    @Path("/menu")
    @RequiresPermission(WebPermissions.MENU)
    public Menu menu(@Context Caller caller) {
        return menuOf(modules, caller, city.zone().getId());
    }

    /** The public pages of the installed modules (no cards: a home page is a signed-in person's). */
    @GET
    @Path("/public")
    @RequiresPermission(WebPermissions.PUBLIC_PAGES)
    public Menu publicPages() {
        return menuOf(modules, access.authenticate(null), city.zone().getId());
    }

    /** The pages and cards the caller may use, in order (no cards without a token: a home page is a signed-in person's). */
    static Menu menuOf(List<UiContribution> modules, Caller caller, String timeZone) {
        List<MenuEntry> pages = new ArrayList<>();
        List<CardEntry> cards = new ArrayList<>();
        for (UiContribution module : modules) {
            String base = "/app/" + WebAppServlet.MODULES + module.id() + "/";
            for (UiPage page : module.pages()) {
                if (caller.has(page.permission())) {
                    pages.add(new MenuEntry(module.id(), page.route(), base + page.script(), base + "messages.json", page.title(),
                            page.titleEn(), page.order(), module.title(), module.titleEn()));
                }
            }
            for (UiCard card : module.cards()) {
                if (caller.authenticated() && caller.has(card.permission())) {
                    cards.add(new CardEntry(module.id(), base + card.script(), base + "messages.json", card.order()));
                }
            }
        }
        pages.sort(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::route));
        cards.sort(Comparator.comparingInt(CardEntry::order).thenComparing(CardEntry::script));
        return new Menu(pages, cards, timeZone);
    }
}
