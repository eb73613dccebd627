import { createHash } from 'node:crypto';
import type { CaveatReport } from '../answer/caveatReport.js';
import type { QuotedPassage, SourceCard } from '../answer/types.js';
import { CAVEAT_KINDS, type CaveatKind, type Passage } from '../passages/types.js';
import { bold, escapeForDiscord, LIMITS, truncate } from './discordText.js';
import type { Reply, ReplyButton, ReplyEmbed, ReplyField } from './reply.js';

/** What each caveat kind tells a reader, for /caveats and /help. */
export const CAVEAT_MEANINGS: Record<CaveatKind, string> = {
  'relayed-report': "The outlet passes on another outlet's or document's reporting rather than its own.",
  'anonymous-source': 'The claim rests on people who are not named.',
  unverified: 'The text itself marks the claim as unproven.',
  editorializing: "The outlet's own judgement is set into the reported content.",
  'loaded-language': "Charged wording in the outlet's own voice.",
  'unattributed-quote': 'Quoted words with no speaker in the passage.',
  speculation: 'A forecast, possibility or hedge, not an established fact.',
  'photo-caption': "A photo caption, not the article's text.",
  'caption-unrelated': "A caption whose people and events appear nowhere in the article's text.",
};

export const NO_ANSWER = 'The corpus does not answer this.';

/** Custom ids carry everything a button needs, so buttons keep working after a restart. */
export const BUTTON = {
  more: (offset: number) => `fp:more:${offset}`,
  context: (passageId: string) => passageRef('fp:ctx:', passageId),
  delete: (userId: string) => `fp:del:${userId}`,
  pick: 'fp:pick',
};

/** A passage id in a custom id or menu value; a long one is replaced by a stable hash of it. */
export function passageRef(prefix: string, passageId: string): string {
  const direct = `${prefix}${passageId}`;
  return direct.length <= LIMITS.customId ? direct : `${prefix}#${passageHash(passageId)}`;
}

export function passageHash(passageId: string): string {
  return createHash('sha256').update(passageId).digest('hex').slice(0, 24);
}

