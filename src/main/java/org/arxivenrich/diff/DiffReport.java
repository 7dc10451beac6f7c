package org.arxivenrich.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a {@link Diff} as {@code diff.json} for programs and {@code diff.md} for people. */
public final class DiffReport {
  public static final String JSON = "diff.json";
  public static final String MARKDOWN = "diff.md";
  static final String SCHEMA = DiffSchema.FILE;

  private final DiffSchema schema = new DiffSchema();

  private final ObjectMapper mapper = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Writes {@code diff} as JSON to {@code file}, and a copy of its schema beside it; throws
   * without writing when the JSON would break the schema.
   */
  public void writeJson(Diff diff, Path file) throws IOException {
    JsonNode json = mapper.valueToTree(diff);
    List<String> problems = schema.problems(json);
    if (!problems.isEmpty()) {
      throw new IOException(JSON + " does not match " + DiffSchema.FILE + ": " + problems);
    }
    mapper.writeValue(file.toFile(), json);
  }

  /** Writes the schema of {@code diff.json} to {@code file}. */
  void writeSchema(Path file) throws IOException {
    schema.copyTo(file);
  }

  /** Writes {@code diff} as Markdown to {@code file}. */
  public void writeMarkdown(Diff diff, Path file) throws IOException {
    Files.writeString(file, markdown(diff), StandardCharsets.UTF_8);
  }

  /** The Markdown text of {@code diff}. */
  public String markdown(Diff diff) {
    return new DiffMarkdown(diff).text();
  }
}
