import type { Answer, QuotedPassage, SourceCard } from '../answer/types.js';
import type { Passage } from '../passages/types.js';
import type { Document } from '../corpus/types.js';

/** The CLI's JSON contract. Field names and order are relied on by other tools: change them only with the README. */
export function answerJson(answer: Answer) {
  return {
    question: answer.question,
    noAnswer: answer.noAnswer,
    answers: answer.answers.map(quotedPassageJson),
  };
}

function quotedPassageJson({ passage, score, source }: QuotedPassage) {
  const { doc, id, section, text } = passage;
  return { doc, passage: id, section, text, score: round(score), source: sourceJson(source), ...sourcing(passage) };
}

export function passageJson(passage: Passage, source: SourceCard) {
  const { doc, id, section, text, start, end, paragraph } = passage;
  return { doc, passage: id, section, text, start, end, paragraph, source: sourceJson(source), ...sourcing(passage) };
}

function sourcing(passage: Passage) {
  return { attribution: passage.attribution, caveats: passage.caveats };
}

function sourceJson(source: SourceCard) {
  const { title, outlet, url, published, provenance, relays } = source;
  return { title, outlet, url, published, provenance, relays };
}

export function documentJson(doc: Document) {
  return {
    doc: doc.id,
    file: doc.file,
    format: doc.format,
    title: doc.title,
    outlet: doc.outlet,
    url: doc.meta.url,
    published: doc.meta.published,
    byline: doc.meta.byline,
    relays: doc.meta.relays,
    provenance: doc.meta.provenance,
    passages: doc.passageCount,
  };
}

function round(score: number): number {
  return Math.round(score * 1e4) / 1e4;
}
