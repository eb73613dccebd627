import { compareCorpusPaths } from '../corpus/load.js';
import { isQuotable } from '../passages/types.js';
import { STOPWORDS, tokenize } from '../text/words.js';
import { acronymDefinitions } from './acronyms.js';
import { nameTerm, type Acronym, type Analyzer } from './analyze.js';
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

/** A name or acronym one analyzer knows and the other does not. */
interface ChangedPhrase {
  /** Terms that find the passages that may write it: any passage writing it holds one. */
  terms(before: Analyzer, after: Analyzer): string[];
  /**
   * Whether a passage's text (lower case) may write it: false only when it surely does not. Of the
   * thousands of passages holding a common first word, this keeps the few to index again.
   */
  mayHold(text: string): boolean;
}

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
    for (const name of from.names) {
      if (names.has(nameKey(name))) continue;
      const words = name.filter((word) => !STOPWORDS.has(word));
      changed.push({ terms: (b, a) => nameTerms(name, b, a), mayHold: (text) => words.every((word) => text.includes(word)) });
    }
    const acronyms = new Set(to.acronyms.map(acronymKey));
    for (const acronym of from.acronyms) {
      if (acronyms.has(acronymKey(acronym))) continue;
      // A long form is matched by its words' stems, and a stem begins (nearly always) as its word does.
      const starts = acronym.long.map((term) => term.slice(0, 4));
      changed.push({
        terms: (b, a) => acronymTerms(acronym, b, a),
        mayHold: (text) => text.includes(acronym.short) || starts.every((start) => text.includes(start)),
      });
    }
  }
  return changed;
}

/** A passage writing a name holds its first word's term, and its own term once the name is known. */
function nameTerms(name: readonly string[], ...analyzers: Analyzer[]): string[] {
  const first = name.find((word) => !STOPWORDS.has(word)) ?? name[0]!;
  return [nameTerm(name.join(' ')), ...analyzers.map((a) => a.wordTerm(first))];
}

/** A passage writing an acronym holds its letters (as a stem, an acronym, or a plural "PMUs"), or its long form's first word. */
function acronymTerms(acronym: Acronym, ...analyzers: Analyzer[]): string[] {
  const firstWord = tokenize(acronym.longForm)[0]?.lower;
  return [
    acronym.short,
    acronym.long[0]!,
    ...analyzers.flatMap((a) => [a.wordTerm(acronym.short), a.wordTerm(`${acronym.short}s`), ...(firstWord ? [a.wordTerm(firstWord)] : [])]),
  ];
}
