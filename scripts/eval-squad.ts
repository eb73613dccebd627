/**
 * Passage retrieval on crowd-written questions (SQuAD v1.1, eval/squad/): the
 * Wikipedia article as one corpus article, each question's paragraph its answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpusFiles, type CorpusFile } from '../src/corpus/load.js';
import { ROOT, scoreAnswers, type AnswerScores } from './eval-answers.js';

interface Squad {
  data: { title: string; paragraphs: { context: string; qas: { question: string }[] }[] }[];
}

export interface SquadScores {
  /** The questions asked of their own article. */
  own: AnswerScores;
  /** Share of the questions abstained on when asked of the news corpora, which do not answer them. */
  otherAbstention: number;
}

export function evaluateSquad(file = join(ROOT, 'eval', 'squad', 'squad-v1.1-notre-dame.json')): SquadScores {
  const squad = JSON.parse(readFileSync(file, 'utf8')) as Squad;
  const files: CorpusFile[] = squad.data.map((article) => {
    const text = [article.title.replace(/_/gu, ' '), ...article.paragraphs.map((p) => p.context.trim())].join('\n\n');
    const name = `${article.title.toLowerCase().replace(/[^a-z0-9]+/gu, '-')}.txt`;
    return { name, display: `${file}: ${article.title}`, bytes: Buffer.from(`${text}\n`) };
  });
  const questions = squad.data.flatMap((a) => a.paragraphs.flatMap((p) => p.qas.map((qa) => ({ q: qa.question, expect: [p.context.trim()] }))));
  const news: CorpusFile[] = [
    ...readCorpusFiles(join(ROOT, 'corpus')),
    ...readdirSync(join(ROOT, 'eval'))
      .filter((name) => name.startsWith('heldout-'))
      .flatMap((name) => readCorpusFiles(join(ROOT, 'eval', name, 'corpus'))),
  ];
  const other = scoreAnswers({ files: news, questions: questions.map((q) => ({ q: q.q, kind: 'off-topic' })) });
  return { own: scoreAnswers({ files, questions }), otherAbstention: other.offTopicAbstention };
}
