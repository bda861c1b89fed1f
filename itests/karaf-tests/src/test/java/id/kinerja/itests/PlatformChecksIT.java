package id.kinerja.itests;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;

/**
 * Test classes that leave the platform as they found it for the next, run on one platform instead of
 * one each: each class's own platform cost 12-14 s of start and stop (the suite's run time is close
 * to the 30 minutes CI allows). Pax Exam's {@code PerSuite} keeps the container for all the classes a
 * JUnit suite holds; failsafe runs them only through this suite (the classes are excluded there, and
 * {@code -Dit.test=HealthIT} still runs one alone). The order matters: the matrix installs every module
 * and leaves them installed.
 */
@RunWith(Suite.class)
@Suite.SuiteClasses({ HealthIT.class, AuthIT.class, RuntimeModuleIT.class, AuthorizationMatrixIT.class })
public class PlatformChecksIT {
}
