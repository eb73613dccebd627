import { createHash } from 'node:crypto';
import type { Document } from '../../corpus/types.js';
import type { CorpusIndex } from '../../ingest/corpusIndex.js';
import { isQuotable, type Passage } from '../../passages/types.js';
import { echoedQuestion, type Action } from '../reply.js';
import { escapeForDiscord, LIMITS, unescapeForDiscord } from './text.js';

/**
 * What a button or menu carries between the message that shows it and the
 * interaction that uses it. Everything needed is in the custom id or the
 * message itself, so buttons keep working after a restart. Written and read
 * only here.
 */

const SCOPE = 'fp';
export const PICK_ID = `${SCOPE}:pick`;

/** A decoded custom id: what the member asked for, still to be checked against the corpus. */
export type ComponentAction =
  | { kind: 'more'; offset: number; articleRef?: string }
  | { kind: 'every' }
  | { kind: 'context'; ref: string }
  | { kind: 'delete'; asker: string }
  | { kind: 'pick' }
  | { kind: 'remove-article'; ref: string }
  | { kind: 'articles-page'; offset: number };

/** A form's custom id names the command whose `submit` takes it. */
export function formIdOf(command: string): string {
  return `${SCOPE}:form:${command}`;
}

/** The command a submitted form belongs to, or null for a form this bot did not write. */
export function commandOfForm(customId: string): string | null {
  return customId.startsWith(`${SCOPE}:form:`) ? customId.slice(`${SCOPE}:form:`.length) : null;
}

export function customIdOf(action: Exclude<Action, { kind: 'source' }>): string {
  switch (action.kind) {
    case 'more':
      return action.article === undefined ? `${SCOPE}:more:${action.offset}` : idRef(`${SCOPE}:more:${action.offset}:`, action.article);
    case 'every':
      return `${SCOPE}:every`;
    case 'context':
      return idRef(`${SCOPE}:ctx:`, action.passage);
    case 'delete':
      return `${SCOPE}:del:${action.asker}`;
    case 'remove-article':
      return idRef(`${SCOPE}:rm:`, action.doc);
    case 'articles-page':
      return `${SCOPE}:arts:${action.offset}:${action.label}`;
  }
}

/** The action a custom id stands for, or null for one this bot did not write (or no longer understands). */
export function parseCustomId(customId: string): ComponentAction | null {
  const [scope, action, ...rest] = customId.split(':');
  const arg = rest.join(':');
  if (scope !== SCOPE) return null;
  switch (action) {
    case 'more': {
      const offset = Number(rest[0]);
      const articleRef = rest.slice(1).join(':');
      if (!Number.isInteger(offset) || offset < 1 || offset > 25) return null;
      return articleRef ? { kind: 'more', offset, articleRef } : { kind: 'more', offset };
    }
    case 'every':
      return { kind: 'every' };
    case 'ctx':
      return { kind: 'context', ref: arg };
    case 'del':
      return { kind: 'delete', asker: arg };
    case 'pick':
      return { kind: 'pick' };
    case 'rm':
      return { kind: 'remove-article', ref: arg };
    case 'arts': {
      const offset = Number(arg.split(':')[0]);
      return Number.isInteger(offset) && offset >= 0 ? { kind: 'articles-page', offset } : null;
    }
    default:
      return null;
  }
}

/** A passage or document id in a custom id or menu value; a long one is replaced by a stable hash of it. */
export function idRef(prefix: string, id: string): string {
  const direct = `${prefix}${id}`;
  return direct.length <= LIMITS.customId ? direct : `${prefix}#${idHash(id)}`;
}

function idHash(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 24);
}

/** The document a reference names (an id, or the hash that stands for a long one). */
export function documentFromRef(corpus: CorpusIndex, ref: string): Document | null {
  const found = ref.startsWith('#') ? corpus.documents.find((d) => idHash(d.id) === ref.slice(1)) : corpus.documentById.get(ref);
  return found ?? null;
}

/** The quotable passage a reference names (an id, or the hash that stands for a long one). */
export function passageFromRef(corpus: CorpusIndex, ref: string): Passage | null {
  const passage = ref.startsWith('#') ? corpus.passages.find((p) => idHash(p.id) === ref.slice(1)) : corpus.passage(ref);
  return passage && isQuotable(passage) ? passage : null;
}

/**
 * The question on the answer's first line, quoted and escaped. A question is
 * longer than a custom id may be, so "More passages" reads it back from here.
 */
export function echoLine(question: { text: string; rank: number }): string {
  const echo = echoedQuestion(question);
  return `> ${escapeForDiscord(echo.text)}${echo.rank}`;
}

/** The question an answer echoes (see echoLine), or null for a message that echoes none. */
export function questionFromEcho(content: string): string | null {
  const first = content.split('\n')[0] ?? '';
  if (!first.startsWith('> ')) return null;
  const question = unescapeForDiscord(first.slice(2).replace(/ \(passage \d+\)$/u, ''));
  return question.trim() || null;
}
