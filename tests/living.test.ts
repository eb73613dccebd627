import { cpSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/answer/engine.js';
import type { CorpusError } from '../src/corpus/errors.js';
import { parseArticles, readCorpusFiles } from '../src/corpus/load.js';
import { ingest } from '../src/ingest/ingest.js';
import { openCorpus, saveCorpus } from '../src/ingest/open.js';
import { ArticleDesk } from '../src/living/articleDesk.js';
import type { ArticleUpload } from '../src/living/articleFile.js';
import { LiveCorpus, type CorpusChange } from '../src/living/liveCorpus.js';
import { watchCorpus } from '../src/living/watch.js';
import { PROJECT, tempCorpus } from './helpers.js';

const SET_A = join(PROJECT, 'eval/heldout-a');
const SET_B = join(PROJECT, 'eval/heldout-b');
const questionsOf = (set: string) => (JSON.parse(readFileSync(join(set, 'answers.json'), 'utf8')) as { questions: { q: string }[] }).questions.map((q) => q.q);

function quietLog() {
  const changes: CorpusChange[] = [];
  const failures: CorpusError[] = [];
  const log = {
    changed: (c: CorpusChange) => changes.push(c),
    failed: (e: CorpusError) => failures.push(e),
    afterChangeFailed: (e: unknown) => {
      throw e;
    },
  };
  return { changes, failures, log };
}

function openLive(dir: string) {
  const { changes, failures, log } = quietLog();
  const live = new LiveCorpus(dir, ingest(parseArticles(readCorpusFiles(dir))), log);
  return { live, changes, failures };
}

/** What a question gets: the passages in order with their scores, or why there is none. */
function answersOf(engine: AnswerEngine, question: string) {
  const answer = engine.ask(question, { limit: 5 });
  return { noAnswer: answer.noAnswer, reason: answer.reason, passages: answer.answers.map((a) => `${a.passage.id} ${a.score.toFixed(9)}`) };
}

describe('a corpus changed article by article', () => {
  it('answers every question as a fresh build of the same files does', async () => {
    const dir = tempCorpus({});
    cpSync(join(SET_A, 'corpus'), dir, { recursive: true });
    cpSync(join(PROJECT, 'corpus'), dir, { recursive: true });
    const { live, failures } = openLive(dir);

    // Four articles come in, one leaves, one is edited, one is renamed.
    cpSync(join(SET_B, 'corpus'), join(dir, 'later'), { recursive: true });
    rmSync(join(dir, 'meridian-teen-phone-sleep-trial.md'));
    const edited = join(dir, 'bayline-gulls-stadium-vote.md');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nThe Bayline Harbour Authority (BHA) said the vote would be reviewed by the Harbour Authority.\n`);
    renameSync(join(dir, 'eastline-darvania-earthquake.txt'), join(dir, 'quake.txt'));
    const change = await live.refresh();
    await live.settled();

    expect(failures).toEqual([]);
    expect(change.added.sort()).toEqual(['baltic-courier-nordline-rail-strike', 'circuit-weekly-quillpay-breach-fine', 'highland-courier-calder-valley-fire', 'meridian-kastoria-veldmark-expulsions', 'quake']);
    expect(change.removed.sort()).toEqual(['eastline-darvania-earthquake', 'meridian-teen-phone-sleep-trial']);
    expect(change.replaced).toEqual(['bayline-gulls-stadium-vote']);

    const fresh = ingest(parseArticles(readCorpusFiles(dir)));
    expect(live.corpus.documents.map((d) => d.id)).toEqual(fresh.documents.map((d) => d.id));
    expect(live.corpus.passages.map((p) => p.id)).toEqual(fresh.passages.map((p) => p.id));
    const learned = (corpus: typeof fresh) => {
      const json = corpus.index.toJSON();
      return { names: json.names, acronyms: json.acronyms, near: new Map(json.near), words: new Set(json.words.map((w) => w.join(' '))) };
    };
    expect(learned(live.corpus)).toEqual(learned(fresh));

    const engine = new AnswerEngine(fresh);
    const questions = [...questionsOf(SET_A), ...questionsOf(SET_B), 'what did the BHA say', 'who reviews the vote'];
    for (const question of questions) expect(answersOf(live.engine, question), question).toEqual(answersOf(engine, question));
  });

  it('learns a name when a second passage writes it, and forgets it when that passage goes, in the passages already indexed', async () => {
    const dir = tempCorpus({
      'dam.md': '# Dam\n\nKestrel Valley Water warned that the reservoir was low.\n\nThe dam was built in 1962.\n\nJosé Ramírez Holdings owns the city buses, and the City Transit Authority runs them.\n',
      'other.md': '# Rain\n\nRain fell across the north on Tuesday.\n',
    });
    const { live } = openLive(dir);
    const compare = async () => {
      await live.settled();
      const fresh = ingest(parseArticles(readCorpusFiles(dir)));
      expect(live.corpus.index.toJSON().names).toEqual(fresh.index.toJSON().names);
      const engine = new AnswerEngine(fresh);
      for (const question of ['what did kestrel valley water warn', 'kestrel valley water', 'is the reservoir low', 'valley water dam', 'what will the cta buy', 'jose ramirez holdings', 'who runs the buses'])
        expect(answersOf(live.engine, question), question).toEqual(answersOf(engine, question));
      return fresh;
    };
    // Names with accents and apostrophes, and an acronym whose long form's stems differ from its words ("citi").
    writeFileSync(join(dir, 'pipes.md'), "# Pipes\n\nKestrel Valley Water will replace old pipes this year.\n\nJosé Ramírez Holdings said the City Transit Authority (CTA) would buy trams from O'Brien Rail.\n");
    await live.refresh();
    const learned = (await compare()).index.toJSON();
    expect(learned.names).toEqual(expect.arrayContaining([['kestrel', 'valley', 'water'], ['jose', 'ramirez', 'holdings']]));
    expect(learned.acronyms.map((a) => a.short)).toEqual(['cta']);
    expect(live.corpus.index.toJSON().words.filter(([word]) => word.includes(' ')).sort()).toEqual(learned.words.filter(([word]) => word.includes(' ')).sort());
    rmSync(join(dir, 'pipes.md'));
    await live.refresh();
    expect((await compare()).index.toJSON().names).toEqual([]);
  });

  it('keeps the previous version of a file that stops loading, and names the line', async () => {
    const dir = tempCorpus({ 'strike.md': '---\ntitle: Rail strike\n---\nDrivers at Nordline walked out on Monday, the union said.\n' });
    const { live, failures } = openLive(dir);
    writeFileSync(join(dir, 'strike.md'), '---\ntitle: Rail strike\npublished: someday\n---\nDrivers went back to work.\n');
    const change = await live.refresh();
    expect(change.failed.map((e) => e.message)).toEqual([expect.stringMatching(/strike\.md:3: front matter "published"/u)]);
    expect(failures).toHaveLength(1);
    expect(live.engine.ask('when did drivers walk out').answers[0]?.passage.text).toContain('walked out on Monday');

    // Mended, it is served; a second file claiming its id is refused with the file that holds it.
    writeFileSync(join(dir, 'strike.md'), '---\ntitle: Rail strike\n---\nDrivers went back to work on Friday.\n');
    writeFileSync(join(dir, 'copy.md'), '---\nid: strike\n---\nA copy.\n');
    const mended = await live.refresh();
    expect(mended.replaced).toEqual(['strike']);
    expect(mended.failed.map((e) => e.message)).toEqual([expect.stringContaining('document id "strike" is already used by strike.md')]);
    expect(live.engine.ask('when did drivers go back to work').answers[0]?.passage.text).toContain('Friday');
  });

  it('is kept in step with its directory by the watcher: add, change, rename, delete', async () => {
    const dir = tempCorpus({ 'one.md': '# Ferry\n\nThe Calder ferry sailed at dawn, the harbour master said.\n' });
    const { live, changes } = openLive(dir);
    const watcher = watchCorpus(live, { quietMs: 50 });
    const until = async (condition: () => boolean, what: string) => {
      const deadline = Date.now() + 10_000;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error(`the watcher did not pick up: ${what}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const ids = () => live.corpus.documents.map((d) => d.id);
    try {
      writeFileSync(join(dir, 'two.md'), '# Bridge\n\nThe Holloway bridge reopened after repairs, the council said.\n');
      await until(() => ids().includes('two'), 'a new file');
      expect(live.engine.ask('when did the bridge reopen').answers[0]?.passage.doc).toBe('two');

      writeFileSync(join(dir, 'two.md'), '# Bridge\n\nThe Holloway bridge stays shut until spring, the council said.\n');
      await until(() => live.corpus.passagesOf('two').some((p) => p.text.includes('spring')), 'a changed file');

      renameSync(join(dir, 'two.md'), join(dir, 'bridge.md'));
      await until(() => ids().includes('bridge') && !ids().includes('two'), 'a renamed file');

      rmSync(join(dir, 'bridge.md'));
      await until(() => !ids().includes('bridge'), 'a deleted file');
      expect(live.engine.ask('is the holloway bridge shut').noAnswer).toBe(true);
      expect(changes.length).toBeGreaterThanOrEqual(4);
    } finally {
      watcher.close();
    }
  });
});

describe('the article desk', () => {
  const upload = (text: string, fileName: string | null = 'story.md', fields: ArticleUpload['fields'] = {}): ArticleUpload => ({
    fileName,
    bytes: Buffer.from(text),
    fields,
    added: { by: '500000000000000005', at: '2026-12-06T10:00:00.000Z' },
  });
  const story = (id: string, body: string) => `---\nid: ${id}\ntitle: ${id}\n---\n${body}\n`;

  it('two moderators adding at the same moment: both land when they differ; one is told when they clash', async () => {
    const dir = tempCorpus({ 'seed.md': '# Seed\n\nThe seed article says little.\n' });
    const { live } = openLive(dir);
    const desk = new ArticleDesk(live, join(dir, 'added'));
    const [a, b, c] = await Promise.all([
      desk.add(upload(story('tram', 'The tram line opens in May, the city said.'))),
      desk.add(upload(story('canal', 'The canal was dredged last winter, the port said.'))),
      desk.add(upload(story('tram', 'A different tram story, with other words entirely.'))),
    ]);
    expect([a.ok, b.ok, c.ok]).toEqual([true, true, false]);
    expect(!c.ok && c.message).toMatch(/already has a document "tram" \(added\/tram\.md\)/u);
    expect(live.corpus.documents.map((d) => d.id).sort()).toEqual(['canal', 'seed', 'tram']);
    // The same words under another id, however wrapped, are the same text.
    const same = await desk.add(upload(story('tram-again', 'The tram line opens in May,\nthe city said.')));
    expect(!same.ok && same.message).toMatch(/same text is already in the corpus as "tram"/u);
  });

  it('writes what it understood: the given fields over the front matter, who added it and when; plain text stays plain text', async () => {
    const dir = tempCorpus({ 'seed.md': '# Seed\n\nThe seed article says little.\n' });
    const { live } = openLive(dir);
    const desk = new ArticleDesk(live, dir);
    const added = await desk.add(upload('Storm closes ports\n\n- Ports shut at noon, the coastguard said.\n', 'Storm Notes.txt', { outlet: 'Coast Daily', published: '2026-12-05' }));
    expect(added.ok && added.value.document).toMatchObject({ id: 'storm-notes', file: 'storm-notes.md', outlet: 'Coast Daily', format: 'text' });
    const written = readFileSync(join(dir, 'storm-notes.md'), 'utf8');
    expect(written).toMatch(/^---\n[\s\S]*outlet: Coast Daily\n[\s\S]*format: text\nadded:\n {2}by: "500000000000000005"\n {2}at: 2026-12-06T10:00:00.000Z\n---\nStorm closes ports\n/u);
    // Read as the .txt was: the list marker stays part of the passage.
    expect(live.corpus.passagesOf('storm-notes').map((p) => p.text)).toContain('- Ports shut at noon, the coastguard said.');

    const badField = await desk.add(upload('Another story.\n', 'other.txt', { published: 'yesterday' }));
    expect(!badField.ok && badField.message).toMatch(/One of the fields given: front matter "published": expected a date/u);
    const notArticle = await desk.add(upload('x', 'photo.png'));
    expect(!notArticle.ok && notArticle.message).toMatch(/not an article file/u);
    const huge = await desk.add(upload('word '.repeat(300_000), 'huge.txt'));
    expect(!huge.ok && huge.message).toMatch(/1\.4 MB; articles of up to 1\.0 MB/u);
  });

  it('removes a document and its file; what a killed write left behind is cleared at the next start', async () => {
    const dir = tempCorpus({ 'keep.md': '# Keep\n\nThis one stays.\n', 'go.md': '# Go\n\nThis one goes, the editor said.\n', '.fineprint-99-dead.tmp': '---\nid: half', '.fineprint-7-busy.tmp': '---\nid: hal' });
    // One left an hour ago by a killed process; one another shard is writing now.
    utimesSync(join(dir, '.fineprint-99-dead.tmp'), new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    const { live } = openLive(dir);
    const desk = new ArticleDesk(live, dir);
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual(['.fineprint-7-busy.tmp']);
    rmSync(join(dir, '.fineprint-7-busy.tmp'));
    const removed = await desk.remove('go');
    expect(removed.ok).toBe(true);
    expect(readdirSync(dir)).toEqual(['keep.md']);
    expect(live.corpus.documents.map((d) => d.id)).toEqual(['keep']);
    expect((await desk.remove('go')).ok).toBe(false);
  });

  it('saves the changed corpus as its index, which the next start reads instead of ingesting again', async () => {
    const dir = tempCorpus({ 'one.md': '# One\n\nThe first story.\n' });
    const cacheDir = tempCorpus({});
    const { changes, failures, log } = quietLog();
    const live = new LiveCorpus(dir, openCorpus(dir, { cacheDir }), log, { save: (corpus, files) => saveCorpus(dir, corpus, files, { cacheDir }), saveAfterMs: 10 });
    writeFileSync(join(dir, 'two.md'), '# Two\n\nThe second story, about a harbour.\n');
    await live.refresh();
    await live.settled();
    await new Promise((r) => setTimeout(r, 100));
    expect([changes.length, failures.length]).toEqual([1, 0]);
    const reopened = openCorpus(dir, { cacheDir });
    expect(reopened.fromCache).toBe(true);
    expect(reopened.documents.map((d) => d.id)).toEqual(['one', 'two']);
    expect(new AnswerEngine(reopened).ask('what is the second story about').answers[0]?.passage.doc).toBe('two');
  });
});
