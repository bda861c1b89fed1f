package id.kinerja.core.api.ui;

/**
 * One page of a module in the web application: a menu entry and the script that draws it.
 *
 * @param route the page's address after {@code #/}, unique in the application (e.g. {@code pegawai})
 * @param script the page's ES module, relative to the module's resource folder (e.g. {@code staff.js})
 * @param title the menu entry in Bahasa Indonesia
 * @param titleEn the menu entry in English
 * @param permission the permission a caller's roles must hold to see the entry (the same the page's
 *        endpoints require: never a second list)
 * @param order the place in the menu, smaller first
 */
public record UiPage(String route, String script, String title, String titleEn, String permission, int order) {
}
