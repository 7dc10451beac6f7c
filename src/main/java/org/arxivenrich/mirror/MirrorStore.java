package org.arxivenrich.mirror;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.resolve.PaperMirror;
import org.arxivenrich.resolve.SqliteFile;

/**
 * The local arXiv mirror: one SQLite file holding every paper with every version's date
 * ({@code papers}), an FTS5 index over their titles ({@code titles}, same rowids, BM25 ranked)
 * and the harvest's state ({@code state}: newest datestamp held, a pending resumption token).
 * Every write is one transaction that also moves the state, so a crash leaves the mirror at its
 * last committed page or batch, never torn. A record never replaces a newer one.
 */
public final class MirrorStore implements PaperMirror, AutoCloseable {
  /** The state key of the newest OAI datestamp the mirror holds. */
  static final String NEWEST = "newest_datestamp";

  private static final String[] SCHEMA = {"""
      CREATE TABLE IF NOT EXISTS papers (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        authors TEXT NOT NULL,
        categories TEXT NOT NULL,
        comment TEXT,
        journal_ref TEXT,
        doi TEXT,
        versions TEXT NOT NULL,
        datestamp TEXT NOT NULL)""",
      // Contentless: the titles live in papers; contentless_delete lets a harvest replace one.
      "CREATE VIRTUAL TABLE IF NOT EXISTS titles USING fts5(title, content='', "
          + "contentless_delete=1, tokenize='unicode61 remove_diacritics 2')",
      "CREATE VIRTUAL TABLE IF NOT EXISTS title_terms USING fts5vocab(titles, 'row')",
      // fts5vocab counts a term's documents by walking its whole posting list: for common words
      // that is slower than the look-up itself, so the counts are kept, refreshed on import.
      "CREATE TABLE IF NOT EXISTS term_docs (term TEXT PRIMARY KEY, doc INTEGER NOT NULL) "
          + "WITHOUT ROWID",
      "CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"};

  private final Path file;
  private final Connection db;
  private final TitleIndex titles;

  private MirrorStore(Path file, Connection db) {
    this.file = file;
    this.db = db;
    this.titles = new TitleIndex(db);
  }

  /** Opens the mirror at {@code file}, creating it (and its folder) if needed. */
  public static MirrorStore open(Path file) throws IOException {
    String[] statements = new String[SCHEMA.length + 1];
    statements[0] = "PRAGMA cache_size=-65536";
    System.arraycopy(SCHEMA, 0, statements, 1, SCHEMA.length);
    return new MirrorStore(file, SqliteFile.open(file, "mirror", statements));
  }

  /**
   * Stores {@code records} and sets {@code state} in one transaction, raising the newest
   * datestamp to theirs; a record older than the one held for its ID is skipped.
   */
  public void put(List<MirrorRecord> records, Map<String, Optional<String>> state)
      throws IOException {
    inTransaction(() -> {
      new RecordWriter(db).write(records);
      Optional<LocalDate> newest = records.stream().map(MirrorRecord::datestamp)
          .max(LocalDate::compareTo);
      Optional<LocalDate> held = readState(NEWEST).map(LocalDate::parse);
      if (newest.isPresent() && (held.isEmpty() || newest.get().isAfter(held.get()))) {
        setState(NEWEST, Optional.of(newest.get().toString()));
      }
      for (Map.Entry<String, Optional<String>> e : state.entrySet()) {
        setState(e.getKey(), e.getValue());
      }
    });
  }

  /**
   * Counts again how many titles hold each word, for the title look-up to pick the rarest; a
   * word first seen since (a harvest) is counted from the index itself when asked for.
   */
  public void refreshTermCounts() throws IOException {
    inTransaction(() -> {
      try (Statement s = db.createStatement()) {
        s.executeUpdate("DELETE FROM term_docs");
        s.executeUpdate("INSERT INTO term_docs (term, doc) SELECT term, doc FROM title_terms");
      }
    });
  }

