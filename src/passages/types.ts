export const SECTIONS = ['headline', 'caption', 'body', 'boilerplate', 'breadcrumb'] as const;
export type Section = (typeof SECTIONS)[number];

/** Sections a reader can be quoted: boilerplate and breadcrumbs are page furniture, not reporting. */
const QUOTABLE_SECTIONS: ReadonlySet<Section> = new Set(['headline', 'caption', 'body']);

export function isQuotable(passage: { section: Section }): boolean {
  return QUOTABLE_SECTIONS.has(passage.section);
}

export const CAVEAT_KINDS = [
  'relayed-report',
  'anonymous-source',
  'unverified',
  'editorializing',
  'loaded-language',
  'unattributed-quote',
  'speculation',
  'photo-caption',
  'caption-unrelated',
] as const;
export type CaveatKind = (typeof CAVEAT_KINDS)[number];

export interface Caveat {
  kind: CaveatKind;
  /** The exact phrase of the passage that triggered the caveat (a substring of `text`). */
  evidence: string;
  /** One plain sentence for a reader. */
  note: string;
}

export interface Passage {
  /** `<doc>#<n>`, stable while the article's text does not change. */
  id: string;
  doc: string;
  /** 1-based order of the passage within its article. */
  n: number;
  section: Section;
  /** The verbatim text: `text === article.source.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** 1-based number of the blank-line separated block of the article that holds the passage. */
  paragraph: number;
  /** Who the claim comes from, outermost first. */
  attribution: string[];
  caveats: Caveat[];
}
