import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AnswerEngine } from './answer/engine.js';
import { ConfigError, corpusDirFromEnv, debugEnabled } from './config.js';
import { CorpusError } from './corpus/errors.js';
import { answerJson, documentJson, passageJson } from './render/json.js';
import { caveatReport } from './answer/caveatReport.js';
import { answerText, caveatReportText, documentText, passageLines, styleFor } from './render/terminal.js';
import { openCorpus } from './ingest/open.js';
import type { CorpusIndex } from './ingest/corpusIndex.js';

const USAGE = `Usage: fineprint <command> [options]

Commands:
  ask [question]   answer a question by quoting the corpus; with no question, one per line from stdin
  passages         every passage of the corpus, boilerplate included
  sources          the documents and what is known about them
  caveats          a document's passages grouped by caveat kind, with counts
  index            build the serialized search index now (otherwise built on first use)

Options:
  --json           machine-readable output (one JSON object per question for ask)
  --corpus DIR     corpus directory (default: $CORPUS_DIR, else ./corpus)
  --limit N        passages per answer, 1-25 (default 3)
  --doc ID         ask: answer from this document only; caveats: its caveats (default: every document)
  --help           this text`;

/** A problem the person at the terminal can fix; printed as one line, never as a stack trace. */
class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        corpus: { type: 'string' },
        limit: { type: 'string' },
        doc: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}. See --help.`, 2);
  }
  const [command, ...rest] = args.positionals;
  if (args.values.help || !command) {
    (args.values.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return args.values.help ? 0 : 2;
  }

  try {
    const corpusDir = args.values.corpus ?? corpusDirFromEnv();
    const limit = parseLimit(args.values.limit);
    switch (command) {
      case 'ask':
        return await ask(corpusDir, rest.join(' '), rest.length > 0, args.values.json, limit, args.values.doc);
      case 'passages':
        return listPassages(corpusDir, args.values.json);
      case 'sources':
        return listSources(corpusDir, args.values.json);
      case 'index':
        return buildIndex(corpusDir);
      case 'caveats':
        return listCaveats(corpusDir, args.values.doc, args.values.json);
      default:
        throw new UsageError(`unknown command "${command}"; try ask, passages, sources, caveats or index`);
    }
  } catch (error) {
    if (error instanceof CorpusError) return fail(error.line > 0 ? error.message : `${error.file}: ${error.reason}`, 1);
    if (error instanceof UsageError) return fail(error.message, 2);
    if (error instanceof ConfigError) return fail(error.message, 1);
    throw error;
  }
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return 3;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 25) throw new UsageError(`--limit must be a whole number from 1 to 25, not "${value}"`);
  return n;
}

async function ask(corpusDir: string, question: string, given: boolean, json: boolean, limit: number, article: string | undefined): Promise<number> {
  if (given && question.trim() === '') throw new UsageError('the question is empty; ask something, e.g. "Who is behind the attacks?"');
  const corpus = openCorpus(corpusDir);
  checkDocument(corpus, article);
  const engine = new AnswerEngine(corpus);
  const style = styleFor(process.stdout);
  const answerOne = (q: string) => {
    const answer = engine.ask(q.trim(), { limit, article });
    return json ? `${JSON.stringify(answerJson(answer))}\n` : answerText(answer, style, terminalWidth());
  };

  if (given) {
    process.stdout.write(answerOne(question));
    return 0;
  }
  if (process.stdin.isTTY) process.stderr.write('Type a question per line; end with Ctrl-D.\n');
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!process.stdout.write(answerOne(line))) await new Promise((r) => process.stdout.once('drain', r));
  }
  return 0;
}

function listPassages(corpusDir: string, json: boolean): number {
  const corpus = openCorpus(corpusDir);
  const engine = new AnswerEngine(corpus);
  if (json) {
    process.stdout.write(`${JSON.stringify(corpus.passages.map((p) => passageJson(p, engine.source(p.doc)!)), null, 2)}\n`);
    return 0;
  }
  const style = styleFor(process.stdout);
  for (const p of corpus.passages) {
    process.stdout.write(`${passageLines(p, engine.source(p.doc)!, style, terminalWidth()).join('\n')}\n\n`);
  }
  return 0;
}

function listSources(corpusDir: string, json: boolean): number {
  const corpus = openCorpus(corpusDir);
  if (json) process.stdout.write(`${JSON.stringify(corpus.documents.map(documentJson), null, 2)}\n`);
  else for (const doc of corpus.documents) process.stdout.write(documentText(doc, styleFor(process.stdout)));
  return 0;
}

function listCaveats(corpusDir: string, doc: string | undefined, json: boolean): number {
  const corpus = openCorpus(corpusDir);
  checkDocument(corpus, doc);
  const reports = corpus.documents.filter((d) => doc === undefined || d.id === doc).map((d) => caveatReport(corpus, d.id));
  if (json) process.stdout.write(`${JSON.stringify(doc === undefined ? reports : reports[0], null, 2)}\n`);
  else for (const report of reports) process.stdout.write(caveatReportText(report, styleFor(process.stdout), terminalWidth()));
  return 0;
}

function checkDocument(corpus: CorpusIndex, doc: string | undefined): void {
  if (doc !== undefined && !corpus.documentById.has(doc)) throw new UsageError(`no document "${doc}"; see the ids with: sources`);
}

function buildIndex(corpusDir: string): number {
  const started = performance.now();
  const corpus = openCorpus(corpusDir);
  const how = corpus.fromCache ? 'up to date' : 'built';
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`${how}: ${corpus.passages.length} passages from ${corpus.documents.length} documents in ${ms} ms\n`);
  return 0;
}

function terminalWidth(): number {
  return Math.min(process.stdout.columns || 88, 100);
}

function fail(message: string, code: number): number {
  process.stderr.write(`fineprint: ${message}\n`);
  return code;
}

// A closed pipe (`fineprint ask … | head`) ends the output, not the program with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not bad input: still one line for the user, the detail only on request.
    process.stderr.write(`fineprint: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (debugEnabled()) console.error(error);
    process.exitCode = 70;
  },
);
