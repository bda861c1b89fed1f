package id.kinerja.inovasi.api;

/** A proposal submitted, then screened: shortlisted for judging or not admitted (with the reason). */
public enum ProposalStatus {
    SUBMITTED, SHORTLISTED, REJECTED
}
