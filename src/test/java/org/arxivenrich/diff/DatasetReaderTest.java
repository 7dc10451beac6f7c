package org.arxivenrich.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {
  @TempDir Path dir;

  @Test
  void read_numbersAndNulls_becomeTheTextAnyLoaderWouldSee() throws IOException {
    Files.writeString(dir.resolve("mentions.json"),
        "[{\"article\":\"a.md\",\"line\":12,\"title_score\":0.85,\"doi\":null}]");
    Dataset d = new DatasetReader().read(dir);
    assertEquals("12", d.mentions().get(0).get("line"));
    assertEquals("0.85", d.mentions().get(0).get("title_score"));
    assertEquals("", d.mentions().get(0).get("doi"));
    assertTrue(d.papers().isEmpty(), "no papers.json reads as no papers");
  }

  @Test
  void read_gzippedSnapshot_readsLikeThePlainFile() throws IOException {
    try (OutputStream out = new GZIPOutputStream(
        Files.newOutputStream(dir.resolve("mentions.json.gz")))) {
      out.write("[{\"article\":\"a.md\"}]".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals("a.md", new DatasetReader().read(dir).mentions().get(0).get("article"));
  }

  @Test
  void read_rowsWrappedInAnObject_findsTheOneArray() throws IOException {
    Path file = Files.writeString(dir.resolve("m.json"), "{\"mentions\":[{\"line\":\"3\"}]}");
    assertEquals("3", new DatasetReader().read(file, Optional.empty()).mentions().get(0)
        .get("line"));
  }

  @Test
  void read_folderWithoutMentions_throwsNamingTheFolder() {
    IOException e = assertThrows(IOException.class, () -> new DatasetReader().read(dir));
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }

  @Test
  void read_rowThatIsNotAnObject_throwsNamingTheRow() throws IOException {
    Files.writeString(dir.resolve("mentions.json"), "[{\"a\":1}, 7]");
    IOException e = assertThrows(IOException.class, () -> new DatasetReader().read(dir));
    assertTrue(e.getMessage().contains("row 2"), e.getMessage());
  }

  @Test
  void read_truncatedJson_throwsNamingTheFile() throws IOException {
    Files.writeString(dir.resolve("mentions.json"), "[{\"a\":");
    IOException e = assertThrows(IOException.class, () -> new DatasetReader().read(dir));
    assertTrue(e.getMessage().contains("mentions.json"), e.getMessage());
  }
}