  @Override
  public Map<ArxivId, Paper> papers(Collection<ArxivId> ids) throws IOException {
    Map<ArxivId, Paper> found = new HashMap<>();
    List<ArxivId> all = new ArrayList<>(ids);
    try {
      for (int from = 0; from < all.size(); from += 500) {
        List<ArxivId> chunk = all.subList(from, Math.min(all.size(), from + 500));
        try (PreparedStatement q = db.prepareStatement("SELECT " + PaperRow.COLUMNS
            + " FROM papers WHERE id IN (" + "?,".repeat(chunk.size() - 1) + "?)")) {
          for (int i = 0; i < chunk.size(); i++) {
            q.setString(i + 1, chunk.get(i).value());
          }
          readInto(q, found);
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot read the mirror " + file + ": " + e.getMessage(), e);
    }
    return found;
  }

  private static void readInto(PreparedStatement q, Map<ArxivId, Paper> found)
      throws SQLException {
    try (ResultSet r = q.executeQuery()) {
      while (r.next()) {
        Paper p = PaperRow.read(r);
        found.put(p.id(), p);
      }
    }
  }

  /** Up to {@code limit} papers whose titles share the most telling words with {@code title}. */
  @Override
  public List<Paper> searchTitle(String title, int limit) throws IOException {
    try {
      return titles.search(title, limit);
    } catch (SQLException | IllegalStateException e) {
      throw new IOException("cannot search the mirror's titles: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<LocalDate> newestDatestamp() throws IOException {
    return state(NEWEST).map(LocalDate::parse);
  }

  /** The value kept under {@code key} in the harvest state. */
  public Optional<String> state(String key) throws IOException {
    try {
      return readState(key);
    } catch (SQLException e) {
      throw new IOException("cannot read the mirror's state: " + e.getMessage(), e);
    }
  }

  private Optional<String> readState(String key) throws SQLException {
    try (PreparedStatement q = db.prepareStatement("SELECT value FROM state WHERE key = ?")) {
      q.setString(1, key);
      try (ResultSet r = q.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  private void setState(String key, Optional<String> value) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(value.isPresent()
        ? "INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)"
        : "DELETE FROM state WHERE key = ?")) {
      s.setString(1, key);
      if (value.isPresent()) {
        s.setString(2, value.get());
      }
      s.executeUpdate();
    }
  }

  /** Papers held. */
  public long records() throws IOException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM papers")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IOException("cannot count the mirror's papers: " + e.getMessage(), e);
    }
  }

  /**
   * Hands every paper held to {@code each}, in ID order, reading one row at a time: what the
   * Parquet export for the Spark job streams out (issue #12).
   */
  public void forEachPaper(Consumer<Paper> each) throws IOException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT " + PaperRow.COLUMNS + " FROM papers ORDER BY id")) {
      while (r.next()) {
        each.accept(PaperRow.read(r));
      }
    } catch (SQLException e) {
      throw new IOException("cannot read the mirror " + file + ": " + e.getMessage(), e);
    }
  }

  /** Bytes on disk: the file and its write-ahead log. */
  public long sizeOnDisk() throws IOException {
    Path wal = file.resolveSibling(file.getFileName() + "-wal");
    return Files.size(file) + (Files.exists(wal) ? Files.size(wal) : 0);
  }

  /** Statements run inside one transaction. */
  @FunctionalInterface
  private interface Work {
    void run() throws SQLException;
  }

  private void inTransaction(Work work) throws IOException {
    try {
      db.setAutoCommit(false);
      work.run();
      db.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        db.rollback();
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      throw new IOException("cannot write to the mirror " + file + ": " + e.getMessage(), e);
    } finally {
      try {
        db.setAutoCommit(true);
      } catch (SQLException e) {
        throw new IOException("cannot write to the mirror " + file + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public void close() throws IOException {
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (SQLException e) {
      // The checkpoint only tidies; the next open replays the log.
    }
    try {
      db.close();
    } catch (SQLException e) {
      throw new IOException("cannot close the mirror " + file + ": " + e.getMessage(), e);
    }
  }
}
