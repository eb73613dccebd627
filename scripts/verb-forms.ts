import irregular from '../src/text/irregular-forms.json' with { type: 'json' };

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
