package id.kinerja.pay.internal;

import java.util.List;

/**
 * One policy with what may be done with it.
 *
 * @param effectiveFrom the month it is in force from ({@code YYYY-MM})
 * @param changeable whether the caller may change it: they hold {@code pay.policies.write} and no
 *        run of its month or later was approved or closed (those slips were paid by it)
 * @param mayWrite whether the caller holds {@code pay.policies.write} (may add a policy from a later month)
 * @param paidUntil the latest month whose run was approved or closed ({@code null}: none); a new policy
 *        is in force from a later month
 * @param runsToComputeAgain months from this policy's on whose runs are open (draft or checked):
 *        computed before the change, they are to be computed again before approval
 */
public record PolicyView(String effectiveFrom, PolicyBody policy, boolean changeable, boolean mayWrite, String paidUntil, List<String> runsToComputeAgain) {
}
