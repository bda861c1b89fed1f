package id.kinerja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    static <T> T stub(Class<T> type, java.util.function.Function<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> answers.apply(method.getName())));
    }

    static MultivaluedMap<String, Object> answer(boolean secure) {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        SecurityContext security = stub(SecurityContext.class, name -> name.equals("isSecure") ? secure : null);
        ContainerRequestContext request = stub(ContainerRequestContext.class, name -> name.equals("getSecurityContext") ? security : null);
        ContainerResponseContext response = stub(ContainerResponseContext.class, name -> name.equals("getHeaders") ? headers : null);
        new SecurityHeaders().filter(request, response);
        return headers;
    }

    @Test
    void everyAnswerCarriesTheHeadersAndHstsOnlyOverHttps() {
        MultivaluedMap<String, Object> plain = answer(false);
        assertEquals("nosniff", plain.getFirst("X-Content-Type-Options"));
        assertEquals("DENY", plain.getFirst("X-Frame-Options"));
        assertNull(plain.getFirst("Strict-Transport-Security"), "never over plain HTTP (a browser would ignore it, a proxy could mislead)");
        assertEquals("max-age=31536000", answer(true).getFirst("Strict-Transport-Security"));
    }
}
