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

    @Test
    void aTransactionTheDatabaseGaveUpOnIsABusyDatabaseNotAFault() {
        // as EclipseLink hands over Derby's lock timeout: PersistenceException > DatabaseException > SQLTransactionRollbackException
        Throwable lockTimeout = new RuntimeException("PersistenceException", new RuntimeException("DatabaseException",
                new java.sql.SQLTransactionRollbackException("A lock could not be obtained within the time requested", "40XL1", 30000)));
        javax.ws.rs.core.Response busy = new UnexpectedExceptionMapper(() -> false).toResponse(lockTimeout);
        assertEquals(503, busy.getStatus());
        assertEquals("DATABASE_BUSY", ((ErrorBody) busy.getEntity()).error());
        assertEquals("5", busy.getHeaderString("Retry-After"));
        java.sql.SQLException batch = new java.sql.SQLException("batch failed", "XJ208");
        batch.setNextException(new java.sql.SQLException("deadlock detected", "40P01"));
        assertTrue(UnexpectedExceptionMapper.databaseBusy(new RuntimeException(batch)), "a deadlock behind a failed batch");
        assertTrue(UnexpectedExceptionMapper.databaseBusy(new java.sql.SQLException("could not obtain lock", "55P03")));
        assertFalse(UnexpectedExceptionMapper.databaseBusy(new RuntimeException(new java.sql.SQLException("syntax error", "42601"))));
        assertEquals(500, new UnexpectedExceptionMapper(() -> false).toResponse(new RuntimeException(
                new java.sql.SQLException("duplicate key", "23505"))).getStatus(), "a fault of ours stays one");
    }
}
