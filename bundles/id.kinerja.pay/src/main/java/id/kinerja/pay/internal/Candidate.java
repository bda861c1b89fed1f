package id.kinerja.pay.internal;

import java.util.List;

import id.kinerja.appraisal.api.Predikat;

/** A promotion/recognition candidate for the personnel office. */
public record Candidate(String nip, String fullName, String unitCode, String rank, String positionName, Predikat predikat,
        List<Integer> years) {
}
