package org.arxivenrich.mention;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a forum thread's own dates that carry no clock (issue #8), which are never claims about a
 * paper: a post's header, its poster's handle then the date ({@code u/ppo_clip · Jun 12, 2023},
 * {@code kvothe_ on June 21, 2023 | parent | next}, {@code 412 points by sebastos on June 21,
 * 2023 | hide}), and an edit note's date ({@code edit (Sep 12, 2023):}, {@code edited Apr 30,
 * 2024:}), which dates the comment, not what it links. A header line is quieted whole, an edit
 * note only up to its colon: the rest of its line may claim. {@link OwnDates} finds the dates
 * that come with a clock or "ago".
 */
final class PostStamps {
  /**
   * A handle ({@code u/name}, {@code @name}, {@code **name**}, an HN score's "N points by name"),
   * up to two short tags ({@code · OP}), then {@code ·}, {@code |}, {@code •} or "on" before the
   * date.
   */
  private static final Pattern HEADER = Pattern.compile("[ \\t>]*(?:\\d+ points? by )?(?:\\*\\*)?"
      + "(?:u/|@)?[\\w.-]{2,40}(?:\\*\\*)?(?:[ \\t]+[·•|][ \\t]+[\\w-]{1,12}){0,2}[ \\t]+"
      + "(?:(on)|[·•|])[ \\t]+");
  private static final String SEPARATORS = "·•|";
  private static final Pattern EDIT = Pattern.compile("(?i)edit(?:ed)?[ \\t]*[(（]?[ \\t]*");
  private static final Pattern EDIT_CLOSE = Pattern.compile("[ \\t]*[)）]?[ \\t]*[:：]");
  private static final int SHORT_LINE = 90;
  /** The longest date written: "September 12, 2023". */
  private static final int DATE_MAX = 30;

  private PostStamps() {}

  static void read(String text, TextLines lines, Structure structure) {
    DateReader dates = new DateReader();
    for (int i = 0; i < SEPARATORS.length(); i++) {
      char separator = SEPARATORS.charAt(i);
      for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 1)) {
        int e = lines.lineEnd(at);
        header(text, lines.lineStart(at), e, dates, structure);
        at = e;
      }
    }
    for (int at = text.indexOf("dit"); at >= 0; at = text.indexOf("dit", at + 1)) {
      if (at > 0 && (text.charAt(at - 1) == 'e' || text.charAt(at - 1) == 'E')) {
        editNote(text, at - 1, lines.lineEnd(at), dates, structure);
      }
    }
  }

  /** Quiets the line {@code [s, e)} if it is a post's header; a line holding a link is none. */
  private static void header(String text, int s, int e, DateReader dates, Structure structure) {
    if (e - s <= SHORT_LINE && DateReader.mayHoldDate(text, s, e) && !structure.holdsHit(s, e)
        && !OwnDates.containsLink(text, s, e) && isHeader(text, s, e, dates)) {
      structure.quiet(s, e);
    }
  }

  /** A header: the handle, the date right after the separator, then nothing or more tags. */
  private static boolean isHeader(String text, int s, int e, DateReader dates) {
    Matcher m = HEADER.matcher(text).region(s, e);
    if (!m.lookingAt()) {
      return false;
    }
    List<DateReader.Found> found = dates.find(text, m.end(), e);
    if (found.isEmpty() || found.get(0).start() != m.end()) {
      return false;
    }
    String rest = text.substring(found.get(0).end(), e).strip();
    boolean separated = !rest.isEmpty() && SEPARATORS.indexOf(rest.charAt(0)) >= 0;
    // "Released on June 21, 2023" is a claim; an HN header goes on with "| parent | next"
    return m.group(1) != null ? separated : rest.isEmpty() || separated || rest.startsWith(",");
  }

  /** Quiets {@code edit (date):} from "edit" to the colon. */
  private static void editNote(String text, int at, int lineEnd, DateReader dates,
      Structure structure) {
    if (at > 0 && Character.isLetter(text.charAt(at - 1))) {
      return; // "credit", "reedit"
    }
    Matcher m = EDIT.matcher(text).region(at, lineEnd);
    if (!m.lookingAt()) {
      return;
    }
    int to = Math.min(lineEnd, m.end() + DATE_MAX);
    if (!DateReader.mayHoldDate(text, m.end(), to)) {
      return;
    }
    List<DateReader.Found> found = dates.find(text, m.end(), to);
    if (found.isEmpty() || found.get(0).start() != m.end()) {
      return;
    }
    Matcher close = EDIT_CLOSE.matcher(text).region(found.get(0).end(), lineEnd);
    if (close.lookingAt()) {
      structure.quiet(at, close.end());
    }
  }
}
