export interface ProvenanceNote {
  note: string;
  /** Where a reader can check the note: URLs or named publications. */
  sources: string[];
}

export interface RelayedSource {
  outlet: string;
  url?: string;
  published?: string;
}

/** What the corpus knows about an article, from its front matter or inferred from its text. */
export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or date-time, as written. */
  published: string | null;
  byline: string | null;
  relays: RelayedSource[];
  provenance: ProvenanceNote[];
  /** For an article added from Discord: who added it (a user id) and when. */
  added?: { by: string; at: string };
}

export interface Article {
  /** Stable document id: front-matter `id`, else the file name without extension. */
  id: string;
  /** Path of the file, relative to the corpus directory. */
  file: string;
  format: 'markdown' | 'text';
  /** The whole file, decoded; passage offsets index into it. */
  source: string;
  /** Offset where the article text starts (after any front matter). */
  bodyStart: number;
  meta: ArticleMeta;
}

/** An article as the rest of the app sees it, once its passages are cut. */
export interface Document {
  id: string;
  file: string;
  format: Article['format'];
  meta: ArticleMeta;
  /** Front-matter title, else the article's headline. */
  title: string | null;
  /** Front-matter outlet, else the one the article's boilerplate names. */
  outlet: string | null;
  /** Number of passages, boilerplate included. */
  passageCount: number;
  /** A hash of the article's words (see textHash): the same text added twice has the same one. */
  textHash: string;
}