/** The quote as a block quote, escaped, with the question's words in bold, shortened to fit without breaking the bold. */
export function quoteText(text: string, highlights: readonly [number, number][], max: number): string {
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

function caveatField(passage: Passage): ReplyField | null {
  if (passage.caveats.length === 0) return null;
  const lines = passage.caveats.map((c) => `⚠️ **${c.kind}** “${escapeForDiscord(c.evidence)}” — ${escapeForDiscord(c.note)}`);
  return { name: 'What a careful reader should know', value: fitLines(lines, LIMITS.fieldValue) };
}

function provenanceField(source: SourceCard): ReplyField | null {
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

/** One passage as an embed: quote, who says so, caveats, the outlet's provenance, and where it is from. */
export function passageEmbed(passage: Passage, source: SourceCard, highlights: readonly [number, number][] = []): ReplyEmbed {
  const fields: ReplyField[] = [];
  if (passage.attribution.length > 0) {
    fields.push({ name: 'Who says so', value: truncate(escapeForDiscord(passage.attribution.join(' → ')), LIMITS.fieldValue) });
  }
  const caveats = caveatField(passage);
  if (caveats) fields.push(caveats);
  const provenance = provenanceField(source);
  if (provenance) fields.push(provenance);
  return fitEmbed({
    title: source.title ? truncate(escapeForDiscord(source.title), LIMITS.embedTitle) : undefined,
    url: source.url && source.url.length <= LIMITS.url ? source.url : undefined,
    description: quoteText(passage.text, highlights, 2_500),
    fields,
    footer: sourceLine(source, passage),
  });
}

/** Characters of an embed as Discord counts them toward the 6,000 of a message. */
export function embedSize(e: ReplyEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.length ?? 0) + e.fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** Keeps an embed inside the 6,000-character total by shortening the quote, then dropping fields from the end. */
export function fitEmbed(embed: ReplyEmbed): ReplyEmbed {
  const size = embedSize;
  const fitted = { ...embed, fields: embed.fields.slice(0, LIMITS.embedFields) };
  const over = size(fitted) - LIMITS.embedTotal;
  if (over > 0 && fitted.description) fitted.description = truncate(fitted.description, Math.max(200, fitted.description.length - over));
  while (size(fitted) > LIMITS.embedTotal && fitted.fields.length > 0) fitted.fields.pop();
  return fitted;
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
}

/** The /ask reply. The question is echoed in the content, which is where "More passages" reads it back. */
export function answerReply(input: AnswerReplyInput): Reply {
  const { answer, question } = input;
  const buttons: ReplyButton[] = [];
  if (input.hasMore) buttons.push({ kind: 'action', id: BUTTON.more(input.offset + 1), label: 'More passages', style: 'primary' });
  buttons.push({ kind: 'action', id: BUTTON.context(answer.passage.id), label: 'Context', style: 'secondary' });
  if (answer.source.url && answer.source.url.length <= LIMITS.url) buttons.push({ kind: 'link', url: answer.source.url, label: 'Source' });
  if (!input.ephemeral) buttons.push({ kind: 'action', id: BUTTON.delete(input.askerId), label: 'Delete', style: 'danger' });
  const rank = input.offset === 0 ? '' : ` (passage ${input.offset + 1})`;
  return {
    content: truncate(`${echo(question)}${rank}`, LIMITS.content),
    embeds: [passageEmbed(answer.passage, answer.source, input.highlights)],
    buttons,
    ephemeral: input.ephemeral,
  };
}

/** The question on one quoted line, escaped: where "More passages" reads it back (see questionOf). */
function echo(question: string): string {
  return `> ${escapeForDiscord(question.replace(/\s+/gu, ' '))}`;
}

/** The corpus has nothing on it: say so, and offer the nearest passages or what the corpus is about. */
export function noAnswerReply(question: string, nearby: readonly Passage[], suggestions: readonly string[]): Reply {
  const lines = [NO_ANSWER];
  if (nearby.length > 0) lines.push('These passages come closest; pick one to read it:');
  else if (suggestions.length > 0) lines.push(`You could ask about: ${suggestions.map((s) => `“${escapeForDiscord(s)}”`).join(', ')}`);
  const reply: Reply = {
    content: truncate(`${echo(question)}\n${lines.join('\n')}`, LIMITS.content),
    embeds: [],
    buttons: [],
    ephemeral: true,
  };
  if (nearby.length > 0) {
    reply.menu = {
      id: BUTTON.pick,
      placeholder: 'Nearby passages',
      // Discord wants each option non-empty and each value once.
      choices: [...new Map(nearby.map((p) => [p.id, p])).values()].slice(0, 5).map((p) => ({
        label: truncate(p.text.replace(/\s+/gu, ' ').trim() || p.id, LIMITS.selectLabel),
        value: passageRef('', p.id),
        description: truncate(`${p.id} · ${p.section}`, LIMITS.selectDescription),
      })),
    };
  }
  return reply;
}

export function quoteReply(passage: Passage, source: SourceCard, ephemeral = false): Reply {
  const buttons: ReplyButton[] = [{ kind: 'action', id: BUTTON.context(passage.id), label: 'Context', style: 'secondary' }];
  if (source.url && source.url.length <= LIMITS.url) buttons.push({ kind: 'link', url: source.url, label: 'Source' });
  return { embeds: [passageEmbed(passage, source)], buttons, ephemeral };
}

export function contextReply(before: Passage | null, passage: Passage, after: Passage | null, source: SourceCard): Reply {
  const block = (label: string, p: Passage | null) =>
    p ? `**${label}** (${p.id})\n${quoteText(p.text, [], 1_200)}` : `**${label}**\n*(none: this is the ${label === 'Before' ? 'start' : 'end'} of the article)*`;
  const description = [block('Before', before), `**This passage** (${passage.id})\n${quoteText(passage.text, [], 1_200)}`, block('After', after)].join('\n\n');
  return {
    embeds: [fitEmbed({ title: source.title ? truncate(escapeForDiscord(source.title), LIMITS.embedTitle) : undefined, description: truncate(description, LIMITS.embedDescription), fields: [] })],
    buttons: [],
    ephemeral: true,
  };
}

/** The provenance card of one document. */
export function sourceReply(source: SourceCard, report: CaveatReport): Reply {
  const fields: ReplyField[] = [];
  const provenance = provenanceField(source);
  if (provenance) fields.push({ ...provenance, name: 'What is known about the outlet' });
  if (source.relays.length > 0) fields.push({ name: 'Relays', value: truncate(escapeForDiscord(source.relays.map((r) => r.outlet).join(', ')), LIMITS.fieldValue) });
  fields.push({ name: 'Published', value: source.published ?? 'no date given', });
  fields.push({ name: 'Passages', value: String(report.passages) });
  const counts = report.kinds.filter((k) => k.count > 0).map((k) => `${k.kind}: ${k.count}`);
  fields.push({ name: 'Caveats', value: counts.length ? counts.join('\n') : 'none' });
  return {
    embeds: [
      fitEmbed({
        title: truncate(escapeForDiscord(`${source.outlet ?? 'Unknown outlet'}${source.title ? ` — ${source.title}` : ''}`), LIMITS.embedTitle),
        url: source.url ?? undefined,
        description: source.url ? escapeForDiscord(source.url) : 'No URL is known for this article.',
        fields,
        footer: source.doc,
      }),
    ],
    buttons: source.url ? [{ kind: 'link', url: source.url, label: 'Source' }] : [],
    ephemeral: false,
  };
}

/** What each caveat kind means and how many passages carry it. */
export function caveatsReply(counts: Record<CaveatKind, number>): Reply {
  const fields = CAVEAT_KINDS.map((kind) => ({ name: `${kind} · ${counts[kind]} passage${counts[kind] === 1 ? '' : 's'}`, value: CAVEAT_MEANINGS[kind] }));
  return { embeds: [fitEmbed({ title: 'Caveat kinds', fields })], buttons: [], ephemeral: false };
}

export function helpReply(documents: number, passages: number): Reply {
  const description = [
    `I answer questions about the ${documents} article${documents === 1 ? '' : 's'} in my corpus (${passages} passages) by quoting the passage that answers, never with words of my own.`,
    '',
    '**/ask** `question` — the best passage, with who says so and what to watch for. Buttons: *More passages*, *Context* (the paragraphs around it), *Source*, *Delete* (only the asker).',
    '**/quote** `passage` — one passage by id, e.g. `article#5`.',
    '**/source** `[document]` — what is known about an article and its outlet.',
    '**/caveats** — what each warning means and how often it occurs.',
    '**Check sourcing** (right-click a message → Apps) — what the corpus says about a claim.',
    '',
    '**Who says so** runs from the outlet to the outlet it relays to the people quoted. **Caveats** flag relayed reports, anonymous sources, unverified claims, the outlet’s own judgement, loaded words, unattributed quotes, speculation and photo captions, each with the words that raised it.',
  ].join('\n');
  return { embeds: [{ title: 'How to use Fineprint', description, fields: [] }], buttons: [], ephemeral: true };
}
