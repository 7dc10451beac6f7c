package org.arxivenrich;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.arxivenrich.article.ArticleReader;
import org.arxivenrich.article.ReadResult;
import org.arxivenrich.arxiv.ArxivClient;
import org.arxivenrich.dataset.MentionTable;
import org.arxivenrich.dataset.Publisher;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.mention.Mention;
import org.arxivenrich.mention.MentionExtractor;
import org.arxivenrich.resolve.Outcome;
import org.arxivenrich.resolve.ResolveStats;
import org.arxivenrich.resolve.Resolver;
import org.arxivenrich.resolve.ResolverOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one class that knows the order of the stages: read articles, extract mentions, resolve IDs,
 * reconcile claims, publish the dataset. Articles are read and extracted one at a time, so memory
 * holds mentions, not texts.
 */
public final class Pipeline {
  private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

  private final RunSettings settings;

  public Pipeline(RunSettings settings) {
    this.settings = settings;
  }

  /** What a run did, for the summary line and the exit code. */
  public record Result(int articles, int skipped, int mentions, int papers, int unresolvedMentions,
      ResolveStats resolve) {
    public String summary() {
      return String.format("%d articles (%d skipped), %d mentions, %d papers, %d unresolved; %s",
          articles, skipped, mentions, papers, unresolvedMentions, resolve.summary());
    }
  }

  /** Runs every stage and publishes; throws when the run must stop with nothing published. */
  public Result run() throws RunFailedException {
    if (!Files.isDirectory(settings.input())) {
      throw new RunFailedException("input folder not found: " + settings.input());
    }
    ArticleReader reader = new ArticleReader(settings.input());
    MentionExtractor extractor = new MentionExtractor();
    List<Mention> mentions = new ArrayList<>();
    int articles = 0;
    int skipped = 0;
    try {
      for (var file : reader.list()) {
        ReadResult result = reader.read(file);
        if (result instanceof ReadResult.Read read) {
          articles++;
          read.article().problems().forEach(p -> log.warn("{}: {}", read.path(), p));
          mentions.addAll(extractor.extract(read.article()));
        } else if (result instanceof ReadResult.Skipped skip) {
          skipped++;
          log.warn("skipped {}: {}", skip.path(), skip.reason());
        }
      }
    } catch (IOException e) {
      throw new RunFailedException("cannot list the input folder " + settings.input(), e);
    }
    Map<ArxivId, Outcome> outcomes;
    ResolveStats stats;
    try (Resolver resolver = Resolver.open(resolverOptions())) {
      outcomes = resolve(resolver, mentions);
      stats = resolver.stats();
    } catch (IOException | IllegalArgumentException e) {
      throw new RunFailedException("cannot start resolving: " + e.getMessage(), e);
    }
    publish(mentions, outcomes);
    long unresolved = mentions.stream().filter(m -> m.arxivId()
        .map(id -> outcomes.get(id) instanceof Outcome.Unresolved).orElse(false)).count();
    return new Result(articles, skipped, mentions.size(), outcomes.size(), (int) unresolved, stats);
  }

  private static Map<ArxivId, Outcome> resolve(Resolver resolver, List<Mention> mentions) {
    TreeSet<ArxivId> ids = new TreeSet<>();
    mentions.forEach(m -> m.arxivId().ifPresent(ids::add));
    return resolver.resolve(ids);
  }

  private ResolverOptions resolverOptions() {
    return new ResolverOptions(settings.apiUrl(),
        ArxivClient.userAgent(version(), settings.contact()), settings.batchSize(),
        settings.minInterval(), settings.maxWait(), ResolverOptions.DEFAULT_READ_TIMEOUT,
        settings.cache(), settings.foundTtl(), settings.notFoundTtl(), settings.offline(),
        settings.refresh());
  }

  private void publish(List<Mention> mentions, Map<ArxivId, Outcome> outcomes)
      throws RunFailedException {
    try (Publisher publisher = new Publisher(settings.output())) {
      new MentionTable().write(mentions, outcomes, publisher);
      publisher.commit();
    } catch (IOException | RuntimeException e) {
      throw new RunFailedException("cannot publish to " + settings.output() + ": " + e, e);
    }
  }

  /** The version from the jar's manifest, or {@code dev} when run from classes. */
  public static String version() {
    String v = Pipeline.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
