package id.kinerja.core.api.staff;

/** The two kinds of ASN. Both follow the same performance rules. */
public enum EmploymentType {
    /** Pegawai Negeri Sipil: permanent civil servant, identified by a NIP. */
    PNS,
    /** Pegawai Pemerintah dengan Perjanjian Kerja: contract-based, identified by an NI PPPK. */
    PPPK
}
