package id.kinerja.appraisal.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.kinerja.appraisal.api.BehaviourExpectation;
import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.appraisal.api.Indicator;
import id.kinerja.appraisal.api.SkpDraft;
import id.kinerja.appraisal.api.WorkResult;

/**
 * Checks the shape of an SKP draft and normalises it (trimmed texts, every BerAKHLAK value with an
 * expectation). Whether a work result may support the one it names is checked by the plan service.
 */
final class PlanValidator {

    static final int MAX_WORK_RESULTS = 30;
    static final int MAX_INDICATORS = 10;

    /** The general expectation of each BerAKHLAK value, used when the plan gives none. */
    static final Map<BerakhlakValue, String> GENERAL_EXPECTATIONS = new EnumMap<>(Map.of(
            BerakhlakValue.BERORIENTASI_PELAYANAN, "Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif, dan dapat diandalkan",
            BerakhlakValue.AKUNTABEL, "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi",
            BerakhlakValue.KOMPETEN, "Terus belajar dan mengembangkan kapabilitas; membantu orang lain belajar; melaksanakan tugas dengan kualitas terbaik",
            BerakhlakValue.HARMONIS, "Menghargai setiap orang apa pun latar belakangnya; suka menolong; membangun lingkungan kerja yang kondusif",
            BerakhlakValue.LOYAL, "Memegang teguh Pancasila dan UUD 1945, setia kepada NKRI dan pemerintahan yang sah; menjaga nama baik dan rahasia jabatan",
            BerakhlakValue.ADAPTIF, "Cepat menyesuaikan diri menghadapi perubahan; terus berinovasi; bertindak proaktif",
            BerakhlakValue.KOLABORATIF, "Memberi kesempatan berbagai pihak berkontribusi; terbuka bekerja sama; menggerakkan sumber daya untuk tujuan bersama"));

    private PlanValidator() {
    }

    static SkpDraft normalise(SkpDraft draft, int currentYear) {
        if (draft == null) {
            throw Errors.invalid("REQUIRED", "plan", "Isi SKP wajib dikirim", "The plan content is required");
        }
        if (draft.year() < currentYear - 1 || draft.year() > currentYear + 1) {
            throw Errors.invalid("INVALID_YEAR", "year", "Tahun SKP harus antara " + (currentYear - 1) + " dan " + (currentYear + 1),
                    "The plan year must be between " + (currentYear - 1) + " and " + (currentYear + 1));
        }
        List<WorkResult> results = draft.workResults();
        if (results.isEmpty()) {
            throw Errors.invalid("NO_WORK_RESULTS", "workResults", "SKP harus memuat paling sedikit satu rencana hasil kerja",
                    "The plan needs at least one work result");
        }
        if (results.size() > MAX_WORK_RESULTS) {
            throw Errors.invalid("TOO_MANY_WORK_RESULTS", "workResults", "Paling banyak " + MAX_WORK_RESULTS + " rencana hasil kerja",
                    "At most " + MAX_WORK_RESULTS + " work results");
        }
        List<WorkResult> normalised = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            normalised.add(workResult(results.get(i), "workResults[" + i + "]"));
        }
        Map<BerakhlakValue, String> behaviours = new EnumMap<>(GENERAL_EXPECTATIONS);
        behaviours.putAll(expectations(draft.behaviours(), "behaviours"));
        return new SkpDraft(draft.year(), normalised,
                behaviours.entrySet().stream().map(e -> new BehaviourExpectation(e.getKey(), e.getValue())).toList());
    }

    /** Expectations by value: each value at most once; blank texts are left out. */
    static Map<BerakhlakValue, String> expectations(List<BehaviourExpectation> given, String field) {
        Map<BerakhlakValue, String> expectations = new EnumMap<>(BerakhlakValue.class);
        List<BerakhlakValue> seen = new ArrayList<>();
        for (int i = 0; given != null && i < given.size(); i++) {
            BehaviourExpectation b = given.get(i);
            String at = field + "[" + i + "]";
            BerakhlakValue value = Errors.required(b == null ? null : b.value(), at + ".value");
            if (seen.contains(value)) {
                throw Errors.invalid("DUPLICATE_VALUE", at + ".value", "Nilai " + value.label() + " disebut dua kali",
                        "Value " + value.label() + " is given twice");
            }
            seen.add(value);
            String expectation = Errors.optionalText(b.expectation(), at + ".expectation", 2000);
            if (expectation != null) {
                expectations.put(value, expectation);
            }
        }
        return expectations;
    }

    private static WorkResult workResult(WorkResult w, String field) {
        if (w == null) {
            throw Errors.invalid("REQUIRED", field, "Rencana hasil kerja kosong", "Empty work result");
        }
        String text = Errors.text(w.text(), field + ".text", 1000);
        String unitGoal = Errors.optionalText(w.unitGoal(), field + ".unitGoal", 1000);
        if (w.supportsWorkResultId() == null && unitGoal == null) {
            throw Errors.invalid("CASCADE_REQUIRED", field + ".supportsWorkResultId",
                    "Setiap rencana hasil kerja harus mendukung hasil kerja atasan (supportsWorkResultId) atau sasaran unit (unitGoal)",
                    "Every work result must support a work result of the supervisor (supportsWorkResultId) or a unit goal (unitGoal)");
        }
        if (w.indicators().isEmpty()) {
            throw Errors.invalid("NO_INDICATORS", field + ".indicators", "Setiap rencana hasil kerja perlu paling sedikit satu indikator",
                    "Every work result needs at least one indicator");
        }
        if (w.indicators().size() > MAX_INDICATORS) {
            throw Errors.invalid("TOO_MANY_INDICATORS", field + ".indicators", "Paling banyak " + MAX_INDICATORS + " indikator",
                    "At most " + MAX_INDICATORS + " indicators");
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < w.indicators().size(); i++) {
            indicators.add(indicator(w.indicators().get(i), field + ".indicators[" + i + "]"));
        }
        return new WorkResult(null, text, w.supportsWorkResultId(), unitGoal, indicators);
    }

    private static Indicator indicator(Indicator indicator, String field) {
        if (indicator == null) {
            throw Errors.invalid("REQUIRED", field, "Indikator kosong", "Empty indicator");
        }
        String description = Errors.text(indicator.description(), field + ".description", 1000);
        Errors.required(indicator.aspect(), field + ".aspect");
        BigDecimal target = Errors.required(indicator.target(), field + ".target");
        if (target.signum() <= 0 || target.compareTo(new BigDecimal("1000000000000")) >= 0 || target.scale() > 4) {
            throw Errors.invalid("INVALID_TARGET", field + ".target", "Target harus bilangan positif (paling banyak 4 desimal)",
                    "The target must be a positive number (at most 4 decimals)");
        }
        String unit = Errors.text(indicator.unit(), field + ".unit", 60);
        return new Indicator(null, description, indicator.aspect(), target, unit);
    }
}
