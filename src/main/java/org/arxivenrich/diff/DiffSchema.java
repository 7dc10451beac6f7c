package org.arxivenrich.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The JSON Schema of {@code diff.json} ({@code schema/diff.schema.json} in the jar), shipped
 * beside the data like the dataset's own schemas, and checked before the file is published.
 */
final class DiffSchema {
  static final String FILE = "diff.schema.json";
  private static final String RESOURCE = "/schema/" + FILE;

  private final JsonSchema schema;

  DiffSchema() {
    try (InputStream in = open()) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** What is wrong with {@code json} by the schema; empty when it conforms. */
  List<String> problems(JsonNode json) {
    return schema.validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  /** Copies the schema to {@code target}. */
  void copyTo(Path target) throws IOException {
    try (InputStream in = open()) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static InputStream open() throws IOException {
    InputStream in = DiffSchema.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IOException(RESOURCE + " is missing from the classpath");
    }
    return in;
  }
}
