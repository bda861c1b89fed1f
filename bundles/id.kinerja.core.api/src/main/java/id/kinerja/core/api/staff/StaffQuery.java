package id.kinerja.core.api.staff;

/**
 * Filters for listing staff; every field is optional ({@code null} means no filter).
 *
 * @param unitCode only staff of this unit
 * @param includeSubunits with {@code unitCode}: also staff of every unit below it
 * @param rank only staff of this rank
 * @param status only staff with this status
 * @param text a piece of the name or NIP, case-insensitive
 */
public record StaffQuery(String unitCode, boolean includeSubunits, String rank, StaffStatus status, String text) {

    public static final StaffQuery ALL = new StaffQuery(null, false, null, null, null);
}
