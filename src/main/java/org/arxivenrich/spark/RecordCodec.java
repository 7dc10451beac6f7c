package org.arxivenrich.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.Mention;

/**
 * Carries the stages' records through Spark rows as JSON text, as the resolver's cache stores
 * papers: a {@link Mention} from the extracting task to the reconciling one, a {@link Paper}
 * from the metadata to both. Thread-safe (Jackson's mapper is, once configured).
 */
final class RecordCodec {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private RecordCodec() {}

  static String write(Object record) {
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + record.getClass().getSimpleName(), e);
    }
  }

  static Mention mention(String json) {
    return read(json, Mention.class);
  }

  static Paper paper(String json) {
    return read(json, Paper.class);
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a " + type.getSimpleName() + ": "
          + e.getOriginalMessage(), e);
    }
  }
}
