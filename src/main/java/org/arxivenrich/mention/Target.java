package org.arxivenrich.mention;

import java.util.Objects;
import java.util.Optional;

/**
 * What a link or a piece of text names: a valid identifier, an ID-shaped one that breaks the
 * grammar, or nothing arXiv at all; with the form it was written in.
 */
record Target(Mention.Kind kind, Form form, Optional<ArxivId> id, String idText,
    Optional<Integer> version) {

  Target {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(idText, "idText");
    Objects.requireNonNull(version, "version");
  }

  /** Any link that names no arXiv paper. */
  static Target notArxiv() {
    return new Target(Mention.Kind.NOT_ARXIV, Form.LINK, Optional.empty(), "", Optional.empty());
  }

  /**
   * The target for an identifier as written ({@code 2303.08774v2}), marked as arXiv by its form:
   * {@link Mention.Kind#ARXIV} if it follows the grammar, {@link Mention.Kind#INVALID_ID} if not.
   */
  static Target marked(Form form, String idText, String versionDigits) {
    String written = versionDigits == null ? idText : idText + "v" + versionDigits;
    Optional<ArxivId.Versioned> parsed = ArxivId.tryParseVersioned(written);
    if (parsed.isPresent()) {
      ArxivId.Versioned v = parsed.get();
      return new Target(Mention.Kind.ARXIV, form, Optional.of(v.id()), idText, v.version());
    }
    Optional<Integer> version = Optional.ofNullable(versionDigits).filter(d -> d.length() < 6)
        .map(Integer::parseInt);
    return new Target(Mention.Kind.INVALID_ID, form, Optional.empty(), idText, version);
  }

  /** The same target as cited through a numbered reference. */
  Target asCitation() {
    return new Target(kind, Form.CITATION, id, idText, version);
  }

  boolean namesId() {
    return kind != Mention.Kind.NOT_ARXIV;
  }
}
