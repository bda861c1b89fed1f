package id.kinerja.core.api.ui;

/**
 * A card of a module on the home page (the person's tasks with their counts, a figure of a
 * dashboard): the script that draws it and who sees it.
 *
 * @param script the card's ES module, relative to the module's resource folder, exporting
 *        {@code card(element, app)} (the same {@code app} as a page's)
 * @param permission the permission a caller's roles must hold to see the card (the one its endpoints require)
 * @param order the place on the home page, smaller first
 */
public record UiCard(String script, String permission, int order) {
}
