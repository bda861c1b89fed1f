package id.kinerja.core.api.ui;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's screens in the web application, the way {@code RestResource} brings its endpoints and
 * {@code PermissionProvider} its permissions. Register an implementation as an OSGi service (e.g.
 * {@code @Component(service = UiContribution.class)}) in the module's bundle; its pages join the
 * menu of everyone whose roles hold each page's permission as soon as the service appears, and leave
 * it when the service goes away (a page reload at most, no restart).
 * <p>
 * The module's web files live in its own bundle, below {@link #resourceFolder()}, and are served at
 * {@code /app/m/{id}/...}: each page is an ES module there exporting
 * {@code render(element, app)} ({@code app} gives the API call, the language, the texts and
 * navigation; see {@code docs/webapp.md}), and {@code messages.json} holds the module's texts,
 * {@code {"id": {...}, "en": {...}}}. A page never loads another module's files.
 */
@ConsumerType
public interface UiContribution {

    /** The module's short name in addresses, letters, digits and '-' (e.g. {@code staff}, {@code pay}). */
    String id();

    /** The folder inside the bundle holding the module's web files: {@code web} unless the module says otherwise. */
    default String resourceFolder() {
        return "web";
    }

    /** The module's pages, each a menu entry. */
    List<UiPage> pages();

    /**
     * The module's name in the menu, in Bahasa Indonesia (e.g. {@code Penilaian kinerja}): a long menu
     * gathers the module's pages under it, and modules of the same name share one group (e.g.
     * {@code Administrasi}). None unless the module says otherwise: its pages stay single entries.
     *
     * @since 1.2
     */
    default String title() {
        return null;
    }

    /**
     * The module's name in the menu in English; the Indonesian one unless the module says otherwise.
     *
     * @since 1.2
     */
    default String titleEn() {
        return title();
    }

    /** The module's cards on the home page: none unless the module says otherwise. */
    default List<UiCard> cards() {
        return List.of();
    }
}
