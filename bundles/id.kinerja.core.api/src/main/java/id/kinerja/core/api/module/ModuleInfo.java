package id.kinerja.core.api.module;

/**
 * A Kinerja module: a Karaf feature named {@code kinerja-*}.
 *
 * @param name the feature name, e.g. {@code kinerja-pay}
 * @param version the feature version
 * @param description what the module does
 * @param installed whether it is installed
 * @param state the Karaf feature state ({@code Started}, {@code Resolved}, {@code Installed}),
 *        {@code Uninstalled} when it is not installed
 */
public record ModuleInfo(String name, String version, String description, boolean installed, String state) {
}
