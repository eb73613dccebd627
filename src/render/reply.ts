import type { CaveatReport } from '../answer/caveatReport.js';
import type { QuotedPassage, SourceCard } from '../answer/types.js';
import { CAVEAT_KIND_INFO } from '../caveats/kinds.js';
import type { Caveat, CaveatKind, Passage } from '../passages/types.js';

/**
 * The reply model: what a command answers, before it is a Discord message,
 * terminal text or JSON. It holds text as the corpus and the member wrote it
 * (nothing escaped, nothing cut to a platform's limits): each renderer does that
 * for its own surface, so the bot, the console and the CLI show one answer alike.
 */

/** A run of text: plain, code (an id or a command a member can type), or strong (a label). */
export type Span = string | { code: string } | { strong: string };
export type Line = Span[];

export type Card =
  /** A quoted passage with who says so, its caveats and its outlet; `highlights` are the question's words in it. */
  | { kind: 'passage'; passage: Passage; source: SourceCard; highlights: readonly [number, number][] }
  /** A passage with the ones before and after it in its article. */
  | { kind: 'context'; before: Passage | null; passage: Passage; after: Passage | null; source: SourceCard }
  /** What is known about a document and its outlet, with its caveat counts. */
  | { kind: 'source'; source: SourceCard; report: CaveatReport }
  /** Every caveat kind with what it means and how many passages carry it. */
  | { kind: 'caveat-kinds'; counts: Record<CaveatKind, number> }
  | { kind: 'text'; title: string; lines: Line[] };

export type Action =
  /** The next passage for the echoed question; `offset` is its position among the answers, `article` the one it was asked of. */
  | { kind: 'more'; offset: number; article?: string }
  /** The echoed question asked again of every article, for an answer that followed on from one story. */
  | { kind: 'every' }
  | { kind: 'context'; passage: string }
  | { kind: 'source'; url: string }
  /** Deletes the answer; only the member who asked may. */
  | { kind: 'delete'; asker: string }
  /** Removes a document from the corpus, once a moderator confirms. */
  | { kind: 'remove-article'; doc: string }
  /** Another page of the article list, starting at `offset`. */
  | { kind: 'articles-page'; offset: number; label: 'Previous' | 'Next' };

/** Labels of the actions, as buttons show them. */
export function actionLabel(action: Action): string {
  switch (action.kind) {
    case 'more':
      return 'More passages';
    case 'every':
      return 'Every article';
    case 'context':
      return 'Context';
    case 'source':
      return 'Source';
    case 'delete':
      return 'Delete';
    case 'remove-article':
      return 'Remove';
    case 'articles-page':
      return action.label;
  }
}

/** A form a member fills in (on Discord, a modal), answered through its command's `submit`. */
export interface Form {
  id: string;
  title: string;
  /** `value` fills a field in beforehand. */
  fields: { id: string; label: string; paragraph: boolean; required: boolean; maxLength: number; placeholder?: string; value?: string }[];
}

export interface Reply {
  /** The question answered, echoed above the answer; `rank` is the answer's position (0 for the best). */
  question?: { text: string; rank: number };
  /** A short message: a notice, or what to do next. */
  lines: Line[];
  cards: Card[];
  actions: Action[];
  /** Passages to pick one from, for a question the corpus does not answer. */
  picks: Passage[];
  /** Seen only by the person who asked. */
  ephemeral: boolean;
}

export const NO_ANSWER = 'The corpus does not answer this.';

/** A passage's caveats one per kind, in the order found, with every piece of evidence for it. */
export function caveatsByKind(caveats: readonly Caveat[]): { kind: CaveatKind; evidence: string[]; note: string }[] {
  const byKind = new Map<CaveatKind, { kind: CaveatKind; evidence: string[]; note: string }>();
  for (const caveat of caveats) {
    const seen = byKind.get(caveat.kind);
    if (seen) seen.evidence.push(caveat.evidence);
    else byKind.set(caveat.kind, { kind: caveat.kind, evidence: [caveat.evidence], note: caveat.note });
  }
  return [...byKind.values()];
}

/** The question as a reply echoes it, on one line, and which of its answers this is ("(passage 2)"), as every surface writes them. */
export function echoedQuestion(question: { text: string; rank: number }): { text: string; rank: string } {
  return { text: question.text.replace(/\s+/gu, ' '), rank: question.rank > 0 ? ` (passage ${question.rank + 1})` : '' };
}

export function notice(line: string | Line, ephemeral = true): Reply {
  return { lines: [typeof line === 'string' ? [line] : line], cards: [], actions: [], picks: [], ephemeral };
}

function reply(parts: Partial<Reply> & { ephemeral: boolean }): Reply {
  return { lines: [], cards: [], actions: [], picks: [], ...parts };
}

