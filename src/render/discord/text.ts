import { escapeMarkdown } from 'discord.js';
import type { Line } from '../reply.js';

/** Discord's limits on what one message may carry (docs/discord-limits.md gives each with its source). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  buttonLabel: 80,
  customId: 100,
  url: 512,
  choiceName: 100,
  choiceValue: 100,
  selectOptions: 25,
  selectLabel: 100,
  selectDescription: 100,
  selectPlaceholder: 150,
  modalTitle: 45,
  modalFields: 5,
  fieldLabel: 45,
  textInputValue: 4000,
  fieldPlaceholder: 100,
} as const;

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Text from a user or the corpus made inert for Discord: markdown shown as
 * written, and mention syntax (`@everyone`, `<@123>`, `<@&456>`, `<#789>`)
 * shown rather than parsed. Replies also send `allowedMentions: { parse: [] }`;
 * this keeps the text from even looking like a ping.
 */
export function escapeForDiscord(text: string): string {
  return inertMentions(escapeMarkdown(text, { bulletedList: true, heading: true, numberedList: true, maskedLink: true }));
}

function inertMentions(text: string): string {
  return text.replace(/@(everyone|here)/giu, `@${ZERO_WIDTH_SPACE}$1`).replace(/<(@[!&]?|#|\/)/gu, `<${ZERO_WIDTH_SPACE}$1`);
}

/** The inverse of escapeForDiscord: the text as the user or the corpus wrote it. */
export function unescapeForDiscord(text: string): string {
  return text.replace(/\\([\s\S])/gu, '$1').replace(/\u200b/gu, '');
}

/**
 * Shortens text to at most `max` UTF-16 units, at a word boundary where there is
 * one in the last fifth, ending with an ellipsis. It never splits a surrogate
 * pair and never leaves a trailing backslash that would escape the ellipsis.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--; // do not keep half of a surrogate pair
  const space = text.lastIndexOf(' ', cut);
  if (space > cut * 0.8) cut = space;
  let head = text.slice(0, cut).trimEnd();
  while (head.endsWith('\\')) head = head.slice(0, -1);
  return `${head}…`;
}

/** Markdown bold around spans of already-escaped text, kept balanced by construction. */
export function bold(text: string): string {
  return text ? `**${text}**` : '';
}

/** A line of the reply model as Discord markdown: text escaped, code in backticks, strong in bold. */
export function markdown(line: Line): string {
  return line
    .map((span) => {
      if (typeof span === 'string') return escapeForDiscord(span);
      // Inside a code span markdown is shown as written; only a backtick could end it early.
      if ('code' in span) return `\`${inertMentions(span.code.replace(/`/gu, "'")) || ' '}\``;
      return bold(escapeForDiscord(span.strong));
    })
    .join('');
}
