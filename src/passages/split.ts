import type { Article } from '../corpus/types.js';
import { announcesList, isBoilerplate, isBreadcrumb, isByline, isCaption, isFragment, wordCount } from './cues.js';
import type { Passage, Section } from './types.js';

/** A stretch of the source that will become one passage, before its section is known. */
interface Segment {
  start: number;
  end: number;
  paragraph: number;
  /** Markdown structure the segment came from, when it tells the section outright. */
  markup: 'heading1' | 'heading' | 'image' | null;
}

const BLANK = /^[\s\u00a0\u200b\u2060\ufeff]*$/u;
const EDGE_SPACE = /[\s\u00a0\u200b\u2060\ufeff]/u;
/** A line that ends a sentence or a credit, after which a capitalised line starts a new passage. */
const ENDS_UNIT = /[.!?:;"”’)\]…]\s*$/u;
const STARTS_UNIT = /^[\s\u00a0]*[\p{Lu}\p{N}"“‘'([]/u;
const MD_BLOCK_START = /^(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>\s?|!\[)/u;

/**
 * Splits an article into passages with verbatim text and offsets into the file.
 * Blocks are separated by blank lines; inside a block, a line break starts a new
 * passage where a sentence (or a credit line) ends and the next line starts a new
 * one, so pasted web text (a paragraph per line) and stacked photo captions come
 * apart, while hard-wrapped paragraphs stay whole.
 */
export function splitArticle(article: Article): Passage[] {
  const segments = segmentBody(article);
  const sections = classify(article, segments);
  return segments.map((seg, i) => ({
    id: `${article.id}#${i + 1}`,
    doc: article.id,
    n: i + 1,
    section: sections[i]!,
    text: article.source.slice(seg.start, seg.end),
    start: seg.start,
    end: seg.end,
    paragraph: seg.paragraph,
    attribution: [],
    caveats: [],
  }));
}

function segmentBody(article: Article): Segment[] {
  const { source, bodyStart } = article;
  const markdown = article.format === 'markdown';
  const segments: Segment[] = [];
  blocksOf(source, bodyStart).forEach((lines, b) => {
    const paragraph = b + 1;
    const longest = Math.max(...lines.map((line) => line.text.trim().length));
    let open = lines[0]!;
    for (const line of lines.slice(1)) {
      if (startsNewSegment(open.text, line.text, markdown, longest)) {
        pushSegment(segments, source, open.start, open.end, paragraph, markdown);
        open = line;
      } else open = { start: open.start, end: line.end, text: line.text };
    }
    pushSegment(segments, source, open.start, open.end, paragraph, markdown);
  });
  return segments;
}

interface Line {
  start: number;
  /** Where the line ends, before its line break. */
  end: number;
  text: string;
}

/** The source's blocks from a position on: runs of lines that are not blank. */
function blocksOf(source: string, from: number): Line[][] {
  const blocks: Line[][] = [];
  let block: Line[] | null = null;
  for (let pos = from; pos < source.length; ) {
    const newline = source.indexOf('\n', pos);
    const next = newline === -1 ? source.length : newline + 1;
    let end = newline === -1 ? source.length : newline;
    if (end > pos && source[end - 1] === '\r') end--;
    const text = source.slice(pos, end);
    if (BLANK.test(text)) block = null;
    else if (block) block.push({ start: pos, end, text });
    else blocks.push((block = [{ start: pos, end, text }]));
    pos = next;
  }
  return blocks;
}

function startsNewSegment(previous: string, line: string, markdown: boolean, longest: number): boolean {
  if (markdown && (MD_BLOCK_START.test(line) || /^#{1,6}\s/u.test(previous) || /^!\[.*\]\(.*\)\s*$/u.test(previous))) {
    return true;
  }
  // Furniture stands on its own line even where nothing marks the line's end.
  if (isCaption(previous) || isCaption(line) || isBoilerplate(previous) || isBoilerplate(line)) return true;
  if (!STARTS_UNIT.test(line)) return false;
  // A hard-wrapped paragraph breaks its lines near one width; in pasted web text a line far
  // shorter than the block's longest is a unit of its own (a headline, a byline, a link's title).
  return ENDS_UNIT.test(previous) || previous.trim().length < SHORT_LINE_SHARE * longest;
}

/** A line shorter than this share of its block's longest line ends a unit even without punctuation. */
const SHORT_LINE_SHARE = 0.5;

/** Trims a segment to its text, dropping Markdown markers so the passage holds only words. */
function pushSegment(segments: Segment[], source: string, start: number, end: number, paragraph: number, markdown: boolean) {
  let markup: Segment['markup'] = null;
  if (markdown) {
    const raw = source.slice(start, end);
    const image = /^\s*!\[([^\]]*)\]\([^)]*\)\s*$/u.exec(raw);
    if (image) {
      const alt = image[1] ?? '';
      start += raw.indexOf('[') + 1;
      end = start + alt.length;
      markup = 'image';
    } else {
      const heading = /^\s*(#{1,6})\s+/u.exec(raw);
      const marker = heading ?? /^\s*(?:[-*+]|\d{1,3}[.)]|>)\s+/u.exec(raw);
      if (heading) markup = heading[1] === '#' ? 'heading1' : 'heading';
      if (marker) start += marker[0].length;
      if (heading) end = start + raw.slice(marker![0].length).replace(/\s+#+\s*$/u, '').length;
      if (/^\s*(?:[-*_]\s*){3,}$/u.test(raw) || /^\s*<!--.*-->\s*$/u.test(raw)) return;
    }
  }
  while (start < end && EDGE_SPACE.test(source[start]!)) start++;
  while (end > start && EDGE_SPACE.test(source[end - 1]!)) end--;
  if (end <= start) return;
  if (end - start <= MAX_PASSAGE) segments.push({ start, end, paragraph, markup });
  else for (const [from, to] of sentenceRuns(source, start, end)) segments.push({ start: from, end: to, paragraph, markup });
}

/**
 * Longer than this, a paragraph is cut between sentences: text pasted without paragraph breaks
 * would otherwise be one passage too long to quote, and every analysis of a passage would read all of it.
 */
const MAX_PASSAGE = 2000;
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu;

/** Runs of whole sentences of at most MAX_PASSAGE characters (a sentence longer than that is cut at a space). */
function sentenceRuns(source: string, start: number, end: number): [number, number][] {
  const runs: [number, number][] = [];
  let from = start;
  while (end - from > MAX_PASSAGE) {
    let cut = -1;
    SENTENCE_END.lastIndex = from;
    for (let m = SENTENCE_END.exec(source); m !== null && m.index < from + MAX_PASSAGE; m = SENTENCE_END.exec(source)) cut = m.index + m[0].trimEnd().length;
    if (cut <= from) cut = source.lastIndexOf(' ', from + MAX_PASSAGE) > from ? source.lastIndexOf(' ', from + MAX_PASSAGE) : from + MAX_PASSAGE;
    runs.push([from, cut]);
    from = cut;
    while (from < end && EDGE_SPACE.test(source[from]!)) from++;
  }
  if (from < end) runs.push([from, end]);
  return runs;
}

const HEADLINE_MAX_WORDS = 30;
/** Words a site's section label has at most ("World", "US politics"); a headline below it has more. */
const NAV_LABEL_MAX_WORDS = 2;

function classify(article: Article, segments: Segment[]): Section[] {
  const texts = segments.map((s) => article.source.slice(s.start, s.end));
  const sections: (Section | null)[] = texts.map((text, i) => {
    const markup = segments[i]!.markup;
    if (markup === 'image') return 'caption';
    if (isBoilerplate(text)) return 'boilerplate';
    if (markup !== 'heading1' && isCaption(text)) return 'caption';
    return null;
  });

  // Bare fragments under a line that announces a list (the addresses, the links' titles) are boilerplate too.
  let inList = false;
  for (let i = 0; i < sections.length; i++) {
    if (inList && sections[i] === null && isFragment(texts[i]!)) sections[i] = 'boilerplate';
    else inList = sections[i] === 'boilerplate' && announcesList(texts[i]!);
  }

  // Before the article proper: breadcrumbs, then the headline.
  const title = article.meta.title ? normalise(article.meta.title) : null;
  const looksLikeHeadline = (at: number) =>
    segments[at]!.markup === 'heading1' ||
    (title !== null && normalise(texts[at]!) === title) ||
    (segments[at]!.markup === null && wordCount(texts[at]!) <= HEADLINE_MAX_WORDS && !/\.["”’]?$/u.test(texts[at]!.trim()));
  // A site's section labels stand above the headline on lines of their own ("World", "Europe").
  const label = (at: number) => segments[at]!.markup === null && sections[at] === null && wordCount(texts[at]!) <= NAV_LABEL_MAX_WORDS;
  let headlineFound = false;
  let storyStart = 0;
  for (let i = 0; i < sections.length && !headlineFound; i++) {
    if (sections[i] !== null) continue;
    const text = texts[i]!;
    const markup = segments[i]!.markup;
    if (markup === null && isBreadcrumb(text)) {
      sections[i] = 'breadcrumb';
      continue;
    }
    let next = i + 1;
    while (next < sections.length && label(next)) next++;
    const navigationLabel =
      label(i) &&
      (title === null || normalise(text) !== title) &&
      sections[next] === null &&
      looksLikeHeadline(next) &&
      !isByline(texts[next]!);
    if (navigationLabel) {
      sections[i] = 'breadcrumb';
      continue;
    }
    headlineFound = true;
    storyStart = i;
    if (looksLikeHeadline(i)) {
      sections[i] = 'headline';
      storyStart = i + 1;
    }
  }

  // Between the headline and the story's first paragraph, a byline is page furniture; a
  // standfirst (a line of summary without a full stop) may stand before it.
  for (let i = storyStart; headlineFound && i < sections.length; i++) {
    if (sections[i] !== null) continue;
    if (segments[i]!.markup === null && isByline(texts[i]!)) sections[i] = 'boilerplate';
    else if (!looksLikeHeadline(i)) break;
  }
  return sections.map((s) => s ?? 'body');
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/gu, ' ').trim();
}
