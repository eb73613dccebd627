import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS, PROJECT, tempCorpus } from './helpers.js';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as `npm run --silent cli --` does, without npm's start-up time. */
function cli(args: string[], input?: string): Run {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: PROJECT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CORPUS_DIR: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ANSWER_KEYS = ['question', 'noAnswer', 'answers'];
const QUOTE_KEYS = ['doc', 'passage', 'section', 'text', 'score', 'source', 'attribution', 'caveats'];
const SOURCE_KEYS = ['title', 'outlet', 'url', 'published', 'provenance'];

describe('CLI contract', () => {
  it('npm run --silent cli -- ask --json prints exactly one JSON answer', () => {
    const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'ask', '--json', 'Who is behind the attacks on US forces?'], {
      cwd: PROJECT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expect(Object.keys(answer)).toEqual(ANSWER_KEYS);
    expect(answer.noAnswer).toBe(false);
    expect(answer.answers.length).toBeGreaterThan(0);
    expect(answer.answers.length).toBeLessThanOrEqual(3);
    for (const a of answer.answers) {
      expect(Object.keys(a)).toEqual(QUOTE_KEYS);
      expect(Object.keys(a.source)).toEqual(expect.arrayContaining(SOURCE_KEYS));
      expect(a.source.outlet).toBe('Press TV');
      expect(['headline', 'caption', 'body']).toContain(a.section);
      expect(typeof a.score).toBe('number');
      expect(Array.isArray(a.attribution) && Array.isArray(a.caveats)).toBe(true);
    }
  });

  it('quotes passages verbatim from the corpus', () => {
    const passages = JSON.parse(cli(['passages', '--json']).stdout) as { passage: string; text: string }[];
    const answer = JSON.parse(cli(['ask', '--json', '--limit', '5', 'patriot missile batteries']).stdout);
    for (const a of answer.answers) expect(passages.find((p) => p.passage === a.passage)?.text).toBe(a.text);
  });

  it('answers questions from stdin, one JSON object per line, in order', () => {
    const questions = ['Who is behind the attacks?', 'How do I bake sourdough?', '', 'did britain join the strikes'];
    const result = cli(['ask', '--json', '--limit', '1'], `${questions.join('\n')}\n`);
    expect(result.status).toBe(0);
    const answers = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(answers.map((a) => a.question)).toEqual(questions);
    expect(answers.map((a) => a.noAnswer)).toEqual([false, true, true, false]);
    expect(answers[0].answers).toHaveLength(1);
  });

  it('lists every passage with offsets, boilerplate included', () => {
    const passages = JSON.parse(cli(['passages', '--json']).stdout);
    expect(passages.length).toBe(18);
    expect(passages.filter((p: { section: string }) => p.section === 'boilerplate')).toHaveLength(2);
    expect(Object.keys(passages[0])).toEqual(expect.arrayContaining([...QUOTE_KEYS.filter((k) => k !== 'score'), 'start', 'end']));
  });

  it('lists the sources with their metadata', () => {
    const sources = JSON.parse(cli(['sources', '--json']).stdout);
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ doc: 'presstv-us-iraq-attacks', outlet: 'Press TV', relays: [{ outlet: 'The Washington Post' }] });
    expect(sources[0].provenance.length).toBeGreaterThanOrEqual(5);
    expect(cli(['sources']).stdout).toMatch(/presstv-us-iraq-attacks/);
  });

  it('prints a readable answer without --json, with no colour when not on a terminal', () => {
    const result = cli(['ask', 'did britain join the strikes']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Britain refused to join/);
    expect(result.stdout).toMatch(/Source: Press TV/);
    expect(result.stdout).not.toContain('\u001b[');
    expect(cli(['ask', 'how do i bake sourdough']).stdout).toMatch(/The corpus does not answer this/);
  });

  it.each([
    [['ask', '   '], /question is empty/],
    [['ask', '--limit', '0', 'x'], /--limit must be/],
    [['ask', '--corpus', '/nonexistent/fineprint', 'x'], /corpus directory not found/],
    [['frobnicate'], /unknown command/],
    [['ask', '--bogus'], /Unknown option/],
  ])('refuses %j with one line on stderr and a non-zero exit', (args, message) => {
    const result = cli(args as string[]);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it('names the file and line of a broken corpus file', () => {
    const dir = tempCorpus({ 'broken.md': '---\ntitle: T\nauthor: Someone\n---\nText.\n' });
    const result = cli(['ask', '--corpus', dir, 'anything']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\.md:3: unknown front-matter field "author"/);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers from one document with --doc, and names an unknown one', () => {
    const dir = tempCorpus({
      'harbour.txt': 'Harbour closes\n\nThe harbour closed after the storm on Monday.\n',
      'ferry.txt': 'Ferry returns\n\nThe ferry returned to the harbour after the storm passed.\n',
    });
    const docsOf = (args: string[]) => JSON.parse(cli(['ask', '--json', '--corpus', dir, ...args]).stdout).answers.map((a: { doc: string }) => a.doc);
    expect(docsOf(['when did the harbour close after the storm'])).toContain('harbour');
    expect(docsOf(['--doc', 'ferry', 'when did the harbour close after the storm'])).toEqual(['ferry']);
    const unknown = cli(['ask', '--corpus', dir, '--doc', 'nope', 'anything']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toBe('fineprint: no document "nope"; see the ids with: sources');
  });

  it('reads CORPUS_DIR when no --corpus is given', () => {
    const dir = tempCorpus({ 'a.txt': 'Harbour closes\n\nThe harbour closed after the storm.\n' });
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'sources', '--json'], {
      cwd: PROJECT,
      encoding: 'utf8',
      env: { ...process.env, CORPUS_DIR: dir },
    });
    expect(JSON.parse(result.stdout).map((d: { doc: string }) => d.doc)).toEqual(['a']);
    expect(BUNDLED_CORPUS).not.toBe(dir);
  });
});
