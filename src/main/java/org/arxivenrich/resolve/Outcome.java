package org.arxivenrich.resolve;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;

/** What resolving one arXiv identifier came to. */
public sealed interface Outcome {

  /** The identifier this outcome is for. */
  ArxivId id();

  /** The paper arXiv returned, for {@link Found}; empty for every other outcome. */
  default Optional<Paper> foundPaper() {
    return this instanceof Found found ? Optional.of(found.paper()) : Optional.empty();
  }

  /** arXiv returned an entry; a withdrawn paper is found too, its comment says so. */
  record Found(Paper paper, Instant fetchedAt) implements Outcome {
    public Found {
      Objects.requireNonNull(paper, "paper");
      Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    @Override
    public ArxivId id() {
      return paper.id();
    }
  }

  /** A well-formed identifier that arXiv returned nothing for, even when asked again. */
  record NotFound(ArxivId id) implements Outcome {
    public NotFound {
      Objects.requireNonNull(id, "id");
    }
  }

  /** arXiv rejected the identifier ({@code incorrect id format}). */
  record Invalid(ArxivId id, String message) implements Outcome {
    public Invalid {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(message, "message");
    }
  }

  /** No answer could be had this run; never cached, so the next run asks again. */
  record Unresolved(ArxivId id, String reason) implements Outcome {
    public Unresolved {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
