import { compareCorpusPaths } from '../corpus/load.js';
import { isQuotable } from '../passages/types.js';
import { STOPWORDS, tokenize } from '../text/words.js';
import { acronymDefinitions } from './acronyms.js';
import type { Acronym, Analyzer } from './analyze.js';
import { countNameRuns, namesOf } from './names.js';
import type { IndexedDocument } from './passageIndex.js';

/** What the vocabulary reads of a document: its file, and the texts of its quotable passages. */
export interface VocabularyTexts {
  file: string;
  texts: readonly string[];
  /** The texts a name may be learned from: headlines are left out (see PassageIndex.build). */
  bodies: readonly string[];
}

export function vocabularyTexts(doc: IndexedDocument): VocabularyTexts {
  const quotable = doc.passages.map((p) => p.passage).filter(isQuotable);
  return { file: doc.file, texts: quotable.map((p) => p.text), bodies: quotable.filter((p) => p.section !== 'headline').map((p) => p.text) };
}

/**
 * What the analyzer learns from the whole corpus, kept as counts so that a
 * document can be added or removed without reading every passage again: each
 * run of capitalised words with the passages that write it, and each
 * document's acronym definitions. Names and acronyms come out as a fresh build
 * of the same files learns them (learnNames, learnAcronyms).
 */
export class CorpusVocabulary {
  private readonly runs = new Map<string, number>();
  /** Acronym definitions by the file that makes them. */
  private readonly definitions = new Map<string, Acronym[]>();

  static of(documents: Iterable<IndexedDocument>): CorpusVocabulary {
    const vocabulary = new CorpusVocabulary();
    for (const doc of documents) vocabulary.add(vocabularyTexts(doc));
    return vocabulary;
  }

  add(doc: VocabularyTexts): void {
    countNameRuns(doc.bodies, this.runs, 1);
    const definitions = doc.texts.flatMap(acronymDefinitions);
    if (definitions.length > 0) this.definitions.set(doc.file, definitions);
  }

  remove(doc: VocabularyTexts): void {
    countNameRuns(doc.bodies, this.runs, -1);
    this.definitions.delete(doc.file);
  }

  names(): string[][] {
    return namesOf(this.runs);
  }

  /** The first definition of each acronym in corpus order, as a fresh build reads the files. */
  acronyms(): Acronym[] {
    const found = new Map<string, Acronym>();
    const files = [...this.definitions.keys()].sort(compareCorpusPaths);
    for (const file of files) for (const acronym of this.definitions.get(file)!) if (!found.has(acronym.short)) found.set(acronym.short, acronym);
    return [...found.values()];
  }
}

/**
 * A name or acronym one analyzer knows and the other does not, as the ways a
 * passage may write it: each a list of terms the passage then holds, every one
 * of them, as the analyzer that indexed it made them.
 */
export type ChangedPhrase = (indexedWith: Analyzer) => string[][];

/** The names and acronyms learned or forgotten between two analyzers. */
export function changedPhrases(before: Analyzer, after: Analyzer): ChangedPhrase[] {
  const changed: ChangedPhrase[] = [];
  const nameKey = (name: readonly string[]) => name.join(' ');
  const acronymKey = (a: Acronym) => `${a.short}=${a.long.join(' ')}`;
  for (const [from, to] of [
    [before, after],
    [after, before],
  ] as const) {
    const names = new Set(to.names.map(nameKey));
    for (const name of from.names) if (!names.has(nameKey(name))) changed.push((analyzer) => [wordTerms(name, analyzer)]);
    const acronyms = new Set(to.acronyms.map(acronymKey));
    for (const acronym of from.acronyms) {
      if (acronyms.has(acronymKey(acronym))) continue;
      const long = tokenize(acronym.longForm).map((t) => t.lower);
      // Its letters as a word, alone or plural ("PMUs"), or its long form's words.
      changed.push((analyzer) => [[analyzer.wordTerm(acronym.short)], [analyzer.wordTerm(`${acronym.short}s`)], [acronym.short], wordTerms(long, analyzer)]);
    }
  }
  return changed;
}

/** The terms an article's text gives for these words: every word but function words and single letters is indexed. */
function wordTerms(words: readonly string[], analyzer: Analyzer): string[] {
  return words.filter((word) => !STOPWORDS.has(word) && (word.length >= 2 || /\d/u.test(word))).map((word) => analyzer.wordTerm(word));
}
