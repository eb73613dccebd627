/**
 * `npm run stance-verbs`: the verbs WordNet files below the senses that take a side on what
 * they name ("endorse", "support", "oppose", "praise", "criticize", "condemn", "accuse", "blame",
 * "urge", "demand", "propose", "promise", "pledge", "vow", "thank", "welcome", "deny",
 * "defend", "applaud", "hail", "commend", "approve", "tout", "champion", and every kind of these, down every level), in the forms
 * a reporter writes them, into src/caveats/stance-verbs.json. "Sanders endorsed Clinton", "the
 * union opposed the bill": a stance its subject takes, attributed to them with no clause after the
 * verb, where a verb of communication ("named 78 partners", "signed the bill") needs one. Kept are
 * the verbs whose most common sense is such a one; kinds are followed among verbs of communication only.
 * A form that is also a noun ("backing", "support") is kept apart, read as a verb only after an auxiliary.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { readSenses, readSynsets } from '../src/text/wordnet.js';
import { formsNoNounShares, kindsOf, verbForms } from './verb-forms.js';

const SEEDS = [
  'v:02459338', // back, endorse
  'v:02562643', // second, back, endorse
  'v:02561834', // support, back up
  'v:00777876', // oppose
  'v:00858506', // praise
  'v:00828170', // criticize
  'v:00865823', // condemn
  'v:00844668', // accuse
  'v:00845147', // charge, accuse
  'v:00844217', // blame
  'v:00767694', // urge, press, exhort
  'v:00876672', // recommend, urge, advocate
  'v:00756987', // demand
  'v:00876925', // propose, suggest
  'v:00885532', // promise, assure
  'v:00886061', // pledge
  'v:00888280', // vow
  'v:00893836', // thank
  'v:00902346', // welcome
  'v:00818217', // deny
  'v:00896689', // defend, support
  'v:00863593', // applaud
  'v:00863389', // acclaim, hail
  'v:00883916', // commend
  'v:00808164', // approve, sanction
  'v:00973492', // tout
  'v:01151604', // champion, defend
];

/** WordNet's lexicographer file of verbs of communication (verb.communication). */
const COMMUNICATION = 32;
/**
 * Views: believing, thinking, wanting, hoping, fearing, expecting, doubting, knowing, liking. What such a verb names
 * is the view its subject holds, with or without "that" ("economists believe the plan will fail", "voters want
 * change"). The senses only, not their kinds (which include "rethink", "daydream").
 */
const VIEW_SEEDS = [
  'v:00685199', // believe
  'v:00691086', // think, believe
  'v:00633399', // think, opine, suppose
  'v:01829179', // desire, want
  'v:01830665', // hope, trust, desire
  'v:01784548', // fear
  'v:01775456', // feel, experience
  'v:00721658', // expect, anticipate
  'v:00689196', // doubt
  'v:01771015', // worry
  'v:00596016', // know
  'v:01828678', // wish, like
  'v:01778057', // hate, detest
  'v:01830440', // prefer
  'v:02245263', // seek (try to get)
];
/**
 * Lemmas of those senses that news mostly writes for an act or a fact, or in another part of speech: "will consider
 * the application", "experience a delay", "trust a bank", "feel the cold", "knows the harbour", "Democrats like
 * Reyes". Before a clause ("feel that…") they are still read as stance.
 */
const VIEW_ACTS = new Set(['consider', 'conceive', 'imagine', 'experience', 'care', 'trust', 'cognize', 'cognise', 'anticipate', 'feel', 'know', 'like']);

// Kinds are followed among verbs of communication only: those of "support" are acts ("aid", "lease", "mother").
const kept = kindsOf(readSynsets('v'), SEEDS, (kind) => kind.lexFile === COMMUNICATION);
/** Kinds that are acts or forms, not a side taken: signing ("initial", "countersign"), binding ("betroth", "guarantee"), excusing ("palliate"). */
const ACTS = new Set(
  'autograph ink initial countersign undersign visa underwrite contract specify stipulate mind except scald guarantee affiance betroth plight mitigate extenuate palliate rationalize proposition deter subvent subvention second ensky canonise'.split(' '),
);
const senses = readSenses('v');
const lemmasOf = (wanted: ReadonlySet<string>, left: ReadonlySet<string>) =>
  [...senses].filter(([lemma, ss]) => /^[a-z]+$/u.test(lemma) && wanted.has(ss[0]!) && !left.has(lemma)).map(([lemma]) => lemma);
const verbs = lemmasOf(kept, ACTS);
const views = lemmasOf(new Set(VIEW_SEEDS), VIEW_ACTS);
const nouns = readSenses('n');
const forms = formsNoNounShares(verbs, nouns);
// The forms left out as nouns are verbs after an auxiliary: "is backing Clinton", "has long supported".
const shared = [...new Set(verbs.flatMap((verb) => verbForms(verb)))].filter((form) => !forms.includes(form));
const afterAuxiliary = shared.filter((form) => !/s$/u.test(form)).sort();
// Those in -s are verbs after one subject, a name or "he", "she" or "it": "Cruz supports", "she backs"; not "income supports".
const afterSubject = shared.filter((form) => /s$/u.test(form)).sort();
// Every form of a view: after its subject ("voters want", "she hopes") the verb is told from the noun ("the hope of") where it is read.
const viewForms = [...new Set(views.flatMap((verb) => verbForms(verb)))].sort();
writeFileSync(
  join(PROJECT_ROOT, 'src', 'caveats', 'stance-verbs.json'),
  `${JSON.stringify({ $comment: 'Generated by scripts/stance-verbs.ts from WordNet 3.1 (kinds of endorse, support, oppose, praise, criticize, condemn, accuse, blame, urge, demand, propose, promise, pledge, vow, thank, welcome, deny, defend, applaud, hail, commend, approve, tout, champion; views: believe, think, want, hope, fear, expect, doubt, worry, hate, prefer, seek); do not edit.', verbs, forms, afterAuxiliary, afterSubject, views, viewForms }, null, 1)}\n`,
);
console.log(`${views.length} views (${views.join(', ')}), ${verbs.length} verbs, ${forms.length + viewForms.length} forms written to src/caveats/stance-verbs.json: ${verbs.join(', ')}`);
