import { readFileSync } from 'node:fs';
import { AnswerEngine } from '../answer/engine.js';
import { CorpusError } from '../corpus/errors.js';
import { listCorpusFiles, parseArticle, readCorpusFiles, type CorpusFile, type ListedFile } from '../corpus/load.js';
import type { Article } from '../corpus/types.js';
import type { CorpusIndex, IngestedDocument } from '../ingest/corpusIndex.js';
import { releaseSourcingMemory } from '../caveats/article.js';
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

/** An article for `prepare` to ingest and throw away. */
const WARM_UP = 'Port reopens\n\nThe port reopened on Monday, officials said, according to a report by a local paper.\n';

/** A file as last seen: its version (see ListedFile), and the document it gave if it loaded. */
interface Seen {
  version: string;
  doc: string | null;
}

/** Where a refresh reports what it did, and what went wrong, for the bot's log. */
export interface ChangeLog {
  changed(change: CorpusChange): void;
  failed(error: CorpusError): void;
  /** Work after a change failed (settling the index, saving it); the corpus keeps serving. */
  afterChangeFailed(error: unknown, what: 'settle' | 'save'): void;
}

export interface LiveOptions {
  /**
   * Saves the corpus with the files it was made from (the serialized index),
   * once changes have settled and the directory is quiet; never while a file
   * fails to load, whose bytes the corpus does not hold.
   */
  save?: (corpus: CorpusIndex, files: CorpusFile[]) => void;
  /** How long the corpus must be unchanged before it is saved. */
  saveAfterMs?: number;
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
  /** Files whose last version did not load. */
  private readonly failing = new Set<string>();
  private saveTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly dir: string,
    corpus: CorpusIndex,
    private readonly log: ChangeLog,
    private readonly options: LiveOptions = {},
    /**
     * The directory as listed before the corpus was read from it: a file changed in between
     * differs from its listing, and the first refresh reads it again.
     */
    listed: readonly ListedFile[] = listCorpusFiles(dir),
  ) {
    this.current = { corpus, engine: new AnswerEngine(corpus) };
    const byFile = new Map(corpus.documents.map((d) => [d.file, d.id]));
    for (const file of listed) this.seen.set(file.name, { version: file.version, doc: byFile.get(file.name) ?? null });
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

  /**
   * Does ahead of the first change what it would otherwise wait for: counting the corpus's names
   * and acronyms, and loading what the sourcing analysis reads. A running bot calls it once it is up.
   */
  prepare(): void {
    this.current.corpus.prepareChanges();
    ingestArticle(parseArticle({ name: 'warm-up.txt', display: 'warm-up.txt', bytes: Buffer.from(WARM_UP) }));
    releaseSourcingMemory();
  }

  /** Stops a pending save; the corpus keeps answering. */
  close(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
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
      this.failing.delete(name);
      if (seen.doc) leaving.add(seen.doc);
    }
    // A file refused because another held its id may load once that other has gone.
    const retry = leaving.size > 0 ? new Set(this.failing) : new Set<string>();
    const loaded: { file: ListedFile; article: Article }[] = [];
    for (const file of listed) {
      const seen = this.seen.get(file.name);
      if (seen?.version === file.version && !retry.has(file.name)) continue;
      this.seen.set(file.name, { version: file.version, doc: seen?.doc ?? null });
      try {
        loaded.push({ file, article: parseArticle({ name: file.name, display: file.display, bytes: readFileSync(file.display) }) });
        this.failing.delete(file.name);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // Gone again since the listing: the next refresh sees it missing.
        if (code === 'ENOENT') continue;
        // A file that could not be read (permissions, a busy disk) is read again at the next refresh.
        if (!(error instanceof CorpusError)) this.seen.get(file.name)!.version = '';
        const failure = error instanceof CorpusError ? error : new CorpusError(file.display, 0, `could not be read (${code ?? (error as Error).message})`);
        change.failed.push(failure);
        this.failing.add(file.name);
      }
    }
    const entering: IngestedDocument[] = [];
    const ids = new Map<string, string>();
    for (const { file, article } of loaded) {
      const owner = corpus.documentById.get(article.id);
      const taken = ids.get(article.id) ?? (owner && owner.file !== file.name && !leaving.has(article.id) ? owner.file : undefined);
      if (taken) {
        change.failed.push(new CorpusError(file.display, 1, `document id "${article.id}" is already used by ${taken}`));
        this.failing.add(file.name);
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
    if (entering.length > 0) releaseSourcingMemory();
    for (const error of change.failed) this.log.failed(error);
    if (entering.length === 0 && change.removed.length === 0) return change;

    const next = corpus.withChange([...change.removed, ...change.replaced], entering);
    this.current = { corpus: next, engine: new AnswerEngine(next) };
    this.settling = next.index.settle().then(
      () => this.saveSoon(),
      // Unsettled, the index still answers, with stale term statistics; the next change settles it again.
      (error: unknown) => this.log.afterChangeFailed(error, 'settle'),
    );
    this.log.changed(change);
    return change;
  }

  private saveSoon() {
    if (!this.options.save) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.settled().then(() => this.saveIfQuiet());
    }, this.options.saveAfterMs ?? 2000);
    this.saveTimer.unref();
  }

  /** Saves only a corpus that is exactly its files: none changed since the last refresh, while or before they are read. */
  private saveIfQuiet() {
    const unchanged = () => {
      const listed = listCorpusFiles(this.dir);
      return listed.length === this.seen.size && listed.every((f) => this.seen.get(f.name)?.version === f.version);
    };
    try {
      if (this.failing.size > 0 || !unchanged()) return;
      const files = readCorpusFiles(this.dir);
      if (unchanged()) this.options.save!(this.current.corpus, files);
    } catch (error) {
      // A file gone between listing and reading, a full disk: the next change saves again.
      this.log.afterChangeFailed(error, 'save');
    }
  }
}
