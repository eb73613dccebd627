import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';

/** A word or mark of a tagged text, with its offsets in that text and its universal part of speech. */
export interface TaggedToken {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Universal Dependencies tag: PROPN, NOUN, VERB, AUX, ADV, ADP, DET, PRON, PUNCT… */
  pos: string;
}

/**
 * wink-nlp's English model (MIT; bundled in its npm package, nothing fetched at run time), loaded on first
 * use: most passages never need it. It tags about half a million tokens a second, too slow to run over
 * every sentence of a large corpus, so callers tag only the words before a verb whose speaker the
 * word lists did not find.
 */
let nlp: ReturnType<typeof winkNLP> | null = null;
const require = createRequire(import.meta.url);
/** Read with `require`, not imported, so that both can be let go (see releaseTagger). */
const PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model'];

export function tag(text: string): TaggedToken[] {
  if (!nlp) {
    const load = require(PACKAGES[0]!) as typeof winkNLP;
    nlp = load(require(PACKAGES[1]!) as Parameters<typeof winkNLP>[0], ['pos']);
  }
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const result: TaggedToken[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // The model splits contractions ("does" "n't") and may normalise a token: find each where it stands.
    const found = text.indexOf(value, at);
    if (found === -1) continue;
    at = found + value.length;
    result.push({ text: value, lower: value.toLowerCase(), start: found, end: at, pos: tags[i]! });
  }
  return result;
}

/**
 * Lets the tagger and its model go (some 15 MB of heap): a corpus loaded from its index never tags, and one that
 * changes tags only the articles added, each reading the model again (about 0.2 s).
 */
export function releaseTagger(): void {
  nlp = null;
  for (const name of PACKAGES) {
    const folder = `${require.resolve(name).split(`/${name}/`)[0]}/${name}/`;
    for (const file of Object.keys(require.cache)) {
      if (!file.startsWith(folder)) continue;
      // The module that required it keeps it among its children too, and would keep it alive.
      const loaded = require.cache[file]!;
      const siblings = (loaded as { parent?: { children: unknown[] } }).parent?.children;
      if (siblings?.includes(loaded)) siblings.splice(siblings.indexOf(loaded), 1);
      delete require.cache[file];
    }
  }
}
