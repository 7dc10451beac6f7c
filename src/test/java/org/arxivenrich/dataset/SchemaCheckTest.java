package org.arxivenrich.dataset;

import org.arxivenrich.resolve.ResolveStats;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.arxivenrich.mention.Form;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCheckTest {
  @TempDir
  Path dir;

  private final SchemaCheck check = new SchemaCheck();

  @BeforeEach
  void publishFixtureRun() throws Exception {
    new DatasetWriter(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), "t")
        .publish(dir, FixtureRun.reconciled(), ResolveStats.NONE);
  }

  private ArrayNode rows(String file) throws Exception {
    return (ArrayNode) TableWriter.JSON.readTree(dir.resolve(file).toFile());
  }

  private String rejection(String name, Path file) {
    return assertThrows(DatasetException.class, () -> check.check(name, file)).getMessage();
  }

  @Test
  void check_publishedFiles_pass() throws Exception {
    for (String name : List.of("mentions.csv", "mentions.json", "papers.csv", "papers.json",
        "run.json")) {
      Path file = dir.resolve(name);
      assertDoesNotThrow(() -> check.check(name, file), name);
    }
  }

  @Test
  void check_mentionsJsonWithUnknownStatus_isRejected() throws Exception {
    ArrayNode rows = rows("mentions.json");
    ((ObjectNode) rows.get(0)).put("status", "maybe");
    Path broken = dir.resolve("broken.json");
    TableWriter.writeJson(broken, rows);
    assertTrue(rejection("mentions.json", broken).contains("status"));
  }

  @Test
  void check_papersJsonMissingAColumn_isRejected() throws Exception {
    ArrayNode rows = rows("papers.json");
    ((ObjectNode) rows.get(0)).remove("fetched_at");
    Path broken = dir.resolve("broken.json");
    TableWriter.writeJson(broken, rows);
    assertTrue(rejection("papers.json", broken).contains("fetched_at"));
  }

  @Test
  void check_runJsonWithNegativeCount_isRejected() throws Exception {
    ObjectNode run = (ObjectNode) TableWriter.JSON.readTree(dir.resolve("run.json").toFile());
    run.put("requests", -1);
    Path broken = dir.resolve("broken.json");
    TableWriter.writeJson(broken, run);
    assertTrue(rejection("run.json", broken).contains("requests"));
  }

  @Test
  void check_csvCellOfWrongType_isRejectedNamingRowAndColumn() throws Exception {
    Path csv = dir.resolve("mentions.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(csv));
    lines.set(1, lines.get(1).replaceFirst("^a/blog\\.md,3,", "a/blog.md,three,"));
    Files.write(csv, lines);
    String message = rejection("mentions.csv", csv);
    assertTrue(message.contains("row 1, line: 'three' is not of type integer"), message);
  }

  @Test
  void check_csvFormulaCell_isRejected() throws Exception {
    Path csv = dir.resolve("mentions.csv");
    Files.writeString(csv, Files.readString(csv).replace("'=cmd", "=cmd"));
    assertTrue(rejection("mentions.csv", csv).contains("formula"));
  }

  @Test
  void check_papersCsvWithRepeatedKey_isRejected() throws Exception {
    Path csv = dir.resolve("papers.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(csv));
    lines.add(lines.get(1));
    Files.write(csv, lines);
    assertTrue(rejection("papers.csv", csv).contains("repeats primary key"));
  }

  @Test
  void schemas_describeExactlyTheColumnsTheTablesWrite() {
    assertEquals(MentionTable.COLUMNS, fieldNames(0));
    assertEquals(PaperTable.COLUMNS, fieldNames(1));
    assertEquals(MentionTable.COLUMNS, requiredKeys("mentions.schema.json"));
    assertEquals(PaperTable.COLUMNS, requiredKeys("papers.schema.json"));
  }

  @Test
  void schemas_listEveryFormTheExtractorCanWrite() {
    List<String> forms = Stream.of(Form.values()).map(Form::label).toList();
    List<String> inPackage = new ArrayList<>();
    SchemaCheck.resource("datapackage.json").path("resources").get(0).path("schema")
        .path("fields").get(MentionTable.COLUMNS.indexOf("form")).path("constraints")
        .path("enum").forEach(f -> inPackage.add(f.asText()));
    List<String> inSchema = new ArrayList<>();
    SchemaCheck.resource("mentions.schema.json").path("items").path("properties").path("form")
        .path("enum").forEach(f -> inSchema.add(f.asText()));
    assertEquals(forms, inPackage, "a new Form needs adding to datapackage.json");
    assertEquals(forms, inSchema, "a new Form needs adding to mentions.schema.json");
  }

  private static List<String> fieldNames(int resource) {
    List<String> names = new ArrayList<>();
    SchemaCheck.resource("datapackage.json").path("resources").get(resource).path("schema")
        .path("fields").forEach(f -> names.add(f.path("name").asText()));
    return names;
  }

  private static List<String> requiredKeys(String schema) {
    List<String> keys = new ArrayList<>();
    JsonNode required = SchemaCheck.resource(schema).path("items").path("required");
    required.forEach(k -> keys.add(k.asText()));
    return keys;
  }
}
