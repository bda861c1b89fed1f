package id.kinerja.security.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;

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
import id.kinerja.core.api.rest.ClientRateLimits;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.security.internal.model.AccountEntity;
import id.kinerja.security.internal.model.LoginLockEntity;
import id.kinerja.security.internal.model.LoginLogEntity;
import id.kinerja.security.internal.model.SigningKeyEntity;

/**
 * Staff accounts: NIP and password (Argon2id), signed short-lived API tokens revoked by a password
 * change or reset. A failed login answers the same whether the NIP exists, the password is wrong or
 * the account is locked, and takes the same work; every attempt is logged. Against guessing from
 * the internet: repeated failures lock an account for the address they came from only, an address
 * that fails too often (across NIPs) is refused for a while (429), and only so many Argon2 hashes
 * are computed at once.
 */
@Component(service = AccountService.class, configurationPid = "id.kinerja.security")
@Designate(ocd = SecurityConfig.class)
public class AccountService {

    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);
    /**
     * Hashed once, so that an unknown NIP costs as much as a wrong password: at the first login with
     * an unknown NIP (a holder class), not while the platform starts, where it held every start
     * back by a cold Argon2 hash (0.36 s).
     */
    private static final class UnknownAccount {
        static final String HASH = new PasswordHasher().hash("kinerja-no-such-account");
    }

    private final JpaTemplate jpa;
    private final StaffService staff;
    private final AuditLog audit;
    private final PasswordHasher hasher = new PasswordHasher();
    private final Clock clock = Clock.systemUTC();
    private final byte[] signingKey;
    private volatile SecurityConfig config;
    private volatile Tokens tokens;
    private volatile Lockout lockout;
    private volatile Semaphore passwordChecks;
    private final ClientRateLimits limits;

    /** The allowance of failed logins per client address. */
    static final String FAILURES = "auth.failures";
    static final long PASSWORD_CHECK_WAIT_MILLIS = 3_000;

    @Activate
    public AccountService(@Reference(target = "(osgi.unit.name=kinerja-security)") JpaTemplate jpa, @Reference StaffService staff,
            @Reference AuditLog audit, @Reference ClientRateLimits limits, SecurityConfig config) {
        this.jpa = jpa;
        this.limits = limits;
        this.staff = staff;
        this.audit = audit;
        this.signingKey = Base64.getDecoder().decode(signingSecret(jpa));
        modified(config);
    }

    /**
     * The key every node signs and checks tokens with, kept in the database: made by the first node
     * that starts on it. Two nodes starting at once on an empty database may both try; the one whose
     * key the database refused reads the other's.
     */
    private String signingSecret(JpaTemplate jpa) {
        for (int attempt = 1;; attempt++) {
            try {
                return jpa.txExpr(TransactionType.Required, em -> {
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
            } catch (RuntimeException raced) {
                if (attempt >= 3) {
                    throw raced;
                }
                LOG.info("Signing key made by another node at the same time: reading it ({})", raced.toString());
            }
        }
    }

    @Modified
    void modified(SecurityConfig changed) {
        this.tokens = new Tokens(signingKey, Duration.ofMinutes(changed.tokenMinutes()), clock);
        this.lockout = new Lockout(changed.maxFailedAttempts(), Duration.ofMinutes(changed.lockMinutes()));
        if (config == null || config.concurrentPasswordChecks() != changed.concurrentPasswordChecks()) {
            this.passwordChecks = new Semaphore(Math.max(1, changed.concurrentPasswordChecks()));
        }
        this.config = changed;
    }

    public LoginSession login(String login, String password, String client) {
        String nip = login == null ? "" : login.strip();
        String given = password == null ? "" : password;
        String from = clientOf(client);
        refuseFloodingClient(from);
        Instant now = clock.instant();
        Optional<LoginSession> session = withPasswordCheck(() -> jpa.txExpr(TransactionType.Required, em -> {
            AccountEntity account = nip.isEmpty() || nip.length() > 40 ? null : em.find(AccountEntity.class, nip);
            LoginLockEntity lock = account == null ? null : em.find(LoginLockEntity.class, LoginLockEntity.idOf(nip, from));
            boolean matches = hasher.matches(given, account == null ? UnknownAccount.HASH : account.passwordHash);
            String reason;
            LoginSession result = null;
            if (account == null) {
                reason = "NO_ACCOUNT";
            } else if (lock != null && lockout.isLocked(lock.lockedUntil == null ? null : lock.lockedUntil.toInstant(), now)) {
                reason = "LOCKED";
            } else if (!matches) {
                reason = recordFailure(em, nip, from, lock, now) ? "WRONG_PASSWORD_LOCKED" : "WRONG_PASSWORD";
            } else if (staff.find(nip).filter(m -> m.status().isEmployed()).isEmpty()) {
                reason = "NOT_EMPLOYED";
            } else {
                if (lock != null) {
                    em.remove(lock);
                }
                Tokens.Issued issued = tokens.issue(nip, account.mustChange == 1, account.tokenVersion);
                result = new LoginSession(issued.token(), issued.expiresAt(), account.mustChange == 1);
                reason = "OK";
            }
            LoginLogEntity log = new LoginLogEntity();
            log.login = nip.length() > 40 ? nip.substring(0, 40) : nip;
            log.success = result == null ? 0 : 1;
            log.reason = reason;
            log.client = from;
            log.at = Timestamp.from(now);
            em.persist(log);
            return Optional.ofNullable(result);
        }));
        if (session.isEmpty()) {
            limits.acquire(FAILURES, from, config.failuresPerClient(), Duration.ofMinutes(config.failureWindowMinutes()));
        }
        return session.orElseThrow(() -> KinerjaException.unauthenticated("LOGIN_FAILED", "NIP atau kata sandi salah",
                "Wrong NIP or password"));
    }

    /**
     * Counts a failed password of an existing account from a client address; true when it locks the
     * account for that address. Locks of other addresses are untouched: a stranger cannot lock the
     * owner out, and forgotten locks are removed as new ones are made.
     */
    private boolean recordFailure(EntityManager em, String nip, String client, LoginLockEntity existing, Instant now) {
        LoginLockEntity lock = existing;
        if (lock == null) {
            em.createQuery("DELETE FROM LoginLockEntity l WHERE l.lastFailureAt < :old AND (l.lockedUntil IS NULL OR l.lockedUntil < :now)")
                    .setParameter("old", Timestamp.from(now.minus(Duration.ofDays(1)))).setParameter("now", Timestamp.from(now)).executeUpdate();
            lock = new LoginLockEntity();
            lock.id = LoginLockEntity.idOf(nip, client);
            lock.nip = nip;
            lock.client = client;
            em.persist(lock);
        }
        Lockout.After after = lockout.failed(lock.failures, lock.lastFailureAt == null ? null : lock.lastFailureAt.toInstant(), now);
        lock.failures = after.failures();
        lock.lockedUntil = after.lockedUntil() == null ? null : Timestamp.from(after.lockedUntil());
        lock.lastFailureAt = Timestamp.from(now);
        return after.lockedUntil() != null;
    }

    /** 429 for a client address that failed too often lately (whatever NIPs it tried). */
    private void refuseFloodingClient(String client) {
        long wait = limits.waitSeconds(FAILURES, client, config.failuresPerClient(), Duration.ofMinutes(config.failureWindowMinutes()));
        if (wait > 0) {
            throw KinerjaException.tooManyRequests("TOO_MANY_ATTEMPTS", wait,
                    "Terlalu banyak percobaan masuk yang gagal dari alamat ini; coba lagi dalam " + wait + " detik",
                    "Too many failed login attempts from this address; try again in " + wait + " seconds");
        }
    }

    /**
     * Runs work that computes Argon2 hashes, at most {@code concurrentPasswordChecks} at a time: a
     * flood of logins queues here for a moment and is then refused (429), the rest of the platform
     * keeps its processors.
     */
    private <T> T withPasswordCheck(java.util.function.Supplier<T> work) {
        Semaphore permits = passwordChecks;
        boolean acquired;
        try {
            acquired = permits.tryAcquire(PASSWORD_CHECK_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw KinerjaException.tooManyRequests("LOGIN_BUSY", 1, "Terlalu banyak permintaan masuk saat ini; coba lagi sebentar",
                    "Too many logins right now; try again shortly");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    private static String clientOf(String client) {
        String from = client == null || client.isBlank() ? "?" : client.strip();
        return from.length() > 64 ? from.substring(0, 64) : from;
    }

    /**
     * The person a valid token belongs to, with the roles and headed units given; 401 for a missing,
     * forged or expired one.
     */
    public Me me(String authorization, java.util.Set<String> roles, java.util.Set<String> headedUnits) {
        Tokens.Claims claims = claims(authorization);
        StaffMember member = staff.find(claims.nip()).filter(m -> m.status().isEmployed()).orElseThrow(AccountService::invalidToken);
        return new Me(member.nip(), member.fullName(), member.unitCode(), claims.expiresAt(), new java.util.TreeSet<>(roles),
                new java.util.TreeSet<>(headedUnits));
    }

    /**
     * The owner changes their password with the current one; answers a new token without the
     * limit of a temporary password. Every token issued before is revoked. A wrong current password
     * counts as a failed login (of the account from this address, and of the address).
     */
    public LoginSession changePassword(String authorization, String current, String next, String client) {
        String nip = claims(authorization).nip();
        String from = clientOf(client);
        refuseFloodingClient(from);
        requireStrong(next);
        Instant now = clock.instant();
        Optional<Integer> version = withPasswordCheck(() -> jpa.txExpr(TransactionType.Required, em -> {
            AccountEntity account = em.find(AccountEntity.class, nip);
            LoginLockEntity lock = account == null ? null : em.find(LoginLockEntity.class, LoginLockEntity.idOf(nip, from));
            if (account == null || lock != null && lockout.isLocked(lock.lockedUntil == null ? null : lock.lockedUntil.toInstant(), now)) {
                return Optional.<Integer>empty();
            }
            if (!hasher.matches(current == null ? "" : current, account.passwordHash)) {
                recordFailure(em, nip, from, lock, now);
                return Optional.<Integer>empty();
            }
            if (lock != null) {
                em.remove(lock);
            }
            account.passwordHash = hasher.hash(next);
            account.mustChange = 0;
            account.tokenVersion++;
            account.passwordSetAt = Timestamp.from(now);
            account.passwordSetBy = nip;
            return Optional.of(account.tokenVersion);
        }));
        if (version.isEmpty()) {
            limits.acquire(FAILURES, from, config.failuresPerClient(), Duration.ofMinutes(config.failureWindowMinutes()));
            throw KinerjaException.forbidden("WRONG_PASSWORD", "current", "Kata sandi sekarang salah", "The current password is wrong");
        }
        Tokens.Issued issued = tokens.issue(nip, false, version.get());
        return new LoginSession(issued.token(), issued.expiresAt(), false);
    }

    /**
     * The verified claims of an {@code Authorization} header, 401 for a missing, forged or expired
     * token, or one issued before the account's password was last changed or reset.
     */
    Tokens.Claims verify(String authorization) {
        return claims(authorization);
    }

    /** The staff member, if employed; a 404 {@code STAFF_NOT_FOUND} otherwise. */
    private StaffMember employed(String nip) {
        return staff.find(nip).filter(m -> m.status().isEmployed()).orElseThrow(() -> KinerjaException.notFound("STAFF_NOT_FOUND", "nip",
                "Pegawai " + nip + " tidak terdaftar atau tidak aktif", "No employed staff member " + nip));
    }

    /** A token for platform code acting inside the container for an administrator (logged). */
    String issueToken(String nip, String purpose) {
        employed(nip);
        LOG.info("Token issued inside the platform for {}: {}", nip, purpose);
        int version = jpa.txExpr(TransactionType.Supports, em -> {
            AccountEntity account = em.find(AccountEntity.class, nip);
            return account == null ? 0 : account.tokenVersion;
        });
        return tokens.issue(nip, false, version).token();
    }

    /**
     * Sets a new random password for a staff member (an administrator's reset, also the first
     * account), to be changed at the first login; unlocks the account. Returns the password.
     */
    public String resetPassword(String nip, String administrator) {
        StaffMember member = employed(nip == null ? "" : nip.strip());
        String password = temporaryPassword();
        jpa.tx(TransactionType.Required, em -> {
            // every lock of the account goes (a bulk delete, before anything new is pending: it flushes)
            em.createQuery("DELETE FROM LoginLockEntity l WHERE l.nip = :nip").setParameter("nip", member.nip()).executeUpdate();
            AccountEntity account = em.find(AccountEntity.class, member.nip());
            if (account == null) {
                account = new AccountEntity();
                account.nip = member.nip();
                em.persist(account);
            }
            account.passwordHash = hasher.hash(password);
            account.mustChange = 1;
            account.tokenVersion++;
            account.passwordSetAt = Timestamp.from(clock.instant());
            account.passwordSetBy = administrator;
        });
        LOG.info("Password of {} reset by {}", member.nip(), administrator);
        audit.recordAdministration(administrator, "kinerja:password-reset " + member.nip());
        return password;
    }

    private Tokens.Claims claims(String authorization) {
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7) : null;
        Tokens.Claims claims = tokens.verify(token).orElseThrow(AccountService::invalidToken);
        Integer current = jpa.txExpr(TransactionType.Supports, em -> {
            AccountEntity account = em.find(AccountEntity.class, claims.nip());
            return account == null ? 0 : account.tokenVersion;
        });
        if (current != claims.version()) {
            throw invalidToken();
        }
        return claims;
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
