package org.arxivenrich.resolve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens the SQLite files the job keeps its state in (the cache, the ledger, the mirror) the one
 * way: the folder created if needed, WAL journal, normal sync, a busy timeout for a second
 * reader, then the caller's statements (its tables, any pragma of its own).
 */
public final class SqliteFile {
  private SqliteFile() {}

  /**
   * A connection to {@code file}; {@code what} names it in the error ("cache", "mirror").
   *
   * @throws IOException naming the file when its folder or the database cannot be opened
   */
  public static Connection open(Path file, String what, String... statements)
      throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new IOException("cannot open the " + what + " " + file
          + ": cannot create its folder (" + e + ")", e);
    }
    try {
      Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("PRAGMA busy_timeout=5000");
        for (String statement : statements) {
          s.execute(statement);
        }
      }
      return db;
    } catch (SQLException e) {
      throw new IOException("cannot open the " + what + " " + file + ": " + e.getMessage(), e);
    }
  }
}
