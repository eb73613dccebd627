import type { Passage } from '../passages/types.js';
import { passageHash } from '../render/replies.js';
import type { App } from './invocation.js';

/** A quotable passage by id, or by the hash that stands for a long id in a custom id. */
export function findPassage(app: App, ref: string): Passage | null {
  const passage = ref.startsWith('#')
    ? app.corpus.passages.find((p) => passageHash(p.id) === ref.slice(1))
    : app.corpus.passage(ref);
  return passage && passage.section !== 'boilerplate' && passage.section !== 'breadcrumb' ? passage : null;
}
