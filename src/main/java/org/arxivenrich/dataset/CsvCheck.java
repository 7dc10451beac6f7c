package org.arxivenrich.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks a CSV file against its resource in a Frictionless data package: the header names the
 * fields in order, every cell has its field's type and meets its constraints (required, enum,
 * pattern, minimum, maximum), the primary key is unique, and no text cell can run as a formula.
 */
final class CsvCheck {
  private static final int MAX_ERRORS = 5;

  private final JsonNode dataPackage;

  CsvCheck(JsonNode dataPackage) {
    this.dataPackage = dataPackage;
  }

  void check(String name, Path file) throws DatasetException {
    JsonNode schema = schemaFor(name);
    List<JsonNode> fields = new ArrayList<>();
    schema.path("fields").forEach(fields::add);
    List<String> errors = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(r, format)) {
      List<String> names = fields.stream().map(f -> f.path("name").asText()).toList();
      if (!parser.getHeaderNames().equals(names)) {
        throw new DatasetException(name + ": header " + parser.getHeaderNames()
            + " is not the datapackage's " + names);
      }
      Set<String> keys = new HashSet<>();
      for (CSVRecord record : parser) {
        checkRecord(record, fields, schema.path("primaryKey"), keys, errors);
      }
    } catch (IOException | RuntimeException e) {
      throw new DatasetException(name + " cannot be read as CSV: " + e.getMessage(), e);
    }
    if (!errors.isEmpty()) {
      throw new DatasetException(name + " breaks datapackage.json: " + errors.subList(0,
          Math.min(MAX_ERRORS, errors.size())));
    }
  }

  private JsonNode schemaFor(String name) throws DatasetException {
    for (JsonNode resource : dataPackage.path("resources")) {
      if (resource.path("path").asText().equals(name)) {
        return resource.path("schema");
      }
    }
    throw new DatasetException("datapackage.json does not describe " + name);
  }

  private static void checkRecord(CSVRecord record, List<JsonNode> fields, JsonNode primaryKey,
      Set<String> keys, List<String> errors) {
    if (record.size() != fields.size()) {
      errors.add("row " + record.getRecordNumber() + " has " + record.size() + " cells, not "
          + fields.size());
      return;
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      JsonNode field = fields.get(i);
      String problem = problem(field, record.get(i));
      if (problem != null) {
        errors.add("row " + record.getRecordNumber() + ", " + field.path("name").asText() + ": "
            + problem);
      }
      primaryKey.forEach(k -> key.append(k.asText().equals(field.path("name").asText())
          ? record.get(field.path("name").asText()) + "\u0000" : ""));
    }
    if (!primaryKey.isEmpty() && !keys.add(key.toString())) {
      errors.add("row " + record.getRecordNumber() + " repeats primary key " + key);
    }
  }

  /** What is wrong with {@code cell} for {@code field}, or null if nothing. */
  static String problem(JsonNode field, String cell) {
    JsonNode c = field.path("constraints");
    if (cell.isEmpty()) {
      return c.path("required").asBoolean() ? "required but empty" : null;
    }
    String type = field.path("type").asText("string");
    if (type.equals("string") && TableWriter.looksLikeFormula(cell)) {
      return "'" + cell + "' could run as a spreadsheet formula";
    }
    BigDecimal number;
    try {
      number = parse(type, cell);
    } catch (RuntimeException e) {
      return "'" + cell + "' is not of type " + type;
    }
    return constraintProblem(c, cell, number);
  }

  private static BigDecimal parse(String type, String cell) {
    switch (type) {
      case "integer" -> {
        return new BigDecimal(Long.parseLong(cell));
      }
      case "number" -> {
        return new BigDecimal(cell);
      }
      case "date" -> LocalDate.parse(cell);
      case "datetime" -> Instant.parse(cell);
      default -> { }
    }
    return null;
  }

  private static String constraintProblem(JsonNode c, String cell, BigDecimal number) {
    if (c.has("enum")) {
      boolean listed = false;
      for (JsonNode allowed : c.path("enum")) {
        listed |= allowed.asText().equals(cell);
      }
      if (!listed) {
        return "'" + cell + "' is not one of " + c.path("enum");
      }
    }
    if (c.has("pattern") && !cell.matches(c.path("pattern").asText())) {
      return "'" + cell + "' does not match " + c.path("pattern").asText();
    }
    if (number != null && c.has("minimum")
        && number.compareTo(c.path("minimum").decimalValue()) < 0) {
      return cell + " is below the minimum " + c.path("minimum");
    }
    if (number != null && c.has("maximum")
        && number.compareTo(c.path("maximum").decimalValue()) > 0) {
      return cell + " is above the maximum " + c.path("maximum");
    }
    return null;
  }
}
