package id.kinerja.appraisal.internal.rest;

/**
 * The header that names the person acting. Until authentication arrives (issue 7: accounts and
 * tokens), it is taken as given; the authentication layer will set it from the verified session and
 * refuse any value the caller sends.
 */
final class Actor {

    static final String HEADER = "X-Kinerja-NIP";

    private Actor() {
    }
}
