import type { Article } from '../corpus/types.js';
import { isBoilerplate, isBreadcrumb, isByline, isCaption, isFragment, wordCount } from './cues.js';
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
  let paragraph = 0;
  let inBlock = false;
  let open: { start: number; end: number; lastLine: string } | null = null;

  const close = () => {
    if (open) pushSegment(segments, source, open.start, open.end, paragraph, markdown);
    open = null;
  };

  let pos = bodyStart;
  while (pos < source.length) {
    const newline = source.indexOf('\n', pos);
    const next = newline === -1 ? source.length : newline + 1;
    let lineEnd = newline === -1 ? source.length : newline;
    if (lineEnd > pos && source[lineEnd - 1] === '\r') lineEnd--;
    const line = source.slice(pos, lineEnd);

    if (BLANK.test(line)) {
      close();
      inBlock = false;
    } else {
      if (!inBlock) {
        paragraph++;
        inBlock = true;
      }
      if (open && startsNewSegment(open.lastLine, line, markdown)) close();
      if (open) {
        open.end = lineEnd;
        open.lastLine = line;
      } else open = { start: pos, end: lineEnd, lastLine: line };
    }
    pos = next;
  }
  close();
  return segments;
}

function startsNewSegment(previous: string, line: string, markdown: boolean): boolean {
  if (markdown && (MD_BLOCK_START.test(line) || /^#{1,6}\s/u.test(previous) || /^!\[.*\]\(.*\)\s*$/u.test(previous))) {
    return true;
  }
  // Furniture stands on its own line even where nothing marks the line's end.
  if (isCaption(previous) || isCaption(line) || isBoilerplate(previous) || isBoilerplate(line)) return true;
  return ENDS_UNIT.test(previous) && STARTS_UNIT.test(line);
}

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
  if (end > start) segments.push({ start, end, paragraph, markup });
}

const HEADLINE_MAX_WORDS = 30;

function classify(article: Article, segments: Segment[]): Section[] {
  const texts = segments.map((s) => article.source.slice(s.start, s.end));
  const sections: (Section | null)[] = texts.map((text, i) => {
    const markup = segments[i]!.markup;
    if (markup === 'image') return 'caption';
    if (isBoilerplate(text)) return 'boilerplate';
    if (markup !== 'heading1' && isCaption(text)) return 'caption';
    return null;
  });

  // Bare fragments under a boilerplate line (the addresses it announces) are boilerplate too.
  for (let i = 1; i < sections.length; i++) {
    if (sections[i] === null && sections[i - 1] === 'boilerplate' && isFragment(texts[i]!)) sections[i] = 'boilerplate';
  }

  // Before the article proper: breadcrumbs, then the headline.
  const title = article.meta.title ? normalise(article.meta.title) : null;
  let headlineFound = false;
  let storyStart = 0;
  for (let i = 0; i < sections.length && !headlineFound; i++) {
    if (sections[i] !== null) continue;
    const text = texts[i]!;
    const markup = segments[i]!.markup;
    if (!headlineFound && markup === null && isBreadcrumb(text)) {
      sections[i] = 'breadcrumb';
      continue;
    }
    const looksLikeHeadline =
      markup === 'heading1' ||
      (title !== null && normalise(text) === title) ||
      (markup === null && wordCount(text) <= HEADLINE_MAX_WORDS && !/\.["”’]?$/u.test(text.trim()));
    if (looksLikeHeadline) sections[i] = 'headline';
    headlineFound = true;
    storyStart = looksLikeHeadline ? i + 1 : i;
  }

  // Between the headline and the story's first paragraph, a block that is a byline is page furniture.
  const ownBlock = (i: number) => segments[i - 1]?.paragraph !== segments[i]!.paragraph && segments[i + 1]?.paragraph !== segments[i]!.paragraph;
  for (let i = storyStart; headlineFound && i < sections.length; i++) {
    if (sections[i] !== null) continue;
    if (segments[i]!.markup !== null || !ownBlock(i) || !isByline(texts[i]!)) break;
    sections[i] = 'boilerplate';
  }
  return sections.map((s) => s ?? 'body');
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/gu, ' ').trim();
}
