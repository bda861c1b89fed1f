/**
 * The API of kinerja-inovasi: leaders' feedback meetings (rapat umpan balik) with the follow-ups
 * agreed there, and the yearly innovation contest among civil servants (proposals by a person or a
 * team, screening, judging on weighted criteria by several judges, winners, innovations in use).
 * Every method that changes something takes the person acting ({@code Caller}) and throws
 * {@link id.kinerja.core.api.KinerjaException} when a rule is broken, saving nothing then.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package id.kinerja.inovasi.api;
