package id.kinerja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;

import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

    @Test
    void aClosedPersistenceUnitIsFoundBehindTheProxyThatThrewIt() {
        Throwable closed = new UndeclaredThrowableException(new InvocationTargetException(
                new IllegalStateException("Attempting to execute an operation on a closed EntityManagerFactory.")));
        assertTrue(UnexpectedExceptionMapper.persistenceUnitClosed(closed));
        assertFalse(UnexpectedExceptionMapper.persistenceUnitClosed(new IllegalStateException("something else")));
    }

    @Test
    void aFaultOnAReplacedGenerationOfTheApiIsTemporary() {
        assertEquals(503, new UnexpectedExceptionMapper(() -> true).toResponse(new NullPointerException()).getStatus());
        assertEquals(503, new UnexpectedExceptionMapper(() -> false).toResponse(new UndeclaredThrowableException(
                new IllegalStateException("Attempting to execute an operation on a closed EntityManagerFactory."))).getStatus());
        assertEquals(500, new UnexpectedExceptionMapper(() -> false).toResponse(new NullPointerException()).getStatus());
    }
}
