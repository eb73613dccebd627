import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { CorpusError, lineAt } from './errors.js';
import type { ArticleMeta } from './types.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A calendar date written as ISO 8601 (date, or date and time); `2020-02-30` is refused. */
const isoDate = z.string({ error: 'expected a date such as 2020-03-28 (ISO 8601)' }).refine((value) => {
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}, 'expected a date such as 2020-03-28 (ISO 8601)');

const text = z.string({ error: 'expected text' }).trim().min(1, 'must not be empty');
const url = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

const relay = z.union(
  [text.transform((outlet) => ({ outlet })), z.strictObject({ outlet: text, url: url.optional(), published: isoDate.optional() })],
  { error: 'expected an outlet name, or "outlet" with optional "url" and "published"' },
);

const provenance = z.strictObject({
  note: text,
  source: z.union([text.transform((s) => [s]), z.array(text).min(1)], {
    error: 'expected where the note can be checked: a URL or citation, or a list of them',
  }),
});

const frontMatterSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'expected letters, digits, ".", "_" or "-" (at most 100)')
    .optional(),
  title: text.optional(),
  outlet: text.optional(),
  url: url.optional(),
  published: isoDate.optional(),
  byline: text.optional(),
  relays: z.array(relay).optional(),
  provenance: z.array(provenance).optional(),
  format: z.enum(['markdown', 'text'], { error: 'expected "markdown" or "text" (how the body is read)' }).optional(),
  added: z.strictObject({ by: text, at: isoDate }, { error: 'expected "by" (who added the article) and "at" (when)' }).optional(),
});

export const FRONT_MATTER_FIELDS = Object.keys(frontMatterSchema.shape);

export interface FrontMatter {
  id?: string;
  /** How the body is read, when the front matter says: pasted plain text stays plain text. */
  format?: 'markdown' | 'text';
  meta: ArticleMeta;
  /** Offset of the first character after the closing fence. */
  bodyStart: number;
}

const FENCE = /^---[ \t]*\r?$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/;

/**
 * Reads the YAML block between `---` fences at the top of a Markdown article.
 * Returns null when the file has none. Every problem is reported with the line
 * of the file it is on, counting the fences.
 */
export function parseFrontMatter(file: string, source: string): FrontMatter | null {
  const firstBreak = source.indexOf('\n');
  if (!FENCE.test(firstBreak === -1 ? source : source.slice(0, firstBreak))) return null;

  const yamlStart = firstBreak + 1;
  let pos = yamlStart;
  let yamlEnd = -1;
  let bodyStart = -1;
  while (pos <= source.length) {
    const next = source.indexOf('\n', pos);
    const lineEnd = next === -1 ? source.length : next;
    if (CLOSE.test(source.slice(pos, lineEnd))) {
      yamlEnd = pos;
      bodyStart = next === -1 ? source.length : next + 1;
      break;
    }
    if (next === -1) break;
    pos = next + 1;
  }
  if (yamlEnd === -1) throw new CorpusError(file, 1, 'front matter opened with "---" is never closed');

  const firstYamlLine = 2; // line 1 is the opening fence
  const yamlText = source.slice(yamlStart, yamlEnd);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number) => firstYamlLine + lineCounter.linePos(offset).line - 1;

  const yamlError = doc.errors[0];
  if (yamlError) {
    const reason = yamlError.message.split('\n')[0] ?? 'invalid YAML';
    throw new CorpusError(file, lineOf(yamlError.pos[0]), `front matter is not valid YAML: ${reason}`);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new CorpusError(file, firstYamlLine, 'front matter must be a list of "field: value" lines');
  }
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!FRONT_MATTER_FIELDS.includes(key)) {
        const at = isScalar(pair.key) && pair.key.range ? lineOf(pair.key.range[0]) : firstYamlLine;
        throw new CorpusError(file, at, unknownFieldMessage(key));
      }
    }
  }

  const parsed = frontMatterSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    // A misspelt key also leaves the key it was meant to be missing: report the misspelling.
    const issue = parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const nested = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]!] : path;
    const at = lineOfPath(doc, nested, lineOf) ?? lineAt(source, yamlStart);
    const field = nested.join('.') || 'front matter';
    const reason =
      issue.code === 'unrecognized_keys'
        ? `unknown field "${issue.keys[0]}"`
        : !doc.hasIn(path)
          ? 'is required'
          : issue.message;
    throw new CorpusError(file, at, `front matter "${field}": ${reason}`);
  }

  const fm = parsed.data;
  return {
    id: fm.id,
    format: fm.format,
    bodyStart,
    meta: {
      title: fm.title ?? null,
      outlet: fm.outlet ?? null,
      url: fm.url ?? null,
      published: fm.published ?? null,
      byline: fm.byline ?? null,
      relays: fm.relays ?? [],
      provenance: (fm.provenance ?? []).map((p) => ({ note: p.note, sources: p.source })),
      ...(fm.added ? { added: fm.added } : {}),
    },
  };
}

/** The line of the deepest YAML node that exists along a path. */
function lineOfPath(doc: Document, path: (string | number)[], lineOf: (offset: number) => number): number | null {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      // For a key's value, point at the key's line: the value may start on the next line.
      const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[depth - 1]);
        if (pair && isScalar(pair.key) && pair.key.range) return lineOf(pair.key.range[0]);
      }
      return lineOf(node.range[0]);
    }
  }
  return null;
}

function unknownFieldMessage(key: string): string {
  const close = FRONT_MATTER_FIELDS.map((f) => ({ f, d: editDistance(key.toLowerCase(), f) })).sort((a, b) => a.d - b.d)[0];
  const hint = close && close.d <= 2 ? ` (did you mean "${close.f}"?)` : '';
  return `unknown front-matter field "${key}"${hint}; known fields: ${FRONT_MATTER_FIELDS.join(', ')}`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
