package id.kinerja.core.api.staff;

import java.time.LocalDate;

/**
 * A staff member (ASN) as the registry holds it today.
 *
 * @param nip NIP (PNS) or NI PPPK, 18 digits
 * @param fullName full name with academic titles, e.g. {@code "Dr. Siti Aminah, S.E., M.M."}
 * @param employmentType PNS or PPPK
 * @param rank golongan/ruang ({@code III/a}) for PNS, grade ({@code IX}) for PPPK
 * @param rankSince TMT of the current rank
 * @param positionName name of the position (jabatan)
 * @param positionKind kind of position
 * @param positionClass kelas jabatan, 1..17
 * @param unitCode code of the organisation unit
 * @param supervisorNip NIP of the direct supervisor (atasan langsung), {@code null} for the top
 * @param status employment status
 * @param spouseCount number of spouses counted for the family allowance (0 or 1)
 * @param childCount number of dependent children
 * @param email contact e-mail, optional
 * @param phone contact phone, optional
 */
public record StaffMember(
        String nip,
        String fullName,
        EmploymentType employmentType,
        String rank,
        LocalDate rankSince,
        String positionName,
        PositionKind positionKind,
        Integer positionClass,
        String unitCode,
        String supervisorNip,
        StaffStatus status,
        Integer spouseCount,
        Integer childCount,
        String email,
        String phone) {
}
