package org.arxivenrich.resolve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache that survives runs: one SQLite row per identifier holding arXiv's answer (the parsed
 * paper as JSON, or not-found, or invalid) and when it was fetched, and one row per title search
 * holding its candidates' IDs in rank order (their papers are rows of the first table). Writes are
 * transactions in WAL mode, so a crash leaves the previous state or the new one, never a torn
 * file. Unresolved outcomes and failed searches are never stored. Age checks are the caller's:
 * this only stores and reads.
 */
final class PaperStore implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PaperStore.class);
  private static final String SCHEMA = """
      CREATE TABLE IF NOT EXISTS answers (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('found', 'not_found', 'invalid')),
        paper TEXT,
        message TEXT,
        fetched_at TEXT NOT NULL)""";
  /** Added after the first release: IF NOT EXISTS migrates an older file on open. */
  private static final String SEARCH_SCHEMA = """
      CREATE TABLE IF NOT EXISTS title_searches (
        query TEXT NOT NULL,
        max_results INTEGER NOT NULL,
        candidates TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (query, max_results))""";

  /** A stored answer and when arXiv gave it. */
  record Stored(Outcome outcome, Instant fetchedAt) {}

  /** A stored title search: its candidates in rank order, and when arXiv gave them. */
  record StoredSearch(List<Paper> candidates, Instant fetchedAt) {}

  /** Statements run inside one transaction. */
  @FunctionalInterface
  private interface Work {
    void run() throws SQLException, JsonProcessingException;
  }

  private final Connection db;
  private final ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private PaperStore(Connection db) {
    this.db = db;
  }

  /** Opens (creating the file and its folders if needed) the store at {@code file}. */
  static PaperStore open(Path file) throws IOException {
    return new PaperStore(SqliteFile.open(file, "cache", SCHEMA, SEARCH_SCHEMA));
  }

  /** The stored answer for {@code id}; empty when none, or when the row cannot be read. */
  Optional<Stored> get(ArxivId id) {
    try (PreparedStatement q = db.prepareStatement(
        "SELECT status, paper, message, fetched_at FROM answers WHERE id = ?")) {
      q.setString(1, id.value());
      try (ResultSet r = q.executeQuery()) {
        return r.next() ? Optional.of(read(id, r)) : Optional.empty();
      }
    } catch (SQLException | IOException | RuntimeException e) {
      log.warn("ignoring unreadable cache row for {}: {}", id, e.toString());
      return Optional.empty();
    }
  }

  private Stored read(ArxivId id, ResultSet r) throws SQLException, IOException {
    Instant fetchedAt = Instant.parse(r.getString("fetched_at"));
    Outcome outcome = switch (r.getString("status")) {
      case "found" -> new Outcome.Found(json.readValue(r.getString("paper"), Paper.class),
          fetchedAt);
      case "invalid" -> new Outcome.Invalid(id, r.getString("message"));
      default -> new Outcome.NotFound(id);
    };
    return new Stored(outcome, fetchedAt);
  }

  /** Stores {@code outcomes} in one transaction; unresolved ones are skipped. */
  void putAll(Collection<Outcome> outcomes, Instant fetchedAt) throws IOException {
    inTransaction(() -> putOutcomes(outcomes, fetchedAt));
  }

  private void putOutcomes(Collection<Outcome> outcomes, Instant fetchedAt)
      throws SQLException, JsonProcessingException {
    try (PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO answers "
        + "(id, status, paper, message, fetched_at) VALUES (?, ?, ?, ?, ?)")) {
      for (Outcome o : outcomes) {
        if (!(o instanceof Outcome.Unresolved)) {
          bind(put, o, fetchedAt);
          put.executeUpdate();
        }
      }
    }
  }

  /**
   * The stored search for {@code query} with {@code maxResults}; empty when none, or when a row,
   * or the paper of any of its candidates, cannot be read (a partial answer would rank wrongly).
   */
  Optional<StoredSearch> getSearch(String query, int maxResults) {
    try (PreparedStatement q = db.prepareStatement("SELECT candidates, fetched_at "
        + "FROM title_searches WHERE query = ? AND max_results = ?")) {
      q.setString(1, query);
      q.setInt(2, maxResults);
      try (ResultSet r = q.executeQuery()) {
        return r.next() ? readSearch(r) : Optional.empty();
      }
    } catch (SQLException | IOException | RuntimeException e) {
      log.warn("ignoring unreadable cached title search \"{}\": {}", query, e.toString());
      return Optional.empty();
    }
  }

  private Optional<StoredSearch> readSearch(ResultSet r) throws SQLException, IOException {
    List<Paper> candidates = new ArrayList<>();
    for (String id : json.readValue(r.getString("candidates"), String[].class)) {
      Optional<Outcome> known = get(ArxivId.parse(id)).map(Stored::outcome);
      if (!(known.orElse(null) instanceof Outcome.Found found)) {
        return Optional.empty();
      }
      candidates.add(found.paper());
    }
    return Optional.of(new StoredSearch(candidates, Instant.parse(r.getString("fetched_at"))));
  }

  /**
   * Stores a search's {@code candidates}, in rank order, and their papers, in one transaction, so
   * a stored search never names a paper the store lacks.
   */
  void putSearch(String query, int maxResults, List<Paper> candidates, Instant fetchedAt)
      throws IOException {
    List<Outcome> papers = candidates.stream()
        .map(p -> (Outcome) new Outcome.Found(p, fetchedAt)).toList();
    String ids = json.writeValueAsString(candidates.stream().map(p -> p.id().value()).toList());
    inTransaction(() -> {
      putOutcomes(papers, fetchedAt);
      try (PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO title_searches "
          + "(query, max_results, candidates, fetched_at) VALUES (?, ?, ?, ?)")) {
        put.setString(1, query);
        put.setInt(2, maxResults);
        put.setString(3, ids);
        put.setString(4, fetchedAt.toString());
        put.executeUpdate();
      }
    });
  }

  private void inTransaction(Work work) throws IOException {
    try {
      db.setAutoCommit(false);
      work.run();
      db.commit();
    } catch (SQLException | JsonProcessingException e) {
      rollback();
      throw new IOException("cannot write to the cache: " + e.getMessage(), e);
    } finally {
      autoCommit();
    }
  }

  private void bind(PreparedStatement put, Outcome o, Instant fetchedAt)
      throws SQLException, JsonProcessingException {
    put.setString(1, o.id().value());
    put.setString(2, o instanceof Outcome.Found ? "found"
        : o instanceof Outcome.Invalid ? "invalid" : "not_found");
    put.setString(3, o instanceof Outcome.Found f ? json.writeValueAsString(f.paper()) : null);
    put.setString(4, o instanceof Outcome.Invalid i ? i.message() : null);
    put.setString(5, (o instanceof Outcome.Found f ? f.fetchedAt() : fetchedAt).toString());
  }

  private void rollback() {
    try {
      db.rollback();
    } catch (SQLException e) {
      log.warn("cache rollback failed: {}", e.toString());
    }
  }

  private void autoCommit() {
    try {
      db.setAutoCommit(true);
    } catch (SQLException e) {
      log.warn("cache connection reset failed: {}", e.toString());
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
