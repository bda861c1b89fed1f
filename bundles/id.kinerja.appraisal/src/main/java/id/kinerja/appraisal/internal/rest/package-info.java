/**
 * REST resources under {@code /api/v1/appraisal}. The person acting is named by the header
 * {@code X-Kinerja-NIP} ({@link id.kinerja.core.api.rest.RestResource#ACTOR_HEADER}); the services enforce
 * what that person may do.
 */
package id.kinerja.appraisal.internal.rest;
