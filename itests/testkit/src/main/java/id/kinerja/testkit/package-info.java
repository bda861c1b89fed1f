/**
 * Integration tests of a Kinerja module on the assembled distribution, with Pax Exam:
 * {@link id.kinerja.testkit.KinerjaContainer} configures the container (outside it),
 * {@link id.kinerja.testkit.KinerjaPlatform} talks to the running platform over real HTTP and installs
 * a module's KAR (inside it). The platform's own tests use it as vendors' modules do.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package id.kinerja.testkit;
