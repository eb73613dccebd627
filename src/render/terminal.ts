import type { CaveatReport } from '../answer/caveatReport.js';
import type { Answer, SourceCard } from '../answer/types.js';
import type { Passage } from '../passages/types.js';
import { CAVEAT_KIND_INFO } from '../caveats/kinds.js';
import { colourChoice } from '../config.js';
import type { Document } from '../corpus/types.js';
import { CAVEAT_KINDS } from '../passages/types.js';
import { actionLabel, caveatsByKind, echoedQuestion, NO_ANSWER, type Card, type Line, type Reply } from './reply.js';

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  quote(text: string): string;
  warn(text: string): string;
}

const plain: Style = { bold: (t) => t, dim: (t) => t, quote: (t) => t, warn: (t) => t };
const sgr = (open: number, close: number) => (t: string) => `\u001b[${open}m${t}\u001b[${close}m`;
const coloured: Style = { bold: sgr(1, 22), dim: sgr(2, 22), quote: sgr(36, 39), warn: sgr(33, 39) };

/** Colour only on a terminal, unless the environment says otherwise (NO_COLOR, FORCE_COLOR). */
export function styleFor(stream: { isTTY?: boolean }, choice = colourChoice()): Style {
  if (choice === 'never') return plain;
  if (choice === 'always') return coloured;
  return stream.isTTY ? coloured : plain;
}

