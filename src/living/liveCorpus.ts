import { readFileSync } from 'node:fs';
import { AnswerEngine } from '../answer/engine.js';
import { CorpusError } from '../corpus/errors.js';
import { listCorpusFiles, parseArticle, type ListedFile } from '../corpus/load.js';
import type { Article } from '../corpus/types.js';
import type { CorpusIndex, IngestedDocument } from '../ingest/corpusIndex.js';
import { ingestArticle } from '../ingest/ingest.js';

/** What became of one refresh of the corpus directory. */
export interface CorpusChange {
  added: string[];
  /** Documents whose file changed and loaded again. */
  replaced: string[];
  removed: string[];
  /** Files that did not load: their previous version, if any, stays in service. */
  failed: CorpusError[];
}

/** A file as last seen: its size and time, and the document it gave if it loaded. */
interface Seen {
  size: number;
  modified: number;
  doc: string | null;
}

/** Where a refresh reports what it did, and what went wrong, for the bot's log. */
export interface ChangeLog {
  changed(change: CorpusChange): void;
  failed(error: CorpusError): void;
}

/**
 * The corpus of a running bot, kept in step with its directory. `refresh`
 * reads what changed since the last look (by size and time), loads each
 * changed file as the loader does, and swaps in the corpus and engine with the
 * change made, in one turn of the event loop: a question asked at any moment
 * is answered from the old corpus or the new one, never from half of a change.
 * A file that does not load is reported with its line, and its previous
 * version stays in service.
 */
export class LiveCorpus {
  private current: { corpus: CorpusIndex; engine: AnswerEngine };
  private readonly seen = new Map<string, Seen>();
  private queue: Promise<unknown> = Promise.resolve();
  private settling: Promise<void> = Promise.resolve();

  constructor(
    readonly dir: string,
    corpus: CorpusIndex,
    private readonly log: ChangeLog,
  ) {
    this.current = { corpus, engine: new AnswerEngine(corpus) };
    const byFile = new Map(corpus.documents.map((d) => [d.file, d.id]));
    for (const file of listCorpusFiles(dir)) this.seen.set(file.name, { size: file.size, modified: file.modified, doc: byFile.get(file.name) ?? null });
  }

  get corpus(): CorpusIndex {
    return this.current.corpus;
  }

  get engine(): AnswerEngine {
    return this.current.engine;
  }

  /** Brings the corpus in step with its directory; refreshes run one at a time, each after the last has settled. */
  refresh(): Promise<CorpusChange> {
    const next = this.queue.then(async () => {
      await this.settling;
      return this.refreshNow();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Resolves once the last change's term statistics and near meanings are those of a fresh build. */
  async settled(): Promise<void> {
    await this.queue;
    await this.settling;
  }

  private refreshNow(): CorpusChange {
    const change: CorpusChange = { added: [], replaced: [], removed: [], failed: [] };
    let listed: ListedFile[];
    try {
      listed = listCorpusFiles(this.dir);
    } catch (error) {
      if (!(error instanceof CorpusError)) throw error;
      change.failed.push(error);
      this.log.failed(error);
      return change;
    }
    const { corpus } = this.current;
    const present = new Set(listed.map((f) => f.name));
    const leaving = new Set<string>();
    for (const [name, seen] of this.seen) {
      if (present.has(name)) continue;
      this.seen.delete(name);
      if (seen.doc) leaving.add(seen.doc);
    }
    const loaded: { file: ListedFile; article: Article }[] = [];
    for (const file of listed) {
      const seen = this.seen.get(file.name);
      if (seen && seen.size === file.size && seen.modified === file.modified) continue;
      this.seen.set(file.name, { size: file.size, modified: file.modified, doc: seen?.doc ?? null });
      try {
        loaded.push({ file, article: parseArticle({ name: file.name, display: file.display, bytes: readFileSync(file.display) }) });
      } catch (error) {
        // Gone again since the listing: the next refresh sees it missing.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        if (!(error instanceof CorpusError)) throw error;
        change.failed.push(error);
      }
    }
    const entering: IngestedDocument[] = [];
    const ids = new Map<string, string>();
    for (const { file, article } of loaded) {
      const owner = corpus.documentById.get(article.id);
      const taken = ids.get(article.id) ?? (owner && owner.file !== file.name && !leaving.has(article.id) ? owner.file : undefined);
      if (taken) {
        change.failed.push(new CorpusError(file.display, 1, `document id "${article.id}" is already used by ${taken}`));
        continue;
      }
      ids.set(article.id, file.name);
      const previous = this.seen.get(file.name)!.doc;
      if (previous && previous !== article.id) leaving.add(previous);
      this.seen.get(file.name)!.doc = article.id;
      entering.push(ingestArticle(article));
    }
    for (const doc of entering) {
      const id = doc.document.id;
      if (corpus.documentById.has(id)) change.replaced.push(id);
      else change.added.push(id);
      leaving.delete(id);
    }
    change.removed = [...leaving].filter((id) => corpus.documentById.has(id));
    for (const error of change.failed) this.log.failed(error);
    if (entering.length === 0 && change.removed.length === 0) return change;

    const next = corpus.withChange([...change.removed, ...change.replaced], entering);
    this.current = { corpus: next, engine: new AnswerEngine(next) };
    this.settling = next.index.settle();
    this.log.changed(change);
    return change;
  }
}
