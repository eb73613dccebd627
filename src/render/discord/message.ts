import type { CaveatReport } from '../../answer/caveatReport.js';
import type { SourceCard } from '../../answer/types.js';
import { CAVEAT_KIND_INFO } from '../../caveats/kinds.js';
import { CAVEAT_KINDS, type CaveatKind, type Passage } from '../../passages/types.js';
import { actionLabel, caveatsByKind, type Card, type Line, type Reply } from '../reply.js';
import { customIdOf, echoLine, PICK_ID, idRef } from './customIds.js';
import { bold, escapeForDiscord, LIMITS, markdown, truncate } from './text.js';

/**
 * A reply as Discord shows it: markdown escaped, every piece inside Discord's
 * limits. The payload module turns this into discord.js options.
 */
export interface DiscordField {
  name: string;
  value: string;
}

export interface DiscordEmbed {
  title?: string;
  url?: string;
  description?: string;
  fields: DiscordField[];
  footer?: string;
}

export type DiscordButton =
  | { kind: 'action'; id: string; label: string; style: 'primary' | 'secondary' | 'danger' }
  | { kind: 'link'; url: string; label: string };

export interface DiscordMessage {
  content?: string;
  embeds: DiscordEmbed[];
  buttons: DiscordButton[];
  menu?: { id: string; placeholder: string; choices: { label: string; value: string; description?: string }[] };
  ephemeral: boolean;
}

const BUTTON_STYLE = { more: 'primary', every: 'secondary', context: 'secondary', delete: 'danger', 'remove-article': 'danger', 'articles-page': 'secondary' } as const;

export function discordMessage(reply: Reply): DiscordMessage {
  const content = [reply.question ? echoLine(reply.question) : null, ...reply.lines.map(markdown)].filter((l) => l !== null);
  const embeds = reply.cards.map(embedOf);
  // Several embeds together must also stay inside Discord's 6,000 characters per message.
  while (embeds.length > 1 && embeds.reduce((n, e) => n + embedSize(e), 0) > LIMITS.embedTotal) embeds.pop();
  const message: DiscordMessage = {
    content: content.length ? truncate(content.join('\n'), LIMITS.content) : undefined,
    embeds,
    buttons: reply.actions.flatMap((action): DiscordButton[] => {
      switch (action.kind) {
        case 'source':
          return action.url.length <= LIMITS.url ? [{ kind: 'link', url: action.url, label: actionLabel(action) }] : [];
        default:
          return [{ kind: 'action', id: customIdOf(action), label: actionLabel(action), style: BUTTON_STYLE[action.kind] }];
      }
    }),
    ephemeral: reply.ephemeral,
  };
  if (reply.picks.length > 0) {
    message.menu = {
      id: PICK_ID,
      placeholder: 'Nearby passages',
      choices: reply.picks.map((p) => ({
        // Discord wants each option's label non-empty.
        label: truncate(p.text.replace(/\s+/gu, ' ').trim() || p.id, LIMITS.selectLabel),
        value: idRef('', p.id),
        description: truncate(`${p.id} · ${p.section}`, LIMITS.selectDescription),
      })),
    };
  }
  return message;
}

function embedOf(card: Card): DiscordEmbed {
  switch (card.kind) {
    case 'passage':
      return passageEmbed(card.passage, card.source, card.highlights);
    case 'context':
      return contextEmbed(card.before, card.passage, card.after, card.source);
    case 'source':
      return sourceEmbed(card.source, card.report);
    case 'caveat-kinds':
      return caveatKindsEmbed(card.counts);
    case 'text':
      return fitEmbed({ title: truncate(escapeForDiscord(card.title), LIMITS.embedTitle), description: truncate(linesMarkdown(card.lines), LIMITS.embedDescription), fields: [] });
  }
}

function linesMarkdown(lines: readonly Line[]): string {
  return lines.map(markdown).join('\n');
}

