import { createHash } from 'node:crypto';
import { analyzeArticle, releaseSourcingMemory } from '../caveats/article.js';
import type { Article, Document } from '../corpus/types.js';
import { splitArticle } from '../passages/split.js';
import { PassageIndex } from '../search/passageIndex.js';
import { CorpusIndex, type IngestedDocument } from './corpusIndex.js';
import { ingestInParallel } from './parallel.js';

/**
 * Cuts articles into passages, computes their sourcing, and indexes them.
 * `sourcing: false` skips the attribution and caveat analysis, for measuring what it costs.
 */
export function ingest(articles: readonly Article[], { sourcing = true } = {}): CorpusIndex {
  const ingested = sourcing ? ingestInParallel(articles).ingested : articles.map((article) => ingestArticle(article, { sourcing }));
  releaseSourcingMemory();
  const passages = ingested.flatMap((i) => i.passages);
  return new CorpusIndex(
    ingested.map((i) => i.document),
    passages,
    PassageIndex.build(passages),
    false,
  );
}

/** A hash of an article's words, the same however its lines are wrapped or its front matter written. */
export function textHash(article: Article): string {
  const words = article.source.slice(article.bodyStart).replace(/\s+/gu, ' ').trim().toLowerCase();
  return createHash('sha256').update(words).digest('hex');
}

/** One article cut into passages with their sourcing, ready for an index (see CorpusIndex.withChange). */
export function ingestArticle(article: Article, { sourcing = true } = {}): IngestedDocument {
  const passages = splitArticle(article);
  const outlet = sourcing ? analyzeArticle(article, passages).outlet : article.meta.outlet;
  const title = article.meta.title ?? passages.find((p) => p.section === 'headline')?.text ?? null;
  const document: Document = {
    id: article.id,
    file: article.file,
    format: article.format,
    meta: article.meta,
    title,
    outlet,
    passageCount: passages.length,
    textHash: textHash(article),
  };
  return { document, passages };
}
