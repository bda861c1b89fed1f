package id.kinerja.appraisal.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import id.kinerja.core.api.security.Caller;

/** Acting officials (Plt/Plh) who rate in place of a supervisor for a time. */
@ProviderType
public interface DelegationService {

    Delegation create(Caller caller, Delegation delegation);

    /** Delegations in force on {@code date} in which {@code delegateNip} acts. */
    List<Delegation> actingFor(String delegateNip, LocalDate date);

    List<Delegation> delegationsOf(String principalNip);
}
