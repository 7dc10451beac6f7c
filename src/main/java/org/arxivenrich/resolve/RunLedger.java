package org.arxivenrich.resolve;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.arxivenrich.mention.ArxivId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the runs sharing a cache file tell each other (issue #9), in that file beside the
 * {@link PaperStore}: when the last request to arXiv finished, in wall-clock time (a monotonic
 * clock is per process), so the spacing holds across processes; and the look-ups a run could not
 * make, so the next run asks them first. A failure to read or write is logged, never thrown: this
 * is politeness and bookkeeping, not the answers.
 */
final class RunLedger implements Pacer.Ledger, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RunLedger.class);
  private static final String LAST_REQUEST = """
      CREATE TABLE IF NOT EXISTS last_request (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        finished_at TEXT NOT NULL)""";
  private static final String PENDING = """
      CREATE TABLE IF NOT EXISTS pending_lookups (
        kind TEXT NOT NULL CHECK (kind IN ('id', 'title_search')),
        key TEXT NOT NULL,
        max_results INTEGER NOT NULL,
        PRIMARY KEY (kind, key, max_results))""";

  /** A title search not made: the title as claimed, and how many candidates were asked for. */
  record PendingSearch(String title, int maxResults) {}

  /** Statements on the connection. */
  @FunctionalInterface
  private interface Work {
    void run(Connection db) throws SQLException;
  }

  private final Connection db;

  private RunLedger(Connection db) {
    this.db = db;
  }

  /** Opens the ledger in the cache {@code file}. */
  static RunLedger open(Path file) throws IOException {
    return new RunLedger(SqliteFile.open(file, "cache", LAST_REQUEST, PENDING));
  }

  @Override
  public Optional<Instant> lastRequest() {
    try (Statement q = db.createStatement();
        ResultSet r = q.executeQuery("SELECT finished_at FROM last_request")) {
      return r.next() ? Optional.of(Instant.parse(r.getString(1))) : Optional.empty();
    } catch (SQLException | RuntimeException e) {
      log.warn("cannot read when the last request was made: {}", e.toString());
      return Optional.empty();
    }
  }

  @Override
  public void requested(Instant at) {
    write("record when the last request was made", d -> {
      try (PreparedStatement put = d.prepareStatement(
          "INSERT OR REPLACE INTO last_request (one, finished_at) VALUES (1, ?)")) {
        put.setString(1, at.toString());
        put.executeUpdate();
      }
    });
  }

  /** The identifiers whose look-up a run could not make. */
  Set<ArxivId> pendingIds() {
    Set<ArxivId> ids = new TreeSet<>();
    pending("id").forEach(s -> ArxivId.tryParse(s.title()).ifPresent(ids::add));
    return ids;
  }

  /** Makes {@code ids} the identifiers still to look up, in place of the earlier ones. */
  void replacePendingIds(Collection<ArxivId> ids) {
    write("remember the identifiers not looked up", d -> {
      try (Statement clear = d.createStatement()) {
        clear.executeUpdate("DELETE FROM pending_lookups WHERE kind = 'id'");
      }
      for (ArxivId id : ids) {
        put(d, "id", id.value(), 0);
      }
    });
  }

  /** The title searches a run could not make. */
  List<PendingSearch> pendingSearches() {
    return pending("title_search");
  }

  /** Records that the search for {@code title} was not made, or that it now was. */
  void searchPending(String title, int maxResults, boolean pending) {
    write("remember a title search not made", d -> {
      if (pending) {
        put(d, "title_search", title, maxResults);
        return;
      }
      try (PreparedStatement del = d.prepareStatement("DELETE FROM pending_lookups "
          + "WHERE kind = 'title_search' AND key = ? AND max_results = ?")) {
        del.setString(1, title);
        del.setInt(2, maxResults);
        del.executeUpdate();
      }
    });
  }

  private List<PendingSearch> pending(String kind) {
    List<PendingSearch> found = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement("SELECT key, max_results "
        + "FROM pending_lookups WHERE kind = ? ORDER BY key, max_results")) {
      q.setString(1, kind);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          found.add(new PendingSearch(r.getString(1), r.getInt(2)));
        }
      }
    } catch (SQLException e) {
      log.warn("cannot read the look-ups left by the last run: {}", e.toString());
    }
    return found;
  }

  private static void put(Connection d, String kind, String key, int maxResults)
      throws SQLException {
    try (PreparedStatement put = d.prepareStatement("INSERT OR IGNORE INTO pending_lookups "
        + "(kind, key, max_results) VALUES (?, ?, ?)")) {
      put.setString(1, kind);
      put.setString(2, key);
      put.setInt(3, maxResults);
      put.executeUpdate();
    }
  }

  private synchronized void write(String what, Work work) {
    try {
      db.setAutoCommit(false);
      work.run(db);
      db.commit();
    } catch (SQLException e) {
      log.warn("cannot {} in the cache: {}", what, e.toString());
      try {
        db.rollback();
      } catch (SQLException ignored) {
        // the connection is gone; the warning above says what was lost
      }
    } finally {
      try {
        db.setAutoCommit(true);
      } catch (SQLException ignored) {
        // as above
      }
    }
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      log.warn("closing the cache failed: {}", e.toString());
    }
  }
}
