import { analyzeArticle } from '../caveats/article.js';
import type { Article, Document } from '../corpus/types.js';
import { splitArticle } from '../passages/split.js';
import type { Passage } from '../passages/types.js';
import { PassageIndex } from '../search/passageIndex.js';
import { CorpusIndex } from './corpusIndex.js';

/**
 * Cuts articles into passages, computes their sourcing, and indexes them.
 * `sourcing: false` skips the attribution and caveat analysis, for measuring what it costs.
 */
export function ingest(articles: readonly Article[], { sourcing = true } = {}): CorpusIndex {
  const passages: Passage[] = [];
  const documents: Document[] = articles.map((article) => {
    const own = splitArticle(article);
    const outlet = sourcing ? analyzeArticle(article, own).outlet : article.meta.outlet;
    passages.push(...own);
    const title = article.meta.title ?? own.find((p) => p.section === 'headline')?.text ?? null;
    return { id: article.id, file: article.file, format: article.format, meta: article.meta, title, outlet, passageCount: own.length };
  });
  return new CorpusIndex(documents, passages, PassageIndex.build(passages), false);
}
