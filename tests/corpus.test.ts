import { describe, expect, it } from 'vitest';
import { CorpusError } from '../src/corpus/errors.js';
import { parseArticles, readCorpusFiles } from '../src/corpus/load.js';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticCorpus } from '../scripts/synthetic.js';
import { PROJECT_ROOT } from '../src/config.js';
import { ingestArticle } from '../src/ingest/ingest.js';
import { ingestInParallel } from '../src/ingest/parallel.js';
import { tempCorpus } from './helpers.js';

const BUNDLED = join(PROJECT_ROOT, 'corpus');

function loadError(files: Record<string, string | Uint8Array>): CorpusError {
  const dir = tempCorpus(files);
  try {
    parseArticles(readCorpusFiles(dir));
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return error as CorpusError;
  }
  throw new Error('expected the corpus to be refused');
}

const article = (frontMatter: string) => `---\n${frontMatter}\n---\nHeadline\n\nBody text of the article.\n`;

describe('corpus loader', () => {
  it('reads front matter into metadata', () => {
    const dir = tempCorpus({
      'a.md': article(
        'title: A title\noutlet: Example Daily\nurl: https://example.com/a\npublished: 2020-03-28\nrelays:\n  - Reuters\n  - outlet: The Example Post\n    url: https://post.example/x\nprovenance:\n  - note: Owned by a state broadcaster.\n    source: https://example.org/facts',
      ),
    });
    const [a] = parseArticles(readCorpusFiles(dir));
    expect(a!.id).toBe('a');
    expect(a!.meta).toMatchObject({
      title: 'A title',
      outlet: 'Example Daily',
      url: 'https://example.com/a',
      published: '2020-03-28',
      relays: [{ outlet: 'Reuters' }, { outlet: 'The Example Post', url: 'https://post.example/x' }],
      provenance: [{ note: 'Owned by a state broadcaster.', sources: ['https://example.org/facts'] }],
    });
    expect(a!.source.slice(a!.bodyStart)).toBe('Headline\n\nBody text of the article.\n');
  });

  it('names the file and line of an unknown field, with a suggestion', () => {
    const e = loadError({ 'bad.md': article('title: T\noutlett: Example Daily') });
    expect(e.file).toMatch(/bad\.md$/);
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/unknown front-matter field "outlett" \(did you mean "outlet"\?\)/);
  });

  it('names the line of a mistyped field', () => {
    const e = loadError({ 'typed.md': article('title: T\nrelays: 5') });
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/"relays"/);
  });

  it('names the line of a nested mistake', () => {
    const e = loadError({ 'nested.md': article('title: T\nprovenance:\n  - note: A note\n    sorce: x') });
    expect(e.line).toBe(5);
    expect(e.message).toMatch(/unknown field "sorce"/);
  });

  it.each([['2020-02-30'], ['March 3, 2020'], ['2020-13-01'], ['20200301']])('refuses the date %s', (date) => {
    const e = loadError({ 'date.md': article(`title: T\npublished: ${date}`) });
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/published.*date/);
  });

  it('refuses a URL that is not http(s)', () => {
    expect(loadError({ 'u.md': article('url: ftp://example.com/a') }).message).toMatch(/url.*http/);
  });

  it('reports YAML syntax errors at their line', () => {
    const e = loadError({ 'yaml.md': article('title: T\noutlet: [unclosed') });
    expect(e.message).toMatch(/not valid YAML/);
    expect(e.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses an unclosed front-matter fence', () => {
    const e = loadError({ 'open.md': '---\ntitle: T\n\nText that never closes the fence.\n' });
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/never closed/);
  });

  it('refuses empty files and front matter without text', () => {
    expect(loadError({ 'empty.txt': '  \n\n' }).message).toMatch(/empty/);
    const e = loadError({ 'only.md': '---\ntitle: T\n---\n\n' });
    expect(e.message).toMatch(/no text/);
    expect(e.line).toBe(4);
  });

  it('names the line of the first byte that is not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('line one\nline two\nbad '), Buffer.from([0xff, 0xfe]), Buffer.from(' here\n')]);
    const e = loadError({ 'latin.txt': bytes });
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/not valid UTF-8 \(byte 0xff/);
  });

  it('refuses duplicate document ids, naming both files', () => {
    const e = loadError({ 'a.md': article('title: A'), 'b.md': article('id: a\ntitle: B') });
    expect(e.file).toMatch(/b\.md$/);
    expect(e.message).toMatch(/document id "a" is already used by .*a\.md/);
  });

  it('refuses a directory that does not exist or holds no articles', () => {
    expect(() => readCorpusFiles('/nonexistent/fineprint')).toThrow(/not found/);
    expect(() => readCorpusFiles(tempCorpus({ 'notes.json': '{}' }))).toThrow(/no articles/);
  });

  it('makes ids from file names and reads sub-folders in a stable order', () => {
    const dir = tempCorpus({ 'b/Second Story.txt': 'Text two.\n', 'a/First Story.txt': 'Text one.\n', '.hidden.txt': 'x' });
    expect(parseArticles(readCorpusFiles(dir)).map((a) => a.id)).toEqual(['first-story', 'second-story']);
  });
});

describe('ingest shared among threads', () => {
  it('gives every passage the chain and caveats one thread gives it, in the same order', () => {
    const dir = tempCorpus({});
    writeSyntheticCorpus(dir, 240);
    const articles = parseArticles([...readCorpusFiles(dir), ...readCorpusFiles(BUNDLED)]);
    const alone = articles.flatMap((article) => ingestArticle(article).passages);
    // Two shares: the main thread's and, where the machine has a second core, a helper thread's.
    const { ingested, helped } = ingestInParallel(articles, Math.floor(articles.length / 2));
    expect(helped).toBe(availableParallelism() > 1 ? 1 : 0);
    expect(ingested.flatMap((i) => i.passages)).toEqual(alone);
    expect(alone.some((p) => p.attribution.length > 1 && p.caveats.length > 0)).toBe(true);
  });
});
