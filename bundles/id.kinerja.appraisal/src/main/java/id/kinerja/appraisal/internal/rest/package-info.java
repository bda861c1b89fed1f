/**
 * REST resources under {@code /api/v1/appraisal}. The person acting is the owner of the token, a
 * method's {@code @Context Caller caller}; each method's permission
 * is one of {@code AppraisalPermissions}, reads are limited to whose records the caller may see
 * ({@code Visibility}), and the services enforce what that person may do.
 */
package id.kinerja.appraisal.internal.rest;
