import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CorpusError, lineAt } from './errors.js';
import { parseFrontMatter } from './frontMatter.js';
import type { Article, ArticleMeta } from './types.js';

const ARTICLE_EXTENSIONS = new Map<string, Article['format']>([
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.txt', 'text'],
]);

export interface CorpusFile {
  /** Path relative to the corpus directory, with forward slashes. */
  name: string;
  /** Path as it should appear in messages (the corpus directory joined with the name). */
  display: string;
  bytes: Buffer;
}

/** An article file found under a corpus directory, not yet read. */
export interface ListedFile {
  /** Path relative to the corpus directory, with forward slashes. */
  name: string;
  /** Path as it should appear in messages (the corpus directory joined with the name). */
  display: string;
  /**
   * Size, modification and change times, and inode: a file whose content may have changed
   * differs in one (a copy that keeps the old modification time still changes the others).
   */
  version: string;
}

/** Every article file under a directory, in a stable order. Hidden files and folders are skipped. */
export function readCorpusFiles(dir: string): CorpusFile[] {
  const files = listCorpusFiles(dir).map((file) => ({ name: file.name, display: file.display, bytes: readFileSync(file.display) }));
  if (files.length === 0) throw new CorpusError(dir, 0, 'corpus directory holds no articles (.md, .markdown or .txt)');
  return files;
}

/** The article files under a directory with their sizes and times, for telling which have changed. */
export function listCorpusFiles(dir: string): ListedFile[] {
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw new CorpusError(dir, 0, 'corpus directory not found');
  }
  if (!stat.isDirectory()) throw new CorpusError(dir, 0, 'corpus path is not a directory');

  const files: ListedFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => compareNames(a.name, b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && isArticleFile(entry.name)) {
        // A file may go between the listing and the stat: it is simply not listed.
        const info = statSync(full, { throwIfNoEntry: false });
        if (info) files.push({ name: relative(dir, full).split(sep).join('/'), display: full, version: `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}` });
      }
    }
  };
  walk(dir);
  return files;
}

/**
 * Why files written to a folder would not be read as part of a corpus: it lies outside the corpus
 * directory, or in a hidden folder the listing skips; null when they would be.
 */
export function whyNotInCorpus(corpusDir: string, folder: string): string | null {
  const inside = relative(resolve(corpusDir), resolve(folder));
  if (inside.startsWith('..') || isAbsolute(inside)) return `must be a folder inside the corpus directory (${corpusDir})`;
  if (inside.split(sep).some((part) => part.startsWith('.'))) return 'must not be a hidden folder: the corpus loader skips hidden folders';
  return null;
}

/** Whether a file name has an article's extension (.md, .markdown, .txt). */
export function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.has(extname(name).toLowerCase());
}

const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order in which readCorpusFiles lists files, for paths relative to the corpus directory. */
export function compareCorpusPaths(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareNames(left[i]!, right[i]!);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

/** Parses and validates every file; the first problem found is thrown as a CorpusError. */
export function parseArticles(files: CorpusFile[]): Article[] {
  const byId = new Map<string, string>();
  return files.map((file) => {
    const article = parseArticle(file);
    const previous = byId.get(article.id);
    if (previous) {
      throw new CorpusError(file.display, 1, `document id "${article.id}" is already used by ${previous}`);
    }
    byId.set(article.id, file.display);
    return article;
  });
}

export function parseArticle(file: CorpusFile): Article {
  const source = decodeUtf8(file);
  const nul = source.indexOf('\u0000');
  if (nul !== -1) throw new CorpusError(file.display, lineAt(source, nul), 'contains a NUL character; is this a binary file?');

  const extensionFormat = ARTICLE_EXTENSIONS.get(extname(file.name).toLowerCase()) ?? 'text';
  const frontMatter = extensionFormat === 'markdown' ? parseFrontMatter(file.display, source) : null;
  const format = frontMatter?.format ?? extensionFormat;
  const bodyStart = frontMatter?.bodyStart ?? 0;
  if (source.slice(bodyStart).trim() === '') {
    const where = frontMatter ? lineAt(source, bodyStart) : 1;
    throw new CorpusError(file.display, where, frontMatter ? 'the article has front matter but no text' : 'the file is empty');
  }

  const id = frontMatter?.id ?? idFromName(file.name);
  const meta: ArticleMeta = frontMatter?.meta ?? {
    title: null,
    outlet: null,
    url: null,
    published: null,
    byline: null,
    relays: [],
    provenance: [],
  };
  return { id, file: file.name, format, source, bodyStart, meta };
}

/** A file name made into a document id: `Some Article.txt` → `some-article`. */
export function idFromName(name: string): string {
  const stem = basename(name, extname(name));
  const slug = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  return slug || 'article';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(file: CorpusFile): string {
  try {
    return strictUtf8.decode(file.bytes);
  } catch {
    const offset = firstInvalidUtf8(file.bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (file.bytes[i] === 0x0a) line++;
    const byte = file.bytes[offset]?.toString(16).padStart(2, '0') ?? '??';
    throw new CorpusError(file.display, line, `not valid UTF-8 (byte 0x${byte} at offset ${offset}); save the file as UTF-8`);
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) return i;
    const min = [0, 0x80, 0x800, 0x10000][need]!;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}