export function answerText(answer: Answer, style: Style = plain, width = 88): string {
  const lines: string[] = [];
  if (answer.noAnswer) {
    const why =
      answer.reason === 'no-topic-words'
        ? 'The question has no words that say what it is about; try naming a person, place or event.'
        : 'No passage in the corpus is about this.';
    return `${style.bold(NO_ANSWER)}\n${why}\n`;
  }
  answer.answers.forEach(({ passage, source }, i) => {
    lines.push(...passageLines(passage, source, style, width, `${i + 1}. `));
    lines.push('');
  });
  const shown = new Set<string>();
  for (const { source } of answer.answers) {
    if (shown.has(source.doc)) continue;
    shown.add(source.doc);
    lines.push(...sourceLines(source, style, width));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** One passage: the verbatim quote (caveat evidence highlighted on a terminal), where it sits, who it comes from, and its caveats. */
export function passageLines(passage: Passage, source: SourceCard, style: Style, width: number, marker = ''): string[] {
  const indent = ' '.repeat(marker.length);
  const evidence = passage.caveats.map((c) => c.evidence);
  const lines = wrap(passage.text, width - indent.length).map((line, i) => (i === 0 ? marker : indent) + highlight(line, evidence, style));
  const where = [source.outlet ?? 'unknown outlet', `${passage.section}, paragraph ${passage.paragraph}`, passage.id];
  lines.push(indent + style.dim(`— ${where.join(' · ')}`));
  if (passage.attribution.length > 0) lines.push(`${indent}${style.bold('From:')} ${passage.attribution.join(' → ')}`);
  for (const caveat of caveatsByKind(passage.caveats)) {
    lines.push(`${indent}${style.warn(`! ${caveat.kind}`)} ${caveat.evidence.map((e) => `“${style.bold(e)}”`).join(' · ')}: ${caveat.note}`);
  }
  return lines;
}

/** The document's provenance: shown once per answer, however many of its passages are quoted. */
export function sourceLines(source: SourceCard, style: Style, width: number): string[] {
  const lines = [style.bold(`Source: ${source.outlet ?? 'unknown outlet'}${source.title ? ` — ${source.title}` : ''}`)];
  const facts = [source.published && `published ${source.published}`, source.url].filter(Boolean);
  if (facts.length) lines.push(`  ${facts.join(' · ')}`);
  if (source.relays.length) lines.push(`  Relays: ${source.relays.map((r) => r.outlet).join(', ')}`);
  for (const note of source.provenance) {
    lines.push(...wrap(`${note.note} (${note.sources.join('; ')})`, width - 4).map((l, i) => (i === 0 ? '  - ' : '    ') + l));
  }
  return lines;
}

/** The quote in its colour, with the words that raised a caveat marked (a phrase cut by wrapping is marked where it can be). */
function highlight(line: string, evidence: readonly string[], style: Style): string {
  if (style === plain || evidence.length === 0) return style.quote(line);
  const marks: [number, number][] = [];
  for (const phrase of evidence) {
    const words = phrase.split(/\s+/u).filter(Boolean);
    for (let n = words.length; n >= 2 || (n === 1 && words.length === 1); n--) {
      const piece = line.indexOf(words.slice(0, n).join(' '));
      const tail = line.indexOf(words.slice(words.length - n).join(' '));
      if (piece !== -1) {
        marks.push([piece, piece + words.slice(0, n).join(' ').length]);
        break;
      }
      if (tail !== -1 && tail + words.slice(words.length - n).join(' ').length === line.length) {
        marks.push([tail, line.length]);
        break;
      }
      if (n === 1) break;
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at) continue;
    out += style.quote(line.slice(at, start)) + style.warn(line.slice(start, end));
    at = end;
  }
  return out + style.quote(line.slice(at));
}

/** A reply as terminal text: the same passage lines as the CLI's answers, buttons listed by label. */
export function replyText(reply: Reply, style: Style, width = 88): string {
  const lines: string[] = [];
  if (reply.question) {
    const echo = echoedQuestion(reply.question);
    lines.push(`> ${echo.text}${echo.rank}`);
  }
  for (const line of reply.lines) lines.push(...wrap(lineText(line, style), width));
  for (const card of reply.cards) {
    if (lines.length > 0) lines.push('');
    lines.push(...cardLines(card, style, width));
  }
  if (reply.picks.length > 0) {
    lines.push('', 'Nearby passages:');
    for (const p of reply.picks) lines.push(`  ${p.id}  ${p.text.replace(/\s+/gu, ' ').trim()}`);
  }
  const labels = reply.actions.map((a) => `[${actionLabel(a)}]`);
  if (labels.length) lines.push('', style.dim(labels.join(' ')));
  if (reply.ephemeral) lines.push(style.dim('(only you can see this)'));
  return `${lines.join('\n')}\n`;
}

function lineText(line: Line, style: Style): string {
  return line.map((span) => (typeof span === 'string' ? span : 'code' in span ? span.code : style.bold(span.strong))).join('');
}

function cardLines(card: Card, style: Style, width: number): string[] {
  switch (card.kind) {
    case 'passage':
      return [...passageLines(card.passage, card.source, style, width), '', ...sourceLines(card.source, style, width)];
    case 'context':
      return [
        ...(card.before ? passageLines(card.before, card.source, style, width, '  ') : [style.dim('  (the start of the article)')]),
        '',
        ...passageLines(card.passage, card.source, style, width, '> '),
        '',
        ...(card.after ? passageLines(card.after, card.source, style, width, '  ') : [style.dim('  (the end of the article)')]),
      ];
    case 'source':
      return [...sourceLines(card.source, style, width), `  ${card.report.passages} passages`, '', ...caveatKindLines(card.report, style, width)];
    case 'caveat-kinds':
      return CAVEAT_KINDS.flatMap((kind) => [
        `${style.warn(kind.padEnd(20))} ${String(card.counts[kind]).padStart(3)} passage${card.counts[kind] === 1 ? '' : 's'}`,
        ...wrap(CAVEAT_KIND_INFO[kind].meaning, width - 4).map((l) => `    ${l}`),
      ]);
    case 'text':
      return [style.bold(card.title), ...card.lines.flatMap((line) => wrap(lineText(line, style), width))];
  }
}

export function caveatReportText(report: CaveatReport, style: Style = plain, width = 88): string {
  const lines = [style.bold(`${report.doc}  ${report.title ?? '(untitled)'}`), `  ${report.outlet ?? 'unknown outlet'} · ${report.passages} passages`, '', ...caveatKindLines(report, style, width)];
  return `${lines.join('\n')}\n\n`;
}

/** Each caveat kind with its count and the evidence of every passage that carries it. */
function caveatKindLines(report: CaveatReport, style: Style, width: number): string[] {
  return report.kinds.flatMap(({ kind, count, passages }) => [
    `${style.warn(kind.padEnd(20))} ${String(count).padStart(3)}`,
    ...passages.flatMap(({ passage, evidence }) => wrap(`${passage}: “${evidence}”`, width - 4).map((l) => `    ${style.dim(l)}`)),
  ]);
}

export function documentText(doc: Document, style: Style = plain): string {
  const facts = [doc.outlet ?? 'unknown outlet', doc.meta.published, `${doc.passageCount} passages`, doc.file];
  return `${style.bold(doc.id)}  ${doc.title ?? '(untitled)'}\n  ${facts.filter(Boolean).join(' · ')}\n`;
}

/** Word-wraps for reading; the words and their order stay exactly as in the passage. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/u)) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}
