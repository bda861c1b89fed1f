/**
 * Performance appraisal (PermenPANRB 6/2022): the SKP plan of each ASN with its work results (RHK)
 * and indicators, evaluations per period, the official predikat, objections (keberatan), the
 * events published when a predikat becomes final, and the contract through which optional modules
 * offer inputs to the rater and records a person may cite as evidence. See {@code docs/glossary.md} for the Indonesian terms.
 * <p>
 * Every service method that changes something takes the person acting ({@code Caller caller}:
 * the owner of a request's token, or the person a console command acts as) and enforces who may do it (the owner, the direct supervisor as rater, the rater's own supervisor
 * for objections); it throws {@link id.kinerja.core.api.KinerjaException} when a rule is broken and
 * then saves nothing.
 */
@org.osgi.annotation.versioning.Version("2.1.0")
package id.kinerja.appraisal.api;
