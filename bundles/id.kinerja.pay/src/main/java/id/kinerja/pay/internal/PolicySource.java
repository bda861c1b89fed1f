package id.kinerja.pay.internal;

/** A TPP policy from one factory configuration (internal service of this bundle). */
public interface PolicySource {

    PayPolicy policy();
}
