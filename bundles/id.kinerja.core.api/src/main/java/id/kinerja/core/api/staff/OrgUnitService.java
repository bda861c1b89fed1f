package id.kinerja.core.api.staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;

/** The tree of organisation units. */
@ProviderType
public interface OrgUnitService {

    OrgUnit create(OrgUnit unit);

    Optional<OrgUnit> find(String code);

    /** The unit, or a NOT_FOUND {@code KinerjaException}. */
    OrgUnit get(String code);

    /** All units, ordered by code. */
    Page<OrgUnit> list(PageRequest page);

    /** The whole tree, roots first. */
    List<OrgUnitNode> tree();

    /** Renames a unit. */
    OrgUnit rename(String code, String name);

    /** Moves a unit (with everything below it) under another parent; refuses cycles. */
    OrgUnit move(String code, String newParentCode);

    /** The code of the unit and of every unit below it. */
    Set<String> subtreeCodes(String code);

    /**
     * Records who heads a unit ({@code null} clears it): an employed staff member. The head acts for
     * the unit and every unit below it (calibration, the unit's lists, escalated complaints).
     */
    OrgUnit setHead(String code, String headNip);

    /** The units {@code nip} heads as the registry records it, each with every unit below it; empty if none. */
    Set<String> unitsHeadedBy(String nip);

    /** Who answers for a unit: its recorded head, else the recorded head of the nearest unit above it. */
    java.util.Optional<String> headOf(String code);
}
