import { parentPort } from 'node:worker_threads';
import { nearMeanings } from '../text/wordnet.js';
import { Analyzer } from './analyze.js';
import { corpusNearMeanings, type NearEntries, type NearRequest } from './nearMeanings.js';

/** Worker entry (see nearMeaningsBeside): WordNet read once and kept, a table made for each request. */
let wordnet: ReturnType<typeof nearMeanings> | null = null;

parentPort!.on('message', ({ id, request }: { id: number; request: NearRequest }) => {
  wordnet ??= nearMeanings();
  const table: NearEntries = [...corpusNearMeanings(new Analyzer(request.acronyms), new Set(request.terms), wordnet)];
  parentPort!.postMessage({ id, table });
});
