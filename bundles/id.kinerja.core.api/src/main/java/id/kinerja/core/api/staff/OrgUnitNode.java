package id.kinerja.core.api.staff;

import java.util.List;

/** A unit with the units below it, for showing the tree. */
public record OrgUnitNode(String code, String name, String parentCode, List<OrgUnitNode> children) {
}
