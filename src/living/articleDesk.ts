import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CorpusError } from '../corpus/errors.js';
import { whyNotInCorpus } from '../corpus/load.js';
import type { Document } from '../corpus/types.js';
import { isQuotable, type CaveatKind } from '../passages/types.js';
import { textHash } from '../ingest/ingest.js';
import { articleFileOf, UploadError, type ArticleUpload } from './articleFile.js';
import type { LiveCorpus } from './liveCorpus.js';

/** What an added article became, for the moderator who added it. */
export interface AddedArticle {
  document: Document;
  /** Passages a question can be answered with. */
  passages: number;
  caveats: Partial<Record<CaveatKind, number>>;
}

export type DeskResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Temporary files of an unfinished write: hidden, so the loader and the watcher never read one. */
const TEMPORARY = /^\.fineprint-.*\.tmp$/u;
/** A temporary file this old is no write under way: a write takes milliseconds. */
const ABANDONED_MS = 10 * 60 * 1000;

/**
 * Adding and removing articles from Discord. Files are written whole or not
 * at all (a hidden temporary file, flushed to disk, then linked under its
 * name, which fails rather than overwrite a file another process wrote), and
 * the live corpus takes them in before the moderator is answered. Changes are
 * made one at a time in this process; between processes, the file system
 * decides who was first.
 */
export class ArticleDesk {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly live: LiveCorpus,
    /** Where added articles are written: the corpus directory or a folder inside it. */
    readonly addDir: string,
  ) {
    const notServed = whyNotInCorpus(live.dir, addDir);
    if (notServed) throw new Error(`${addDir} ${notServed}`);
    mkdirSync(addDir, { recursive: true });
    // What a process killed in the middle of a write left behind; not a write under way in another shard.
    for (const name of readdirSync(addDir)) {
      const path = join(addDir, name);
      if (TEMPORARY.test(name) && Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > ABANDONED_MS) rmSync(path, { force: true });
    }
  }

  add(upload: ArticleUpload): Promise<DeskResult<AddedArticle>> {
    return this.oneAtATime(() => this.addNow(upload));
  }

  remove(id: string): Promise<DeskResult<Document>> {
    return this.oneAtATime(() => this.removeNow(id));
  }

  private async addNow(upload: ArticleUpload): Promise<DeskResult<AddedArticle>> {
    let file;
    try {
      file = articleFileOf(upload);
    } catch (error) {
      if (error instanceof UploadError || error instanceof CorpusError) return { ok: false, message: error.message };
      throw error;
    }
    await this.live.refresh();
    const { corpus } = this.live;
    const existing = corpus.documentById.get(file.id);
    if (existing) {
      return { ok: false, message: `The corpus already has a document "${file.id}" (${existing.file}). Remove it first, or give this article another \`id\` in its front matter.` };
    }
    const hash = textHash(file.article);
    const same = corpus.documents.find((d) => d.textHash === hash);
    if (same) return { ok: false, message: `The same text is already in the corpus as "${same.id}" (${same.file}).` };

    const path = join(this.addDir, file.name);
    if (!writeNew(path, file.bytes)) return { ok: false, message: `A file named ${file.name} has just been written by someone else; nothing was changed.` };
    const change = await this.live.refresh();
    const document = this.live.corpus.documentById.get(file.id);
    // The document must be the one written here, not a file the operator dropped in with the same id at that moment.
    if (!document || resolve(this.live.dir, document.file) !== resolve(path)) {
      const why = change.failed.find((e) => resolve(e.file) === resolve(path))?.reason ?? 'it did not load';
      rmSync(path, { force: true });
      return { ok: false, message: `The article could not be added: ${why}` };
    }
    return { ok: true, value: summary(document, this.live) };
  }

  private async removeNow(id: string): Promise<DeskResult<Document>> {
    await this.live.refresh();
    const document = this.live.corpus.documentById.get(id);
    if (!document) return { ok: false, message: `There is no document "${id}" in the corpus (it may have been removed already).` };
    const path = resolve(this.live.dir, document.file);
    try {
      unlinkSync(path);
      syncDirectory(join(path, '..'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { ok: false, message: `The file ${document.file} could not be removed (${(error as NodeJS.ErrnoException).code}).` };
    }
    await this.live.refresh();
    return { ok: true, value: document };
  }

  private oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

function summary(document: Document, live: LiveCorpus): AddedArticle {
  const passages = live.corpus.passagesOf(document.id).filter(isQuotable);
  const caveats: Partial<Record<CaveatKind, number>> = {};
  for (const p of passages) for (const kind of new Set(p.caveats.map((c) => c.kind))) caveats[kind] = (caveats[kind] ?? 0) + 1;
  return { document, passages: passages.length, caveats };
}

/**
 * Writes a file that did not exist, whole or not at all: false if the name is
 * taken. A crash at any point leaves no file or the whole file under its name.
 */
export function writeNew(path: string, bytes: Uint8Array): boolean {
  const dir = join(path, '..');
  const temporary = join(dir, `.fineprint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temporary, 'wx');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
  syncDirectory(dir);
  return true;
}

/** Makes a directory's new or removed entries durable, where the platform allows. */
function syncDirectory(dir: string) {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms cannot open a directory for syncing; the rename is still atomic there.
  }
}
