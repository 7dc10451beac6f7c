package org.arxivenrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.arxivenrich.mirror.MirrorAge;
import org.arxivenrich.mirror.MirrorStore;
import org.arxivenrich.resolve.PaperMirror;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local mirror for one run: opened when its file exists (never created by a run), with a
 * warning naming its age when its newest datestamp is older than {@code --mirror-max-age}; an
 * old mirror is still used, since what it lacks goes to the API anyway. A mirror that cannot be
 * opened is left out with a warning: the API answers as it would without one.
 */
final class MirrorUse implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(MirrorUse.class);

  private final Optional<MirrorStore> store;

  private MirrorUse(Optional<MirrorStore> store) {
    this.store = store;
  }

  static MirrorUse open(Optional<Path> file, Duration maxAge, Clock clock) {
    if (file.isEmpty() || !Files.isRegularFile(file.get())) {
      return new MirrorUse(Optional.empty());
    }
    MirrorStore store;
    Optional<LocalDate> newest;
    try {
      store = MirrorStore.open(file.get());
      newest = store.newestDatestamp();
    } catch (IOException e) {
      log.warn("running without the mirror: {}", e.getMessage());
      return new MirrorUse(Optional.empty());
    }
    long days = newest.map(d -> MirrorAge.days(d, clock.instant())).orElse(Long.MAX_VALUE);
    if (days > maxAge.toDays()) {
      log.warn("the mirror {} is {} old (newest datestamp {}, --mirror-max-age {}); using it, "
          + "run 'mirror harvest' to bring it up to date", file.get(),
          newest.isPresent() ? days + " days" : "empty", newest.map(LocalDate::toString)
          .orElse("none"), maxAge);
    } else {
      log.info("using the mirror {} (newest datestamp {})", file.get(), newest.orElseThrow());
    }
    return new MirrorUse(Optional.of(store));
  }

  Optional<PaperMirror> store() {
    return store.map(s -> s);
  }

  @Override
  public void close() throws IOException {
    if (store.isPresent()) {
      store.get().close();
    }
  }
}
