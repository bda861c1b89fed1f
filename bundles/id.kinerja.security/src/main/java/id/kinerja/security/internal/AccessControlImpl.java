package id.kinerja.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.security.AccessControl;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.PermissionProvider;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;

/**
 * Authenticates every API request from its bearer token, gives the caller their roles (assigned
 * ones from the {@link RoleStore}, derived ones from the registry) and logs every write. Learns the
 * permissions of every module that registers a {@link PermissionProvider}.
 */
@Component(service = AccessControl.class)
public class AccessControlImpl implements AccessControl {

    private static final Logger LOG = LoggerFactory.getLogger(AccessControlImpl.class);

    private final AuditLog audit;
    private final AccountService accounts;
    private final RoleStore roles;
    private final StaffService staff;
    private final OrgUnitService units;
    private final BiPredicate<Set<String>, String> holds;
    private final CallerImpl.Registry registry;

    @Activate
    public AccessControlImpl(@Reference AuditLog audit, @Reference AccountService accounts, @Reference RoleStore roles,
            @Reference StaffService staff, @Reference OrgUnitService units) {
        this.audit = audit;
        this.accounts = accounts;
        this.roles = roles;
        this.staff = staff;
        this.units = units;
        this.holds = roles::anyHolds;
        this.registry = new RegistryView();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindPermissions(PermissionProvider provider) {
        // called before activation as well: the store is a mandatory reference, so it is there
        Collection<id.kinerja.core.api.security.Permission> declared = provider.permissions();
        roles.declare(declared);
        LOG.info("Permissions declared by {}: {}", provider.getClass().getSimpleName(),
                declared.stream().map(id.kinerja.core.api.security.Permission::code).sorted().toList());
    }

    void unbindPermissions(PermissionProvider provider) {
        // the grants stay: they are the city's data, ready when the module comes back
    }

    @Override
    public Caller authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return CallerImpl.anonymous(holds);
        }
        Tokens.Claims claims = accounts.verify(authorization);
        StaffMember member = staff.find(claims.nip()).filter(m -> m.status().isEmployed())
                .orElseThrow(() -> KinerjaException.unauthenticated("INVALID_TOKEN", "Token tidak ada, tidak sah atau kedaluwarsa; masuk lagi",
                        "The token is missing, invalid or expired; log in again"));
        return new CallerImpl(member, roles.assignedRoles(member.nip()), claims.mustChangePassword(), registry, holds);
    }

    @Override
    public boolean passwordChangeRequired(Caller caller, String permission) {
        return caller instanceof CallerImpl c && c.mustChangePassword() && !SecurityPermissions.SELF.equals(permission);
    }

    @Override
    public void recordWrite(Caller caller, String method, String path, int status, String client) {
        audit.recordWrite(caller == null ? null : caller.nip(), method, path, status, client);
    }

    @Override
    public Set<String> holdersOf(String permission) {
        Set<String> holders = new java.util.TreeSet<>();
        for (RoleStore.Role role : roles.roles()) {
            if (!role.derived() && role.permissions().contains(permission)) {
                holders.addAll(role.members());
            }
        }
        return holders;
    }

    @Override
    public String issueToken(String nip, String purpose) {
        return accounts.issueToken(nip, purpose);
    }

    /** The registry's answers the caller needs, each one query or two. */
    private final class RegistryView implements CallerImpl.Registry {

        @Override
        public boolean hasSubordinates(String nip) {
            return staff.subordinates(nip, PageRequest.of(0, 1)).total() > 0;
        }

        @Override
        public Set<String> headedUnits(StaffMember member) {
            // as the registry records the units' heads, never inferred from the supervisor chain
            return units.unitsHeadedBy(member.nip());
        }

        @Override
        public Set<String> chainAbove(String nip) {
            List<StaffMember> chain = staff.find(nip).isPresent() ? staff.supervisorChain(nip) : List.of();
            return chain.stream().map(StaffMember::nip).collect(Collectors.toSet());
        }

        @Override
        public String unitOf(String nip) {
            return staff.find(nip).map(StaffMember::unitCode).orElse(null);
        }
    }
}
