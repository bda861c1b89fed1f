/**
 * REST resources under {@code /api/v1/appraisal}. The person acting is named by the header
 * {@code X-Kinerja-NIP} (see {@link id.kinerja.appraisal.internal.rest.Actor}); the services enforce
 * what that person may do.
 */
package id.kinerja.appraisal.internal.rest;
