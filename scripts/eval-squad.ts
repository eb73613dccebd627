/**
 * Passage retrieval on crowd-written questions (SQuAD v1.1, eval/squad/): the
 * Wikipedia article as one corpus article, each question's paragraph its answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpusFiles, type CorpusFile } from '../src/corpus/load.js';
import { heldoutCorpusFiles, ROOT, scoreAnswers, type AnswerScores, type AnswerSet } from './eval-answers.js';

interface Squad {
  data: { title: string; paragraphs: { context: string; qas: { question: string }[] }[] }[];
}

export interface SquadScores {
  /** The questions asked of their own article. */
  own: AnswerScores;
  /** Share of the questions abstained on when asked of the news corpora, which do not answer them. */
  otherAbstention: number;
}

const SQUAD_FILE = join(ROOT, 'eval', 'squad', 'squad-v1.1-notre-dame.json');
let squad: AnswerSet | null = null;

/** The SQuAD article as an answer set: its paragraphs one article, each question answered by its paragraph. */
export function squadSet(): AnswerSet {
  if (squad) return squad;
  const data = JSON.parse(readFileSync(SQUAD_FILE, 'utf8')) as Squad;
  const files: CorpusFile[] = data.data.map((article) => {
    const text = [article.title.replace(/_/gu, ' '), ...article.paragraphs.map((p) => p.context.trim())].join('\n\n');
    const name = `${article.title.toLowerCase().replace(/[^a-z0-9]+/gu, '-')}.txt`;
    return { name, display: `${SQUAD_FILE}: ${article.title}`, bytes: Buffer.from(`${text}\n`) };
  });
  const questions = data.data.flatMap((a) => a.paragraphs.flatMap((p) => p.qas.map((qa) => ({ q: qa.question, expect: [p.context.trim()] }))));
  return (squad = { files, questions });
}

export function evaluateSquad(): SquadScores {
  const set = squadSet();
  const news: CorpusFile[] = [...readCorpusFiles(join(ROOT, 'corpus')), ...heldoutCorpusFiles()];
  const other = scoreAnswers({ files: news, questions: set.questions.map((q) => ({ q: q.q, kind: 'off-topic' })) });
  return { own: scoreAnswers(set), otherAbstention: other.offTopicAbstention };
}
