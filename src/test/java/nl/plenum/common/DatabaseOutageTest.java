package nl.plenum.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aLostConnectionAnywhereInTheChainIsAnOutage() {
        assertTrue(DatabaseOutage.causes(new RuntimeException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseOutage.causes(new IllegalStateException("tx", new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseOutage.causes(new RuntimeException(new SQLTransientConnectionException("Acquisition timeout"))));
        assertTrue(DatabaseOutage.causes(new org.hibernate.exception.JDBCConnectionException("gone", new SQLException("x"))));
    }

    @Test
    void aRefusedVoteIsNotAnOutage() {
        assertFalse(DatabaseOutage.causes(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.causes(new RuntimeException(new SQLException("check violation", "23514"))));
        assertFalse(DatabaseOutage.causes(new IllegalArgumentException("bad")));
        assertFalse(DatabaseOutage.causes(new RuntimeException(new SQLException("no state"))));
    }
}
