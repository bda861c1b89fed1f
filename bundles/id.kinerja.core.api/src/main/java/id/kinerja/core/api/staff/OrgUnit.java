package id.kinerja.core.api.staff;

/**
 * An organisation unit: the city government, a dinas, badan or kecamatan, a bidang, a seksi or
 * subbagian. Units form a tree.
 *
 * @param code stable code, letters, digits, '.', '-' and '_'
 * @param name the unit's name
 * @param parentCode the unit above, {@code null} for the root
 */
public record OrgUnit(String code, String name, String parentCode) {
}
