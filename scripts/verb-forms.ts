import irregular from '../src/text/irregular-forms.json' with { type: 'json' };
import type { Synset } from '../src/text/wordnet.js';

const irregularForms = new Map<string, string[]>();
for (const [form, base] of Object.entries(irregular.forms)) irregularForms.set(base, [...(irregularForms.get(base) ?? []), form]);

/** A verb's written forms: its irregular ones where WordNet lists them, else English's regular endings. */
export function verbForms(verb: string): string[] {
  // "agree" keeps its e before -ing ("agreeing"), "argue" drops it ("arguing").
  const stem = verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) : /[^aeiou][aeiou][bdgmnpt]$/u.test(verb) && verb.length <= 4 ? verb + verb.at(-1) : verb;
  const third = /(?:s|sh|ch|x|z)$/u.test(verb) ? `${verb}es` : /[^aeiou]y$/u.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const past = irregularForms.get(verb) ?? [/[^aeiou]y$/u.test(verb) ? `${verb.slice(0, -1)}ied` : verb.endsWith('e') ? `${verb}d` : `${stem}ed`];
  return [verb, third, `${stem}ing`, ...past];
}

/** Every form of the verbs, less the forms a noun shares when the verb is a noun too ("a boast", "the support"): its past and -ing forms only. */
export function formsNoNounShares(verbs: readonly string[], nouns: ReadonlyMap<string, unknown>): string[] {
  return [...new Set(verbs.flatMap((verb) => verbForms(verb).filter((form, i) => !nouns.has(verb) || (i >= 2 && !nouns.has(form)))))].sort();
}

/** The seed senses and all their kinds (hyponyms, down every level) that `follow` admits. */
export function kindsOf(synsets: ReadonlyMap<string, Synset>, seeds: readonly string[], follow: (kind: Synset) => boolean = () => true): Set<string> {
  const kept = new Set<string>();
  const stack = [...seeds];
  while (stack.length > 0) {
    const sense = stack.pop()!;
    if (kept.has(sense)) continue;
    kept.add(sense);
    for (const pointer of synsets.get(sense)!.pointers) if (pointer.symbol === '~' && follow(synsets.get(pointer.target)!)) stack.push(pointer.target);
  }
  return kept;
}