/** The quote as a block quote, escaped, with the question's words in bold, shortened to fit without breaking the bold. */
function quoteText(text: string, highlights: readonly (readonly [number, number])[], max: number): string {
  const parts: { text: string; strong: boolean }[] = [];
  let at = 0;
  for (const [start, end] of highlights) {
    if (start < at) continue;
    if (start > at) parts.push({ text: text.slice(at, start), strong: false });
    parts.push({ text: text.slice(start, end), strong: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), strong: false });

  let out = '';
  const budget = max - 1; // room for an ellipsis
  for (const part of parts) {
    const escaped = escapeForDiscord(part.text);
    const rendered = part.strong ? bold(escaped) : escaped;
    if (out.length + rendered.length <= budget) {
      out += rendered;
      continue;
    }
    const room = budget - out.length - (part.strong ? 4 : 0);
    if (room > 1) out += part.strong ? bold(truncate(escaped, room)) : truncate(escaped, room);
    else out += '…';
    break;
  }
  // A block quote: Discord's own way to set quoted text apart, whatever marks the text opens with.
  return out
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function sourceLine(source: SourceCard, passage: Passage): string {
  return truncate(
    [source.outlet ?? 'unknown outlet', source.published ?? 'no date given', passage.id, `${passage.section}, paragraph ${passage.paragraph}`].join(' · '),
    LIMITS.footer,
  );
}

function caveatField(passage: Passage): DiscordField | null {
  if (passage.caveats.length === 0) return null;
  const lines = caveatsByKind(passage.caveats).map((c) => `⚠️ **${c.kind}** ${c.evidence.map((e) => `“${escapeForDiscord(e)}”`).join(' · ')} — ${escapeForDiscord(c.note)}`);
  return { name: 'What a careful reader should know', value: fitLines(lines, LIMITS.fieldValue) };
}

function provenanceField(source: SourceCard): DiscordField | null {
  if (source.provenance.length === 0) return null;
  const lines = source.provenance.map((n) => `• ${escapeForDiscord(n.note)} (${n.sources.map((s) => escapeForDiscord(s)).join('; ')})`);
  return { name: truncate(`About ${source.outlet ?? 'the outlet'}`, LIMITS.fieldName), value: fitLines(lines, LIMITS.fieldValue) };
}

/** Whole lines while they fit; the line that does not is shortened at a word. */
function fitLines(lines: string[], max: number): string {
  let out = '';
  for (const line of lines) {
    const next = out ? `${out}\n${line}` : line;
    if (next.length <= max) out = next;
    else {
      const room = max - out.length - (out ? 1 : 0);
      if (room > 20) out = out ? `${out}\n${truncate(line, room)}` : truncate(line, room);
      break;
    }
  }
  return out || truncate(lines[0] ?? '', max);
}

function titleOf(source: SourceCard): string | undefined {
  return source.title ? truncate(escapeForDiscord(source.title), LIMITS.embedTitle) : undefined;
}

/** One passage as an embed: quote, who says so, caveats, the outlet's provenance, and where it is from. */
function passageEmbed(passage: Passage, source: SourceCard, highlights: readonly (readonly [number, number])[] = []): DiscordEmbed {
  const fields: DiscordField[] = [];
  if (passage.attribution.length > 0) {
    fields.push({ name: 'Who says so', value: truncate(escapeForDiscord(passage.attribution.join(' → ')), LIMITS.fieldValue) });
  }
  const caveats = caveatField(passage);
  if (caveats) fields.push(caveats);
  const provenance = provenanceField(source);
  if (provenance) fields.push(provenance);
  return fitEmbed({
    title: titleOf(source),
    url: source.url && source.url.length <= LIMITS.url ? source.url : undefined,
    description: quoteText(passage.text, highlights, 2_500),
    fields,
    footer: sourceLine(source, passage),
  });
}

function contextEmbed(before: Passage | null, passage: Passage, after: Passage | null, source: SourceCard): DiscordEmbed {
  const block = (label: string, p: Passage | null) =>
    p ? `**${label}** (${p.id})\n${quoteText(p.text, [], 1_200)}` : `**${label}**\n*(none: this is the ${label === 'Before' ? 'start' : 'end'} of the article)*`;
  const description = [block('Before', before), `**This passage** (${passage.id})\n${quoteText(passage.text, [], 1_200)}`, block('After', after)].join('\n\n');
  return fitEmbed({ title: titleOf(source), description: truncate(description, LIMITS.embedDescription), fields: [] });
}

function sourceEmbed(source: SourceCard, report: CaveatReport): DiscordEmbed {
  const fields: DiscordField[] = [];
  const provenance = provenanceField(source);
  if (provenance) fields.push({ ...provenance, name: 'What is known about the outlet' });
  if (source.relays.length > 0) fields.push({ name: 'Relays', value: truncate(escapeForDiscord(source.relays.map((r) => r.outlet).join(', ')), LIMITS.fieldValue) });
  fields.push({ name: 'Published', value: source.published ?? 'no date given' });
  fields.push({ name: 'Passages', value: String(report.passages) });
  const counts = report.kinds.filter((k) => k.count > 0).map((k) => `${k.kind}: ${k.count}`);
  fields.push({ name: 'Caveats', value: counts.length ? counts.join('\n') : 'none' });
  return fitEmbed({
    title: truncate(escapeForDiscord(`${source.outlet ?? 'Unknown outlet'}${source.title ? ` — ${source.title}` : ''}`), LIMITS.embedTitle),
    url: source.url && source.url.length <= LIMITS.url ? source.url : undefined,
    description: source.url ? escapeForDiscord(source.url) : 'No URL is known for this article.',
    fields,
    footer: source.doc,
  });
}

function caveatKindsEmbed(counts: Record<CaveatKind, number>): DiscordEmbed {
  const fields = CAVEAT_KINDS.map((kind) => ({ name: `${kind} · ${counts[kind]} passage${counts[kind] === 1 ? '' : 's'}`, value: CAVEAT_KIND_INFO[kind].meaning }));
  return fitEmbed({ title: 'Caveat kinds', fields });
}

/** Characters of an embed as Discord counts them toward the 6,000 of a message. */
function embedSize(e: DiscordEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.length ?? 0) + e.fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** Keeps an embed inside the 6,000-character total by shortening the quote, then dropping fields from the end. */
function fitEmbed(embed: DiscordEmbed): DiscordEmbed {
  const fitted = { ...embed, fields: embed.fields.slice(0, LIMITS.embedFields) };
  const over = embedSize(fitted) - LIMITS.embedTotal;
  if (over > 0 && fitted.description) fitted.description = truncate(fitted.description, Math.max(200, fitted.description.length - over));
  while (embedSize(fitted) > LIMITS.embedTotal && fitted.fields.length > 0) fitted.fields.pop();
  return fitted;
}
