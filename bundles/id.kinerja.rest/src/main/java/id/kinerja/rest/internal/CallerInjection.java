package id.kinerja.rest.internal;

import java.util.function.Supplier;

import javax.inject.Inject;
import javax.inject.Provider;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.process.internal.RequestScoped;
import org.glassfish.jersey.server.ContainerRequest;

import id.kinerja.core.api.security.Caller;

/**
 * Lets a resource method take the person acting as a parameter, {@code @Context Caller caller}:
 * the caller the token names, as the authorization filter found it (never a header a client sends).
 */
final class CallerInjection extends AbstractBinder {

    @Override
    protected void configure() {
        bindFactory(CallerSupplier.class).to(Caller.class).proxy(true).proxyForSameScope(false).in(RequestScoped.class);
    }

    /** The request's caller. */
    static final class CallerSupplier implements Supplier<Caller> {

        private final Provider<ContainerRequest> request;

        @Inject
        CallerSupplier(Provider<ContainerRequest> request) {
            this.request = request;
        }

        @Override
        public Caller get() {
            Object caller = request.get().getProperty(Authorization.CALLER_PROPERTY);
            if (caller instanceof Caller known) {
                return known;
            }
            throw new IllegalStateException("no caller on this request: the authorization filter did not run");
        }
    }
}
