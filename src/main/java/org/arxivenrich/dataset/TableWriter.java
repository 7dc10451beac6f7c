package org.arxivenrich.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows as RFC 4180 CSV (UTF-8, CRLF, a header) and as a JSON array of objects. In the
 * CSV a text cell that a spreadsheet would read as a formula gets a leading single quote
 * (OWASP "CSV injection"); numbers are written as numbers and need none.
 */
final class TableWriter {
  /** Lists in a CSV cell are joined with this; the JSON keeps them as arrays. */
  private static final String LIST_SEPARATOR = "; ";

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TableWriter() {}

  static void writeCsv(Path file, List<String> columns, List<Map<String, Object>> rows)
      throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new))
        .get();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, format)) {
      for (Map<String, Object> row : rows) {
        csv.printRecord(cells(columns, row));
      }
    }
  }

  /** One row as a CSV record, quoted as {@link #writeCsv} quotes it, without the line end. */
  static String csvRecord(List<String> columns, Map<String, Object> row) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(cells(columns, row));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen: a StringBuilder does not fail", e);
    }
    // The record separator is CRLF; CSVFormat.format() would also trim the cells' spaces.
    return out.substring(0, out.length() - 2);
  }

  private static List<String> cells(List<String> columns, Map<String, Object> row) {
    if (!row.keySet().equals(new HashSet<>(columns))) {
      throw new IllegalStateException("row columns " + row.keySet() + " != " + columns);
    }
    return columns.stream().map(c -> cell(row.get(c))).toList();
  }

  static void writeJson(Path file, Object value) throws IOException {
    Files.writeString(file, JSON.writeValueAsString(value) + "\n", StandardCharsets.UTF_8);
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number) {
      return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
    if (value instanceof List<?> list) {
      return neutralize(String.join(LIST_SEPARATOR, list.stream().map(String::valueOf).toList()));
    }
    return neutralize(value.toString());
  }

  /** A day as every table writes it: the UTC date of {@code instant}, e.g. {@code 2017-06-12}. */
  static String date(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  /** A moment as every table writes it: UTC, to the second, e.g. {@code 2026-11-23T02:30:00Z}. */
  static String timestamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** True when a spreadsheet would take a cell starting like {@code text} for a formula. */
  static boolean looksLikeFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }

  private static String neutralize(String text) {
    return looksLikeFormula(text) ? "'" + text : text;
  }
}
