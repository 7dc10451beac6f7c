package org.arxivenrich.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks each staged file against the schema the repository ships in {@code schema/}: a JSON
 * file against its JSON Schema (networknt, draft 2020-12), a CSV against its resource in
 * {@code datapackage.json}. Files without a schema (the Markdown report, the schemas) pass.
 */
final class SchemaCheck implements FileCheck {
  /** The schema files, as shipped in src/main/resources/schema and copied beside the data. */
  static final List<String> SCHEMA_FILES = List.of("datapackage.json", "mentions.schema.json",
      "papers.schema.json", "run.schema.json");

  private static final Map<String, String> JSON_SCHEMAS = Map.of(
      "mentions.json", "mentions.schema.json",
      "papers.json", "papers.schema.json",
      "run.json", "run.schema.json");

  private final JsonSchemaFactory factory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private final CsvCheck csv = new CsvCheck(resource("datapackage.json"));

  @Override
  public void check(String name, Path file) throws DatasetException {
    if (JSON_SCHEMAS.containsKey(name)) {
      checkJson(name, file, JSON_SCHEMAS.get(name));
    } else if (name.endsWith(".csv")) {
      csv.check(name, file);
    }
  }

  private void checkJson(String name, Path file, String schemaName) throws DatasetException {
    JsonNode data;
    try {
      data = TableWriter.JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new DatasetException(name + " is not JSON: " + e.getMessage(), e);
    }
    JsonSchema schema = factory.getSchema(resource(schemaName));
    Set<ValidationMessage> errors = schema.validate(data);
    if (!errors.isEmpty()) {
      throw new DatasetException(name + " breaks " + schemaName + ": " + errors.stream()
          .limit(5).map(ValidationMessage::getMessage).toList());
    }
  }

  /** Reads a shipped schema file from the classpath. */
  static JsonNode resource(String schemaFile) {
    try (InputStream in = SchemaCheck.class.getResourceAsStream("/schema/" + schemaFile)) {
      if (in == null) {
        throw new IllegalStateException("schema/" + schemaFile + " is missing from the jar");
      }
      return TableWriter.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema/" + schemaFile, e);
    }
  }
}
