package id.kinerja.security.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.security.internal.model.AccountEntity;
import id.kinerja.security.internal.model.LoginLogEntity;
import id.kinerja.security.internal.model.SigningKeyEntity;

/**
 * Staff accounts: NIP and password (Argon2id), lockout after repeated failures, signed short-lived
 * API tokens. A failed login answers the same whether the NIP exists, the password is wrong or the
 * account is locked, and takes the same work; every attempt is logged.
 */
@Component(service = AccountService.class, configurationPid = "id.kinerja.security")
@Designate(ocd = SecurityConfig.class)
public class AccountService {

    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);
    /** Hashed once, so that an unknown NIP costs as much as a wrong password. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("kinerja-no-such-account");

    private final JpaTemplate jpa;
    private final StaffService staff;
    private final AuditLog audit;
    private final PasswordHasher hasher = new PasswordHasher();
    private final Clock clock = Clock.systemUTC();
    private final byte[] signingKey;
    private volatile SecurityConfig config;
    private volatile Tokens tokens;
    private volatile Lockout lockout;

    /** The signed token of a successful login. */
    public record Session(String token, Instant expiresAt, boolean mustChangePassword) {
    }

    /** Who a valid token belongs to, with their roles (derived ones included). */
    public record Me(String nip, String fullName, String unitCode, Instant expiresAt, java.util.Set<String> roles) {
    }

    @Activate
    public AccountService(@Reference(target = "(osgi.unit.name=kinerja-security)") JpaTemplate jpa, @Reference StaffService staff,
            @Reference AuditLog audit, SecurityConfig config) {
        this.jpa = jpa;
        this.staff = staff;
        this.audit = audit;
        String secret = jpa.txExpr(TransactionType.Required, em -> {
            SigningKeyEntity key = em.find(SigningKeyEntity.class, 1);
            if (key == null) {
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                key = new SigningKeyEntity();
                key.id = 1;
                key.secret = Base64.getEncoder().encodeToString(bytes);
                key.createdAt = Timestamp.from(clock.instant());
                em.persist(key);
            }
            return key.secret;
        });
        this.signingKey = Base64.getDecoder().decode(secret);
        modified(config);
    }

    @Modified
    void modified(SecurityConfig changed) {
        this.tokens = new Tokens(signingKey, Duration.ofMinutes(changed.tokenMinutes()), clock);
        this.lockout = new Lockout(changed.maxFailedAttempts(), Duration.ofMinutes(changed.lockMinutes()));
        this.config = changed;
    }

    public Session login(String login, String password, String client) {
        String nip = login == null ? "" : login.strip();
        String given = password == null ? "" : password;
        Instant now = clock.instant();
        Optional<Session> session = jpa.txExpr(TransactionType.Required, em -> {
            AccountEntity account = nip.isEmpty() || nip.length() > 40 ? null : em.find(AccountEntity.class, nip);
            boolean matches = hasher.matches(given, account == null ? DUMMY_HASH : account.passwordHash);
            String reason;
            Session result = null;
            if (account == null) {
                reason = "NO_ACCOUNT";
            } else if (lockout.isLocked(account.lockedUntil == null ? null : account.lockedUntil.toInstant(), now)) {
                reason = "LOCKED";
            } else if (!matches) {
                Lockout.After after = lockout.failed(account.failedAttempts, now);
                account.failedAttempts = after.failures();
                account.lockedUntil = after.lockedUntil() == null ? null : Timestamp.from(after.lockedUntil());
                reason = after.lockedUntil() == null ? "WRONG_PASSWORD" : "WRONG_PASSWORD_LOCKED";
            } else if (staff.find(nip).filter(m -> m.status().isEmployed()).isEmpty()) {
                reason = "NOT_EMPLOYED";
            } else {
                account.failedAttempts = 0;
                account.lockedUntil = null;
                Tokens.Issued issued = tokens.issue(nip, account.mustChange == 1);
                result = new Session(issued.token(), issued.expiresAt(), account.mustChange == 1);
                reason = "OK";
            }
            LoginLogEntity log = new LoginLogEntity();
            log.login = nip.length() > 40 ? nip.substring(0, 40) : nip;
            log.success = result == null ? 0 : 1;
            log.reason = reason;
            log.client = client == null ? null : client.length() > 64 ? client.substring(0, 64) : client;
            log.at = Timestamp.from(now);
            em.persist(log);
            return Optional.ofNullable(result);
        });
        if (session.isEmpty()) {
            LOG.info("Failed login for '{}' from {}", nip.length() > 40 ? nip.substring(0, 40) : nip, client);
        }
        return session.orElseThrow(() -> KinerjaException.unauthenticated("LOGIN_FAILED", "NIP atau kata sandi salah",
                "Wrong NIP or password"));
    }

    /** The person a valid token belongs to, with the roles given; 401 for a missing, forged or expired one. */
    public Me me(String authorization, java.util.Set<String> roles) {
        Tokens.Claims claims = claims(authorization);
        StaffMember member = staff.find(claims.nip()).filter(m -> m.status().isEmployed()).orElseThrow(AccountService::invalidToken);
        return new Me(member.nip(), member.fullName(), member.unitCode(), claims.expiresAt(), new java.util.TreeSet<>(roles));
    }

    /**
     * The owner changes their password with the current one; answers a new token without the
     * limit of a temporary password (the old one stays valid until it expires).
     */
    public Session changePassword(String authorization, String current, String next) {
        String nip = claims(authorization).nip();
        requireStrong(next);
        jpa.tx(TransactionType.Required, em -> {
            AccountEntity account = em.find(AccountEntity.class, nip);
            if (account == null || !hasher.matches(current == null ? "" : current, account.passwordHash)) {
                throw KinerjaException.forbidden("WRONG_PASSWORD", "current", "Kata sandi sekarang salah", "The current password is wrong");
            }
            account.passwordHash = hasher.hash(next);
            account.mustChange = 0;
            account.passwordSetAt = Timestamp.from(clock.instant());
            account.passwordSetBy = nip;
        });
        Tokens.Issued issued = tokens.issue(nip, false);
        return new Session(issued.token(), issued.expiresAt(), false);
    }

    /** The verified claims of an {@code Authorization} header, 401 for a missing, forged or expired token. */
    Tokens.Claims verify(String authorization) {
        return claims(authorization);
    }

    /** A token for platform code acting inside the container for an administrator (logged). */
    String issueToken(String nip, String purpose) {
        staff.find(nip).filter(m -> m.status().isEmployed()).orElseThrow(() -> KinerjaException.notFound("STAFF_NOT_FOUND", "nip",
                "Pegawai " + nip + " tidak terdaftar atau tidak aktif", "No employed staff member " + nip));
        LOG.info("Token issued inside the platform for {}: {}", nip, purpose);
        return tokens.issue(nip, false).token();
    }

    /**
     * Sets a new random password for a staff member (an administrator's reset, also the first
     * account), to be changed at the first login; unlocks the account. Returns the password.
     */
    public String resetPassword(String nip, String administrator) {
        StaffMember member = staff.find(nip == null ? "" : nip.strip()).filter(m -> m.status().isEmployed())
                .orElseThrow(() -> KinerjaException.notFound("STAFF_NOT_FOUND", "nip", "Pegawai " + nip + " tidak terdaftar atau tidak aktif",
                        "No employed staff member " + nip));
        String password = temporaryPassword();
        jpa.tx(TransactionType.Required, em -> {
            AccountEntity account = em.find(AccountEntity.class, member.nip());
            if (account == null) {
                account = new AccountEntity();
                account.nip = member.nip();
                em.persist(account);
            }
            account.passwordHash = hasher.hash(password);
            account.mustChange = 1;
            account.failedAttempts = 0;
            account.lockedUntil = null;
            account.passwordSetAt = Timestamp.from(clock.instant());
            account.passwordSetBy = administrator;
        });
        LOG.info("Password of {} reset by {}", member.nip(), administrator);
        audit.recordAdministration(administrator, "kinerja:password-reset " + member.nip());
        return password;
    }

    private Tokens.Claims claims(String authorization) {
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7) : null;
        return tokens.verify(token).orElseThrow(AccountService::invalidToken);
    }

    private static KinerjaException invalidToken() {
        return KinerjaException.unauthenticated("INVALID_TOKEN", "Token tidak ada, tidak sah atau kedaluwarsa; masuk lagi",
                "The token is missing, invalid or expired; log in again");
    }

    private void requireStrong(String password) {
        int min = config.minimumPasswordLength();
        if (password == null || password.length() < min || password.length() > 200 || password.isBlank()) {
            throw KinerjaException.badRequest("WEAK_PASSWORD", "password", "Kata sandi paling sedikit " + min + " karakter",
                    "The password needs at least " + min + " characters");
        }
    }

    private static String temporaryPassword() {
        char[] alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
        SecureRandom random = new SecureRandom();
        char[] password = new char[14];
        for (int i = 0; i < password.length; i++) {
            password[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(password);
    }
}
