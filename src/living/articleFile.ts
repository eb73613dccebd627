import { parse as parseYaml, stringify } from 'yaml';
import { CorpusError } from '../corpus/errors.js';
import { idFromName, isArticleFile, parseArticle } from '../corpus/load.js';
import type { Article } from '../corpus/types.js';

/** Articles added from Discord are refused above this many bytes of text. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** An article as a moderator gives it: an attached file, or pasted text. */
export interface ArticleUpload {
  /** The attachment's file name (its extension tells the format), or null for pasted text. */
  fileName: string | null;
  bytes: Uint8Array;
  /** Fields given beside the file; each one wins over the file's own front matter. */
  fields: { title?: string; url?: string; outlet?: string; published?: string };
  /** Who adds it (a Discord user id) and when (ISO date-time). */
  added: { by: string; at: string };
}

/** The file the bot writes for an upload: named by the document id, with the front matter it understood. */
export interface ArticleFile {
  id: string;
  name: string;
  bytes: Buffer;
  article: Article;
}

/** An upload that cannot become an article, with the reason a moderator can act on. */
export class UploadError extends Error {}

/**
 * Validates an upload exactly as the loader would read the file (a problem is
 * named by file and line), then writes it as a Markdown article whose front
 * matter holds the fields given and who added it when. Plain text becomes the
 * body of a Markdown file marked `format: text`; `.md` keeps its front matter,
 * with the given fields over it.
 */
export function articleFileOf(upload: ArticleUpload): ArticleFile {
  if (upload.bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new UploadError(`The article is ${formatBytes(upload.bytes.byteLength)}; articles of up to ${formatBytes(MAX_ARTICLE_BYTES)} of text are accepted.`);
  }
  const name = upload.fileName ?? 'pasted.txt';
  if (!isArticleFile(name)) throw new UploadError(`"${name}" is not an article file: attach a .txt or .md file (Markdown may start with front matter).`);
  const given = parseArticle({ name, display: name, bytes: Buffer.from(upload.bytes) });

  const body = given.source.slice(given.bodyStart);
  const own = given.format === 'markdown' ? frontMatterObject(given.source, given.bodyStart) : {};
  const fields = Object.fromEntries(Object.entries(upload.fields).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const id = (own.id as string | undefined) ?? validId(upload.fileName ? given.id : pastedId(body, fields.title));
  // Plain text keeps being read as plain text (`format: text`), so its passages are those the loader found in the upload.
  const front = { ...own, ...fields, id, ...(given.format === 'text' ? { format: 'text' } : {}), added: upload.added };
  const fileName = `${id}.md`;
  const bytes = Buffer.from(`---\n${stringify(front, { lineWidth: 0 })}---\n${body}`);
  try {
    return { id, name: fileName, bytes, article: parseArticle({ name: fileName, display: fileName, bytes }) };
  } catch (error) {
    // The file's own front matter passed: what fails now is a field given beside it.
    if (error instanceof CorpusError) throw new UploadError(`One of the fields given: ${error.reason}`);
    throw error;
  }
}

/** The front matter of a Markdown article as a plain object (the loader has already checked it). */
function frontMatterObject(source: string, bodyStart: number): Record<string, unknown> {
  const yaml = source.slice(source.indexOf('\n') + 1, source.lastIndexOf('\n', bodyStart - 2) + 1);
  const parsed: unknown = parseYaml(yaml);
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

/** An id for pasted text: its title's words, else its first line's (the headline, as pasted), at most eight. */
function pastedId(body: string, title: string | undefined): string {
  const headline = title ?? body.trim().split('\n')[0]!;
  const words = headline.split(/\s+/u).filter(Boolean).slice(0, 8).join(' ');
  return idFromName(`${words.slice(0, 80)}.md`);
}

/** An id made from a name, cut to what front matter allows (100 characters, starting with a letter or digit). */
function validId(id: string): string {
  const cut = id.slice(0, 100).replace(/[-._]+$/u, '');
  return /^[A-Za-z0-9]/u.test(cut) ? cut : `article-${cut}`.slice(0, 100);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
