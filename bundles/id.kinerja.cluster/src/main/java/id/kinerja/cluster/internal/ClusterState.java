package id.kinerja.cluster.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import javax.sql.DataSource;

/**
 * The table {@code KINERJA_CLUSTER_STATE}: per module whether it is installed, per settings file its
 * text, as the node that changed it last wrote it; {@code SEQ} counts a row's changes.
 */
final class ClusterState {

    enum Kind {
        MODULE, SETTINGS
    }

    /** A row; {@code content} is {@code null} for a settings file removed. */
    record Entry(Kind kind, String name, String content, long seq) {

        String key() {
            return kind + "/" + name;
        }
    }

    private final DataSource dataSource;
    private final String nodeId;

    ClusterState(DataSource dataSource, String nodeId) {
        this.dataSource = dataSource;
        this.nodeId = nodeId;
    }

    List<Entry> all() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT KIND, NAME, CONTENT, SEQ FROM KINERJA_CLUSTER_STATE ORDER BY KIND, NAME");
                ResultSet rs = st.executeQuery()) {
            List<Entry> entries = new ArrayList<>();
            while (rs.next()) {
                entries.add(new Entry(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getLong(4)));
            }
            return entries;
        }
    }

    /**
     * Writes a row unless it holds the same already ({@code same}, given the row's content and the
     * new one); returns its new {@code SEQ}, or {@code -1} when nothing changed.
     */
    long put(Kind kind, String name, String content, BiPredicate<String, String> same) throws SQLException {
        try {
            return tryPut(kind, name, content, same);
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw e;
            }
            return tryPut(kind, name, content, same); // another node wrote the row first: compared with theirs
        }
    }

    private long tryPut(Kind kind, String name, String content, BiPredicate<String, String> same) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long seq;
                try (PreparedStatement read = c.prepareStatement("SELECT CONTENT FROM KINERJA_CLUSTER_STATE WHERE KIND = ? AND NAME = ?")) {
                    read.setString(1, kind.name());
                    read.setString(2, name);
                    try (ResultSet rs = read.executeQuery()) {
                        if (rs.next()) {
                            if (same.test(rs.getString(1), content)) {
                                c.rollback();
                                return -1;
                            }
                            seq = update(c, kind, name, content);
                        } else {
                            seq = insert(c, kind, name, content);
                        }
                    }
                }
                c.commit();
                return seq;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private long update(Connection c, Kind kind, String name, String content) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE KINERJA_CLUSTER_STATE SET CONTENT = ?, SEQ = SEQ + 1, CHANGED_AT = ?, CHANGED_BY = ?"
                + " WHERE KIND = ? AND NAME = ?")) {
            st.setString(1, content);
            st.setTimestamp(2, Timestamp.from(Instant.now()));
            st.setString(3, nodeId);
            st.setString(4, kind.name());
            st.setString(5, name);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("SELECT SEQ FROM KINERJA_CLUSTER_STATE WHERE KIND = ? AND NAME = ?")) {
            st.setString(1, kind.name());
            st.setString(2, name);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long insert(Connection c, Kind kind, String name, String content) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO KINERJA_CLUSTER_STATE (KIND, NAME, CONTENT, SEQ, CHANGED_AT, CHANGED_BY)"
                + " VALUES (?, ?, ?, 1, ?, ?)")) {
            st.setString(1, kind.name());
            st.setString(2, name);
            st.setString(3, content);
            st.setTimestamp(4, Timestamp.from(Instant.now()));
            st.setString(5, nodeId);
            st.executeUpdate();
        }
        return 1;
    }
}
