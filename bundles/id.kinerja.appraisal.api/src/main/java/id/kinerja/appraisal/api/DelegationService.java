package id.kinerja.appraisal.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Acting officials (Plt/Plh) who rate in place of a supervisor for a time. */
@ProviderType
public interface DelegationService {

    Delegation create(String actorNip, Delegation delegation);

    /** Delegations in force on {@code date} in which {@code delegateNip} acts. */
    List<Delegation> actingFor(String delegateNip, LocalDate date);

    List<Delegation> delegationsOf(String principalNip);
}
