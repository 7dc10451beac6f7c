-- Tables for loading the published dataset (mentions.csv, papers.csv) into SQLite or PostgreSQL.
-- One file for both: only types the two share, and "column" quoted (a reserved word in both).
-- Columns in the order the CSV files hold them (issue #4's contract), so a plain COPY / .import
-- fills them by position. Dates: published is YYYY-MM-DD (v1); claimed_date keeps the claim's
-- own precision (2023, 2023-05, 2023-05-15) and so stays text.

CREATE TABLE IF NOT EXISTS mentions (
  article            TEXT    NOT NULL,
  line               INTEGER NOT NULL,
  "column"           INTEGER NOT NULL,
  arxiv_id           TEXT,
  version            INTEGER,
  form               TEXT    NOT NULL,
  matched_text       TEXT    NOT NULL,
  url                TEXT,
  claimed_title      TEXT,
  claimed_date       TEXT,
  claimed_date_text  TEXT,
  claim_source       TEXT,
  status             TEXT    NOT NULL,
  title              TEXT,
  published          DATE,
  updated            TEXT,
  latest_version     INTEGER,
  title_verdict      TEXT,
  title_score        REAL,
  date_verdict       TEXT,
  date_delta_days    INTEGER,
  suggested_arxiv_id TEXT,
  suggested_title    TEXT,
  reason             TEXT
);

CREATE INDEX IF NOT EXISTS mentions_arxiv_id ON mentions (arxiv_id);

CREATE TABLE IF NOT EXISTS papers (
  arxiv_id          TEXT    PRIMARY KEY,
  latest_version    INTEGER,
  title             TEXT,
  authors           TEXT,
  published         DATE,
  updated           TEXT,
  primary_category  TEXT,
  categories        TEXT,
  doi               TEXT,
  journal_ref       TEXT,
  comment           TEXT,
  abs_url           TEXT,
  pdf_url           TEXT,
  status            TEXT    NOT NULL,
  mention_count     INTEGER,
  articles          TEXT,
  fetched_at        TEXT
);
