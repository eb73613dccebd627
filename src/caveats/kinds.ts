import type { CaveatKind } from '../passages/types.js';

export interface CaveatKindInfo {
  /** What the kind tells a reader, for /caveats and /help. */
  meaning: string;
  /** The plural a sentence lists the kinds by ("Caveats flag relayed reports, …"). */
  plural: string;
  /** The note a passage's caveat carries; `detail` is what the detector found (the relayed outlet). */
  note(outlet: string, detail: string): string;
  /** Words a reader uses for the kind ("anonymous sources", "a photo"), indexed with the passages that carry it; '' for none. */
  searchWords: string;
}

/** Everything said about each caveat kind, in one place: the compiler names a kind that lacks an entry. */
export const CAVEAT_KIND_INFO: Record<CaveatKind, CaveatKindInfo> = {
  'relayed-report': {
    meaning: "The outlet passes on another outlet's or document's reporting rather than its own.",
    plural: 'relayed reports',
    note: (outlet, relay) => `${outlet} is passing on reporting by ${relay}; it did not report this first-hand.`,
    searchWords: 'report',
  },
  'anonymous-source': {
    meaning: 'The claim rests on people who are not named.',
    plural: 'anonymous sources',
    note: () => 'The claim rests on people who are not named, so a reader cannot weigh who they are or why they speak.',
    searchWords: 'anonymous unnamed sources',
  },
  unverified: {
    meaning: 'The text itself marks the claim as unproven.',
    plural: 'unverified claims',
    note: () => 'The text itself says this claim is unproven.',
    searchWords: 'unverified unproven evidence',
  },
  editorializing: {
    meaning: "The outlet's own judgement is set into the reported content.",
    plural: 'the outlet’s own judgement',
    note: (outlet) => `This is ${outlet}'s own judgement set into the reporting, not something its sources said.`,
    searchWords: '',
  },
  'loaded-language': {
    meaning: "Charged wording in the outlet's own voice.",
    plural: 'loaded words',
    note: (outlet) => `This is charged wording in ${outlet}'s own voice, not a neutral description.`,
    searchWords: '',
  },
  'unattributed-quote': {
    meaning: 'Quoted words with no speaker in the passage.',
    plural: 'unattributed quotes',
    note: () => 'These quoted words are not attributed to anyone in the passage.',
    searchWords: 'quote',
  },
  speculation: {
    meaning: 'A forecast, possibility or hedge, not an established fact.',
    plural: 'speculation',
    note: () => 'This is a forecast or a possibility, not an established fact.',
    searchWords: 'speculation prediction',
  },
  'photo-caption': {
    meaning: "A photo caption, not the article's text.",
    plural: 'photo captions',
    note: () => "This is a photo caption, not the article's own text.",
    searchWords: 'photo picture image caption',
  },
  'caption-unrelated': {
    meaning: "A caption whose people and events appear nowhere in the article's text.",
    plural: 'captions about something else',
    note: () => "The people and events in this photo caption appear nowhere in the article's text; the image may not illustrate the story.",
    searchWords: '',
  },
};
