package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another job loads the published CSV files with the shipped src/main/deploy/sql/schema.sql, as
 * the README shows: every published column must have a place in its table, every row must fit.
 */
class DatasetLoadTest {
  private static final Path SCHEMA = Path.of("src/main/deploy/sql/schema.sql");

  @Test
  void publishedCsv_loadsIntoTheShippedSchema(@TempDir Path dir) throws Exception {
    Path input = Files.createDirectories(dir.resolve("input"));
    Files.copy(Path.of(getClass().getResource("/nightly/run1/a.md").toURI()),
        input.resolve("a.md"));
    int code = Main.run(new String[] {"--input", input.toString(),
        "--output", dir.resolve("out").toString(),
        "--cache", dir.resolve("cache/c.sqlite").toString(), "--offline", "--quiet"},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertEquals(Main.UNRESOLVED, code, "offline: published, with the two IDs unresolved");
    try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      try (Statement s = db.createStatement()) {
        String script = Files.readString(SCHEMA).replaceAll("(?m)--.*$", "");
        for (String ddl : script.split(";")) {
          if (!ddl.isBlank()) {
            s.execute(ddl);
          }
        }
      }
      // Both tables get rows: a run that published nothing must not pass by loading nothing.
      for (String table : List.of("mentions", "papers")) {
        assertEquals(2, load(db, table, dir.resolve("out/" + table + ".csv")), table);
        assertEquals(2, count(db, table), table);
      }
    }
  }

  /** Inserts every row by column name (empty cells as NULL, as PostgreSQL's COPY reads them). */
  private static long load(Connection db, String table, Path csv) throws Exception {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(in)) {
      List<String> header = rows.getHeaderNames();
      String sql = "INSERT INTO " + table + " (\"" + String.join("\",\"", header) + "\") VALUES ("
          + "?,".repeat(header.size() - 1) + "?)";
      long n = 0;
      try (PreparedStatement insert = db.prepareStatement(sql)) {
        for (CSVRecord row : rows) {
          for (int i = 0; i < header.size(); i++) {
            insert.setString(i + 1, row.get(i).isEmpty() ? null : row.get(i));
          }
          insert.executeUpdate();
          n++;
        }
      }
      return n;
    }
  }

  private static long count(Connection db, String table) throws Exception {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
