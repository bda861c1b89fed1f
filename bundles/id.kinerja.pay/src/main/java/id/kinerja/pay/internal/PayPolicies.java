package id.kinerja.pay.internal;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import id.kinerja.core.api.KinerjaException;

/** The city's TPP policies ({@code etc/id.kinerja.pay.policy-*.cfg}, or a module's), and which is in force for a month or a year. */
@Component(service = PayPolicies.class)
public class PayPolicies {

    private final List<PolicySource> policies = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPolicy(PolicySource policy) {
        policies.add(policy);
    }

    void removePolicy(PolicySource policy) {
        policies.remove(policy);
    }

    /** The policy in force for a month: the latest one effective from that month or before. */
    Optional<PayPolicy> policyFor(YearMonth month) {
        return policies.stream().map(PolicySource::policy).filter(p -> p != null && !p.effectiveFrom().isAfter(month))
                .max(Comparator.comparing(PayPolicy::effectiveFrom));
    }

    /** The policy configured to be in force from exactly this month. */
    Optional<PayPolicy> policyFrom(YearMonth month) {
        return policies.stream().map(PolicySource::policy).filter(p -> p != null && p.effectiveFrom().equals(month)).findFirst();
    }

    /** The policies configured, the latest first. */
    public List<PolicySummary> policies() {
        return policies.stream().map(PolicySource::policy).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(PayPolicy::effectiveFrom).reversed())
                .map(p -> new PolicySummary(p.name(), p.effectiveFrom().toString())).toList();
    }

    PayPolicy policyOfYear(int year) {
        if (year < 2000 || year > 2100) {
            throw KinerjaException.badRequest("INVALID_YEAR", "year", "Tahun tidak valid: " + year, "Invalid year: " + year);
        }
        return policyFor(YearMonth.of(year, 12)).orElseThrow(() -> KinerjaException.unprocessable("NO_POLICY", "year",
                "Belum ada kebijakan TPP yang berlaku untuk " + year, "No TPP policy is in force for " + year));
    }
}
