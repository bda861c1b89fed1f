/**
 * JPA records of the appraisal tables (see {@code db/appraisal}). They hold data only; every rule
 * lives in the services of the parent package, which convert them to the API's value types.
 */
package id.kinerja.appraisal.internal.model;
