package id.kinerja.core.api.staff;

/**
 * The result of an import that succeeded.
 *
 * @param rows data rows read
 * @param created staff members created
 * @param updated staff members updated
 */
public record ImportReport(int rows, int created, int updated) {
}
