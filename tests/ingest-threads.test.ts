import { availableParallelism } from 'node:os';
import { describe, expect, it, vi } from 'vitest';

// Threads that cannot start: the share falls back to the main thread.
vi.mock('node:worker_threads', async (original) => ({
  ...(await original<typeof import('node:worker_threads')>()),
  Worker: class {
    constructor() {
      throw new Error('no threads here');
    }
  },
}));

const { parseArticles, readCorpusFiles } = await import('../src/corpus/load.js');
const { ingestArticle } = await import('../src/ingest/ingest.js');
const { ingestInParallel } = await import('../src/ingest/parallel.js');
const { writeSyntheticCorpus } = await import('../scripts/synthetic.js');
const { tempCorpus } = await import('./helpers.js');

describe('ingest when helper threads fail', () => {
  it('analyses their shares on the main thread, with a warning that says why', () => {
    const dir = tempCorpus({});
    writeSyntheticCorpus(dir, 120);
    const articles = parseArticles(readCorpusFiles(dir));
    const warnings: string[] = [];
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation((warning: string | Error) => {
      warnings.push(String(warning));
    });
    try {
      // Two shares; on a machine of one core no helper is started, and nothing needs saying.
      const { ingested, helped } = ingestInParallel(articles, Math.floor(articles.length / 2));
      expect(helped).toBe(0);
      expect(ingested.flatMap((i) => i.passages)).toEqual(articles.flatMap((a) => ingestArticle(a).passages));
      expect(warnings).toHaveLength(availableParallelism() > 1 ? 1 : 0);
      for (const warning of warnings) expect(warning).toMatch(/could not analyse .*no threads here/u);
    } finally {
      warn.mockRestore();
    }
  });
});