export interface AnswerReplyInput {
  question: string;
  answer: QuotedPassage;
  highlights: readonly [number, number][];
  /** Position of this answer among the answers to the question (0 for the best). */
  offset: number;
  hasMore: boolean;
  askerId: string;
  ephemeral: boolean;
  /** The one article the question was asked of, if the member chose one or followed on from it. */
  article?: string;
  /** The title of the story a follow-up question was answered from, as it followed on from it (AskOptions.follows). */
  followed?: string;
}

/** The /ask reply: the question echoed, the passage, and what can be done next. */
export function answerReply(input: AnswerReplyInput): Reply {
  const { answer, question } = input;
  const actions: Action[] = [];
  if (input.hasMore) actions.push({ kind: 'more', offset: input.offset + 1, ...(input.article === undefined ? {} : { article: input.article }) });
  if (input.followed !== undefined) actions.push({ kind: 'every' });
  actions.push({ kind: 'context', passage: answer.passage.id });
  if (answer.source.url) actions.push({ kind: 'source', url: answer.source.url });
  if (!input.ephemeral) actions.push({ kind: 'delete', asker: input.askerId });
  return reply({
    question: { text: question, rank: input.offset },
    // Said, so that a member who meant another story knows why this one answered and how to ask them all.
    lines: input.followed === undefined ? [] : [[`Following on from “${input.followed}”, the story you asked about last. To ask every article, press Every article.`]],
    cards: [{ kind: 'passage', passage: answer.passage, source: answer.source, highlights: input.highlights }],
    actions,
    ephemeral: input.ephemeral,
  });
}

/**
 * The corpus has nothing on it: say so, and offer the nearest passages or what the corpus is about. `article` names
 * the one article asked of, whose passages were the only ones searched.
 */
export function noAnswerReply(question: string, nearby: readonly Passage[], suggestions: readonly string[], article?: string): Reply {
  const lines: Line[] = [article === undefined ? [NO_ANSWER] : [`The article “${article}” does not answer this; the rest of the corpus was not searched.`]];
  if (nearby.length > 0) lines.push(['These passages come closest; pick one to read it:']);
  else if (suggestions.length > 0) lines.push([`You could ask about: ${suggestions.map((s) => `“${s}”`).join(', ')}`]);
  // Each passage once: a menu offers every value once.
  const picks = [...new Map(nearby.map((p) => [p.id, p])).values()].slice(0, 5);
  return reply({ question: { text: question, rank: 0 }, lines, picks, ephemeral: true });
}

export function quoteReply(passage: Passage, source: SourceCard, ephemeral = false): Reply {
  const actions: Action[] = [{ kind: 'context', passage: passage.id }];
  if (source.url) actions.push({ kind: 'source', url: source.url });
  return reply({ cards: [{ kind: 'passage', passage, source, highlights: [] }], actions, ephemeral });
}

export function contextReply(before: Passage | null, passage: Passage, after: Passage | null, source: SourceCard): Reply {
  return reply({ cards: [{ kind: 'context', before, passage, after, source }], ephemeral: true });
}

/** The provenance card of one document. */
export function sourceReply(source: SourceCard, report: CaveatReport): Reply {
  return reply({ cards: [{ kind: 'source', source, report }], actions: source.url ? [{ kind: 'source', url: source.url }] : [], ephemeral: false });
}

/** What each caveat kind means and how many passages carry it. */
export function caveatsReply(counts: Record<CaveatKind, number>): Reply {
  return reply({ cards: [{ kind: 'caveat-kinds', counts }], ephemeral: false });
}

export function helpReply(documents: number, passages: number): Reply {
  const kinds = Object.values(CAVEAT_KIND_INFO).map((k) => k.plural);
  const lines: Line[] = [
    [`I answer questions about the ${documents} article${documents === 1 ? '' : 's'} in my corpus (${passages} passages) by quoting the passage that answers, never with words of my own.`],
    [],
    [{ strong: '/ask' }, ' ', { code: 'question' }, ' ', { code: '[article]' }, ' — the best passage, with who says so and what to watch for; with an article, from that story only. A question that names no one follows on from the story you asked about last. Buttons: More passages, Context (the paragraphs around it), Source, Delete (only the asker).'],
    [{ strong: '/quote' }, ' ', { code: 'passage' }, ' — one passage by id, e.g. ', { code: 'article#5' }, '.'],
    [{ strong: '/source' }, ' ', { code: '[document]' }, ' — what is known about an article and its outlet.'],
    [{ strong: '/caveats' }, ' — what each warning means and how often it occurs.'],
    [{ strong: 'Check sourcing' }, ' (right-click a message → Apps) — what the corpus says about a claim.'],
    [{ strong: '/articles' }, ' — the articles I answer from. Moderators add and remove them with ', { strong: '/article add' }, ' (a file, or pasted text) and ', { strong: '/article remove' }, '.'],
    [],
    [
      { strong: 'Who says so' },
      ' runs from the outlet to the outlet it relays to the people quoted. ',
      { strong: 'Caveats' },
      ` flag ${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}, each with the words that raised it.`,
    ],
  ];
  return reply({ cards: [{ kind: 'text', title: 'How to use Fineprint', lines }], ephemeral: true });
}
