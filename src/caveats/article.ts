import { releaseTagger } from './tagger.js';
import { forgetWordClasses } from './word-classes.js';
import type { Article } from '../corpus/types.js';
import { isQuotable, type Passage } from '../passages/types.js';
import { specificity } from '../text/specificity.js';
import { stem, STOPWORDS, tokenize } from '../text/words.js';
import { analyzePassage } from './detect.js';
import { articleNames, forgetFirstNames } from './person-names.js';

/** Words every caption uses about the photo itself, which say nothing of its subject. */
const PHOTO_WORDS = new Set(['picture', 'photo', 'photograph', 'image', 'taken', 'shows', 'show', 'file', 'handout', 'left', 'right', 'center', 'centre', 'pictured']);

/**
 * Computes, once at ingest, each passage's attribution chain and caveats, and
 * the document's outlet when its front matter does not give one.
 */
export function analyzeArticle(article: Article, passages: Passage[]): { outlet: string | null } {
  const outlet = article.meta.outlet ?? outletFromBoilerplate(passages);
  const relays = article.meta.relays.map((r) => r.outlet);
  // The body's words are gathered only for an article that has captions to compare with them.
  let body: Set<string> | null = null;
  // Whom a "he said" stands for, carried from passage to passage in reading order.
  let lastPerson: (pronoun: string) => string | null = () => null;
  // What the article tells of its names ("Hillary Clinton" makes "Clinton" a she), read when a pronoun first asks; not
  // from a headline, which may capitalise every word ("Trump Says Ohio Rally Went Well").
  const names = articleNames(passages.filter((p) => isQuotable(p) && p.section !== 'headline').map((p) => p.text));

  for (const passage of passages) {
    if (!isQuotable(passage)) {
      passage.attribution = [outlet ?? 'unknown outlet'];
      continue;
    }
    let captionRelatedness: number | undefined;
    if (passage.section === 'caption') {
      body ??= new Set(passages.filter((p) => p.section === 'body').flatMap((p) => contentStems(p.text)));
      if (body.size > 0) captionRelatedness = relatedness(passage.text, body);
    }
    const sourcing = analyzePassage(passage.text, { section: passage.section, outlet, relays, captionRelatedness, lastPerson, names });
    passage.attribution = sourcing.attribution;
    passage.caveats = sourcing.caveats;
    lastPerson = sourcing.personFor;
  }
  return { outlet };
}

/** Share of a text's information (its words weighted by how telling they are) that the body also holds. */
export function relatedness(text: string, body: ReadonlySet<string>): number {
  let total = 0;
  let shared = 0;
  for (const word of new Set(contentStems(text))) {
    const weight = specificity(word);
    total += weight;
    if (body.has(word)) shared += weight;
  }
  return total === 0 ? 1 : shared / total;
}

export function contentStems(text: string): string[] {
  const stems: string[] = [];
  for (const { lower } of tokenize(text)) {
    if (lower.length < 2 || STOPWORDS.has(lower) || PHOTO_WORDS.has(lower) || /\d/u.test(lower)) continue;
    stems.push(stem(lower));
  }
  return stems;
}

/** An outlet names itself in its furniture: "Press TV’s website…", "© 2024 Example News", "Copyright Example Daily". */
const SELF_NAMED = [
  /^(.{2,40}?)[’']s? (?:website|site|app|apps|channel|service|newsletter|programmes|programs|podcast)\b/u,
  /^©\s*(?:\d{4}\s*)?([^.,|]{2,40})/u,
  /^copyright\s+(?:©\s*)?(?:\d{4}\s*)?([^.,|]{2,40})/iu,
];

export function outletFromBoilerplate(passages: readonly Passage[]): string | null {
  for (const p of passages) {
    if (p.section !== 'boilerplate') continue;
    for (const pattern of SELF_NAMED) {
      const name = pattern.exec(p.text.trim())?.[1]?.trim();
      if (name && /^\p{Lu}/u.test(name)) return name;
    }
  }
  return null;
}

/**
 * Lets go of what the sourcing analysis read to analyse articles (the tagger's model, WordNet's
 * files and the answers kept from them, the first names), once a batch of articles is analysed.
 */
export function releaseSourcingMemory(): void {
  releaseTagger();
  forgetWordClasses();
  forgetFirstNames();
}
