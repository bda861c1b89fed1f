package id.kinerja.core.api.staff;

/** Kinds of position (jabatan). */
public enum PositionKind {
    /** Jabatan Pimpinan Tinggi: senior executive (utama, madya, pratama). */
    JPT,
    ADMINISTRATOR,
    PENGAWAS,
    PELAKSANA,
    FUNGSIONAL
}
