package id.kinerja.core.api.staff;

/**
 * An organisation unit: the city government, a dinas, badan or kecamatan, a bidang, a seksi or
 * subbagian. Units form a tree.
 *
 * @param code stable code, letters, digits, '.', '-' and '_'
 * @param name the unit's name
 * @param parentCode the unit above, {@code null} for the root
 * @param headNip the staff member who heads the unit (its structural position: kepala dinas, kepala
 *        bidang, kepala seksi), as the registry records it; {@code null} while none is recorded. The
 *        head acts for the unit and every unit below it. Never inferred from the supervisor chain.
 */
public record OrgUnit(String code, String name, String parentCode, String headNip) {

    /** A unit without a recorded head. */
    public OrgUnit(String code, String name, String parentCode) {
        this(code, name, parentCode, null);
    }
}
