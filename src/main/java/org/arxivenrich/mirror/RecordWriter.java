package org.arxivenrich.mirror;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes records into {@code papers} and their titles into the {@code titles} index under the
 * same rowid, inside the caller's transaction. A record whose datestamp is older than the one held
 * (an old snapshot imported over a fresher harvest) is skipped.
 */
final class RecordWriter {
  private final Connection db;

  RecordWriter(Connection db) {
    this.db = db;
  }

  /** Writes {@code records}; returns how many were stored (not skipped as older). */
  int write(List<MirrorRecord> records) throws SQLException {
    int stored = 0;
    try (PreparedStatement find = db.prepareStatement(
            "SELECT rowid, datestamp FROM papers WHERE id = ?");
        PreparedStatement insert = db.prepareStatement("INSERT INTO papers (" + PaperRow.COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING rowid");
        PreparedStatement update = db.prepareStatement("UPDATE papers SET id = ?, title = ?, "
            + "authors = ?, categories = ?, comment = ?, journal_ref = ?, doi = ?, versions = ?, "
            + "datestamp = ? WHERE rowid = ?");
        PreparedStatement unindex = db.prepareStatement("DELETE FROM titles WHERE rowid = ?");
        PreparedStatement index = db.prepareStatement(
            "INSERT INTO titles (rowid, title) VALUES (?, ?)")) {
      for (MirrorRecord r : records) {
        long rowid = held(find, r);
        if (rowid == SKIP) {
          continue;
        }
        if (rowid == NONE) {
          rowid = inserted(insert, r);
        } else {
          replace(update, unindex, r, rowid);
        }
        index.setLong(1, rowid);
        index.setString(2, r.paper().title());
        index.executeUpdate();
        stored++;
      }
    }
    return stored;
  }

  private static final long NONE = -1;
  private static final long SKIP = -2;

  /** The rowid held for the record's ID, {@link #NONE}, or {@link #SKIP} if it is newer. */
  private static long held(PreparedStatement find, MirrorRecord r) throws SQLException {
    find.setString(1, r.paper().id().value());
    try (ResultSet rs = find.executeQuery()) {
      if (!rs.next()) {
        return NONE;
      }
      boolean newer = rs.getString(2).compareTo(r.datestamp().toString()) > 0;
      return newer ? SKIP : rs.getLong(1);
    }
  }

  private static long inserted(PreparedStatement insert, MirrorRecord r) throws SQLException {
    PaperRow.bind(insert, r);
    try (ResultSet rs = insert.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void replace(PreparedStatement update, PreparedStatement unindex,
      MirrorRecord r, long rowid) throws SQLException {
    unindex.setLong(1, rowid);
    unindex.executeUpdate();
    PaperRow.bind(update, r);
    update.setLong(10, rowid);
    update.executeUpdate();
  }
}
