package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.Predikat;
import id.kinerja.appraisal.api.PredikatService;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.staff.StaffStatus;

/** The yearly bonus by annual predikat, and the candidates for promotion or recognition, by the policy in force in December. */
@Component(service = AwardService.class)
public class AwardService {

    private final StaffService staff;
    private final PredikatService predikat;
    private final PayPolicies policies;

    @Activate
    public AwardService(@Reference StaffService staff, @Reference PredikatService predikat, @Reference PayPolicies policies) {
        this.staff = staff;
        this.predikat = predikat;
        this.policies = policies;
    }

    /** The yearly bonus of everyone with an annual predikat that earns one, by the policy in force in December. */
    public YearlyBonus bonuses(int year) {
        PayPolicy policy = policies.policyOfYear(year);
        Map<String, Predikat> annual = new HashMap<>();
        predikat.annualFor(year).forEach(r -> annual.put(r.nip(), r.predikat()));
        List<Bonus> items = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (StaffMember member : allStaff(LocalDate.of(year, 12, 31))) {
            Predikat p = annual.get(member.nip());
            BigDecimal amount = YearlyAwards.bonus(policy, member.positionClass(), member.status(), p);
            if (amount.signum() > 0) {
                items.add(new Bonus(member.nip(), member.fullName(), member.unitCode(), member.positionClass(), p,
                        amount.setScale(2), YearlyAwards.rule(policy, member.positionClass(), p)));
                total = total.add(amount);
            }
        }
        return new YearlyBonus(year, policy.name(), items, total.setScale(2));
    }

    /** Staff with the policy's predikat every year running up to {@code year}: candidates for promotion or recognition. */
    public List<Candidate> candidates(int year) {
        PayPolicy policy = policies.policyOfYear(year);
        Map<String, Map<Integer, Predikat>> byNip = new HashMap<>();
        for (int y : YearlyAwards.years(policy, year)) {
            predikat.annualFor(y).forEach(r -> byNip.computeIfAbsent(r.nip(), k -> new HashMap<>()).put(y, r.predikat()));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (StaffMember member : allStaff(LocalDate.of(year, 12, 31))) {
            Map<Integer, Predikat> annual = byNip.get(member.nip());
            if (member.status() == StaffStatus.ACTIVE && annual != null && YearlyAwards.candidate(policy, year, annual)) {
                candidates.add(new Candidate(member.nip(), member.fullName(), member.unitCode(), member.rank(), member.positionName(),
                        policy.recognitionPredikat(), YearlyAwards.years(policy, year)));
            }
        }
        return candidates;
    }

    /** Everyone as the registry stood at the end of {@code date}, read a thousand at a time. */
    private List<StaffMember> allStaff(LocalDate date) {
        List<StaffMember> all = new ArrayList<>();
        staff.forEachOn(date, all::add);
        return all;
    }
}
