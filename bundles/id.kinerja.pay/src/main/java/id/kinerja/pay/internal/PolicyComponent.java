package id.kinerja.pay.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance per factory configuration {@code id.kinerja.pay.policy}: a policy the runs can use. A
 * changed configuration is taken over in place, so the policy never disappears while it is edited.
 */
@Component(service = PolicySource.class, configurationPid = PolicyConfig.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PolicyConfig.class, factory = true)
public class PolicyComponent implements PolicySource {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyComponent.class);

    private volatile PayPolicy policy;

    @Activate
    @Modified
    void configure(PolicyConfig config) {
        try {
            this.policy = PayPolicy.of(config);
        } catch (IllegalArgumentException e) {
            LOG.error("{}: the policy is not used", e.getMessage());
            throw e;
        }
    }

    @Override
    public PayPolicy policy() {
        return policy;
    }
}
