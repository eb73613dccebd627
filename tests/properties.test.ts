import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/answer/engine.js';
import { parseArticle } from '../src/corpus/load.js';
import { splitArticle } from '../src/passages/split.js';
import { openCorpus } from '../src/ingest/open.js';
import { lowerWords } from '../src/text/words.js';
import { BUNDLED_CORPUS } from './helpers.js';

/** Article-like text: words, punctuation, quotes, captions and furniture, joined by all kinds of line breaks. */
const line = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.constantFrom('(AFP photo)', 'A picture taken on May 1 shows a street.', 'Follow us on Twitter', '“Quoted,” he said.', 'News / World', '# Heading', '![alt](x.png)', '- item', '\u00a0 \u200b'),
  fc.lorem({ maxCount: 12 }),
);
const articleText = fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\n\n', '\n \n', '\r\n\r\n')), { maxLength: 30 }).map((parts) => parts.map(([l, br]) => l + br).join(''));

describe('properties', () => {
  it('every passage is the exact slice of its file, in order, never overlapping, for any text', () => {
    fc.assert(
      fc.property(articleText, fc.constantFrom('a.txt', 'a.md'), (text, name) => {
        if (text.trim() === '') return;
        let article;
        try {
          article = parseArticle({ name, display: name, bytes: Buffer.from(text) });
        } catch {
          return; // refused input (e.g. an unclosed front-matter fence) is the loader's concern
        }
        let previousEnd = article.bodyStart;
        for (const p of splitArticle(article)) {
          expect(article.source.slice(p.start, p.end)).toBe(p.text);
          expect(p.start).toBeGreaterThanOrEqual(previousEnd);
          expect(p.text.length).toBeGreaterThan(0);
          previousEnd = p.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('any Unicode question gets an answer or an abstention, never an exception', () => {
    const engine = new AnswerEngine(openCorpus(BUNDLED_CORPUS, { cacheDir: null }));
    const passages = new Set(engine.corpus.passages.map((p) => p.text));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }), fc.lorem()), (question) => {
        const answer = engine.ask(question);
        expect(answer.noAnswer).toBe(answer.answers.length === 0);
        for (const a of answer.answers) expect(passages.has(a.passage.text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a huge question is answered from its first part', () => {
    const engine = new AnswerEngine(openCorpus(BUNDLED_CORPUS, { cacheDir: null }));
    const answer = engine.ask(`patriot missile batteries ${'and more words '.repeat(2_000)}`);
    expect(answer.noAnswer).toBe(false);
  });

  it('the lower-case word scanner finds what /\\b[a-z]+\\b/g finds, at the same offsets', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.lorem({ maxCount: 10 }), fc.string({ unit: fc.constantFrom('a', 'Z', '_', '9', ' ', "'", 'é', '-', '.'), maxLength: 40 }));
    fc.assert(
      fc.property(text, (t) => {
        const expected = [...t.matchAll(/\b[a-z]+\b/g)].map((m) => [m.index, m[0]]);
        expect([...lowerWords(t)].map((w) => [w.index, w.word])).toEqual(expected);
      }),
      { numRuns: 600 },
    );
  });
});
