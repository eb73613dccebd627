import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerKinds, answerType, echoesQuestion, type AnswerType } from '../src/answer/answerTypes.js';
import { AnswerEngine } from '../src/answer/engine.js';
import { learnAcronyms } from '../src/search/acronyms.js';
import { learnNames } from '../src/search/names.js';
import { Postings } from '../src/search/postings.js';
import { Analyzer } from '../src/search/analyze.js';
import { nearMeanings } from '../src/text/wordnet.js';
import { CorpusIndex } from '../src/ingest/corpusIndex.js';
import { openCorpus } from '../src/ingest/open.js';
import { dot, featureVector, learnedModel } from '../src/ranking/model.js';
import fc from 'fast-check';
import { BUNDLED_CORPUS, PROJECT, STRIKE_STORIES, tempCorpus } from './helpers.js';

const HARBOUR = `---
title: Port strike ends after wage deal
outlet: Coastal Herald
---
Port strike ends after wage deal

Dock workers at the Northern Container Terminal (NCT) returned to work on Monday after a two-week strike.

The union said the new contract raises wages by six percent over three years.

British shipping firms had warned that the stoppage was costing them millions of pounds a day.

The government welcomed the agreement and said it would review safety rules at the terminal.
`;

const VACCINE = `---
title: Measles cases rise in the capital
outlet: Health Wire
---
Measles cases rise in the capital

Health officials reported 40 new measles cases this week, most of them in children under five.

The ministry urged parents to check that their children had received both doses of the vaccine.
`;

function engineFor(files: Record<string, string>) {
  return new AnswerEngine(openCorpus(tempCorpus(files), { cacheDir: null }));
}
const top = (engine: AnswerEngine, q: string) => engine.ask(q).answers[0]?.passage.text ?? null;

describe('analysis', () => {
  it('learns acronyms from their definitions, skipping function words', () => {
    const acronyms = learnAcronyms([
      'members of the Organization of the Petroleum Exporting Countries (OPEC) met',
      'the Counter Rocket, Artillery, and Mortar (C-RAM) system',
      'a rise in sales (up 5%) and a name (John)',
    ]);
    expect(acronyms.map((a) => [a.short, a.longForm])).toEqual([
      ['opec', 'Organization of the Petroleum Exporting Countries'],
      ['cram', 'Counter Rocket, Artillery, and Mortar'],
    ]);
  });

  it('reads a name in a question as one concept, even when it starts with a word questions drop ("news", "information")', () => {
    const analyzer = new Analyzer(learnAcronyms(["the Information Commissioner's Office (ICO) said"]));
    expect(analyzer.question("what did the Information Commissioner's Office say").map((c) => c.terms[0])).toEqual(['ico']);
  });

  it('tells the country US from the pronoun us', () => {
    const analyzer = new Analyzer();
    expect(analyzer.indexTerms('US troops told us')).toEqual(['us', 'troop', 'tell']);
    expect(analyzer.question('tell us about us troops').map((c) => c.word)).toEqual(['us', 'troops']);
  });

  it('maps spellings of one entity to one term', () => {
    const analyzer = new Analyzer();
    const term = (w: string) => analyzer.indexTerms(w);
    expect(term('Britain')).toEqual(term('British'));
    expect(term('U.K.')).toEqual(['uk']);
    expect(term('United Kingdom')).toContain('uk');
    expect(term('American')).toEqual(term('U.S.'));
    expect(term('six years')).toEqual(term('6 years'));
    // The GOP is the Republicans.
    expect(term('GOP')).toEqual(term('Republicans'));
    expect(term('Republican Party')).toContain(term('Republican')[0]);
  });

  it('reads chat spellings in questions as the words they spell, and "won" as a word while "won\'t" stays a function word', () => {
    const analyzer = new Analyzer();
    const corpus = new Set(analyzer.indexTerms('Gov. Rick Perry said people died in six years; the government won the vote.'));
    const terms = (q: string) => analyzer.question(q, (term) => corpus.has(term)).map((c) => c.terms[0]);
    expect(terms('how many ppl died in 6 yrs')).toEqual([...analyzer.indexTerms('people died 6 years')]);
    expect(terms('was the govt unvaxxed')).toEqual([...analyzer.indexTerms('government unvaccinated')]);
    expect(terms('who won the vote')).toEqual(analyzer.indexTerms('won vote'));
    expect(terms("why won't they vote")).toEqual(analyzer.indexTerms('vote'));
    // A chat spelling the corpus writes itself stands in for the word it spells: "Gov." is a governor's title there.
    const gov = analyzer.question('was perry gov of texas', (term) => corpus.has(term)).find((c) => c.word === 'government')!;
    expect(gov.terms).toEqual([...analyzer.indexTerms('government'), ...analyzer.indexTerms('gov')]);
  });

  it('learns names of several words the corpus writes with capitals', () => {
    const dam = 'The Holloway Dam, which supplies the Bank of Veldmark, is low. Officials Said so.';
    // A name is written in more than one passage; "Officials Said", once, is not one.
    expect(learnNames([dam, 'The Bank of Veldmark and the Holloway Dam'])).toEqual([
      ['bank', 'of', 'veldmark'],
      ['holloway', 'dam'],
    ]);
    expect(learnNames([dam])).toEqual([]);
    // Two names joined by "and", and a weekday before one, are not part of a name.
    const brevik = 'Britain and France agreed. On Monday Brevik Marine Works said so.';
    expect(learnNames([brevik, brevik])).toEqual([['brevik', 'marine', 'works']]);
    const analyzer = new Analyzer([], [['brevik', 'marine', 'works'], ['bank', 'of', 'veldmark'], ['united', 'states', 'navy']]);
    expect(analyzer.question('when was brevik marine works founded').map((c) => [c.word, c.name])).toEqual([
      ['brevik marine works', true],
      ['founded', false],
    ]);
    // A name is its words as written: "the bank in Veldmark" is not the Bank of Veldmark.
    expect(analyzer.indexTerms('the Bank of Veldmark')).toContain('bankofveldmark');
    expect(analyzer.indexTerms('the bank in Veldmark')).not.toContain('bankofveldmark');
    // A longer name does not hide the one it starts with: the United States Navy is also the US.
    expect(analyzer.indexTerms('The United States Navy sent ships')).toEqual(expect.arrayContaining(['unitedstatesnavy', 'us']));
  });

  it('follows a word to its near meanings in the parts of speech it is mostly used in, and a named thing to no class', () => {
    const near = nearMeanings();
    // "minister" is mostly the noun: not the verb of "minister to", whose more general words are "work" and "see".
    expect(near.get('minister')).toContain('pastor');
    expect(near.get('minister')).not.toContain('see');
    expect(near.get('earth')).toContain('world');
    // "Australia" is a country, but any country is not Australia.
    expect(near.get('australia') ?? []).not.toContain('country');
  });

  it('drops the chat spellings of question words, and contractions typed without their apostrophe', () => {
    const analyzer = new Analyzer();
    const article = new Set(analyzer.indexTerms('The dam did not open; the shed was built well.'));
    const words = (q: string) => analyzer.question(q, (t) => article.has(t)).map((c) => c.word);
    expect(words('wen did the dam open, wat happened')).toEqual(['dam', 'open']);
    expect(words('hows the dam, why wouldnt it open, whos to blame')).toEqual(['dam', 'open', 'blame']);
    // Not those that spell a word of their own, nor one the corpus writes as a word ("Jony Ive").
    expect(words('how well was the shed built')).toEqual(['well', 'shed', 'built']);
    const ive = new Analyzer();
    const corpus = new Set(ive.indexTerms('Jony Ive designed the lamp.'));
    expect(ive.question('what did ive design', (t) => corpus.has(t)).map((c) => c.word)).toEqual(['ive', 'design']);
  });

  it('spells out a chat spelling of several words, or a possessive', () => {
    const words = (q: string) => new Analyzer().question(q).map((c) => c.word);
    expect(words('who is her vp')).toEqual(['vice', 'president']);
    expect(words('which dems voted no')).toEqual(['democrats', 'voted']);
    // "POTUS" is the US president, not any.
    expect(words('what did potus say')).toEqual(['us', 'president']);
    expect(new Analyzer().question('ppls views').map((c) => c.terms[0])).toEqual(new Analyzer().indexTerms("people's views"));
  });

  it('reads a first name as also the surname of the person the corpus names in full', () => {
    const analyzer = new Analyzer([], [['bernie', 'sanders'], ['rick', 'perry'], ['new', 'hampshire'], ['fox', 'news'], ['iowa', 'caucuses'], ['senate', 'democrats']]);
    const corpus = new Set(analyzer.indexTerms('Bernie Sanders and Rick Perry spoke in New Hampshire to Fox News. Sanders won the Iowa caucuses. Senate Democrats met.'));
    const standIns = (q: string) => analyzer.question(q, (term) => corpus.has(term)).map((c) => [c.word, ...c.terms.slice(1)]);
    expect(standIns('what did bernie say to rick')).toEqual([['bernie', ...analyzer.indexTerms('Sanders')], ['rick', ...analyzer.indexTerms('Perry')]]);
    // Not a word English writes in lower case ("new", "fox"), nor a last word as common as "news".
    expect(standIns('new fox')).toEqual([['new'], ['fox']]);
    // Nor a place or a body other names begin with.
    expect(standIns('iowa senate')).toEqual([['iowa'], ['senate']]);
    // A possessive typed without its apostrophe is the same person.
    expect(standIns('bernies rally')[0]).toEqual(['bernies', ...analyzer.indexTerms('Sanders')]);
  });

  it('reads a short word neither the corpus nor English knows as the initials of a name the corpus writes', () => {
    const analyzer = new Analyzer([], [['north', 'korea'], ['office', 'of', 'personnel', 'management']]);
    const corpus = new Set(analyzer.indexTerms('North Korea tested. The Office of Personnel Management was hacked.'));
    const standIns = (q: string) => analyzer.question(q, (term) => corpus.has(term)).map((c) => c.terms.slice(1));
    expect(standIns('nk test')).toEqual([['northkorea'], []]);
    expect(standIns('opm hack')).toEqual([['officeofpersonnelmanagement'], []]);
    // A word English knows keeps its meaning: "ok" is not initials.
    expect(standIns('ok korea')).toEqual([[]]);
  });

  it('reads a capital as also its country, one way, and only where the capital is what the word most means', () => {
    const analyzer = new Analyzer();
    const standsFor = (q: string) => analyzer.question(q)[0]!.terms;
    expect(standsFor('london')).toEqual(['london', ...analyzer.indexTerms('Britain'), ...analyzer.indexTerms('England')]);
    expect(standsFor('tehran')).toEqual(expect.arrayContaining(analyzer.indexTerms('Iran')));
    expect(standsFor('washington')).toEqual(expect.arrayContaining(analyzer.indexTerms('US')));
    expect(standsFor('iran')).not.toContain('tehran');
    // Victoria, the Seychelles' capital, is first a queen; Male, the Maldives', first the sex.
    expect(standsFor('victoria')).toEqual(['victoria']);
    expect(standsFor('male')).toEqual(['male']);
  });

  it('drops "get" where it only makes a passive or a change, and keeps it where it is the verb', () => {
    const words = (q: string) => new Analyzer().question(q).map((c) => c.word);
    expect(words('were the crew getting paid')).toEqual(['crew', 'paid']);
    expect(words('r the attacks getting worse')).toEqual(['attacks', 'worse']);
    expect(words('what data did the hackers get')).toEqual(['data', 'hackers', 'get']);
  });

  it('joins irregular forms to the word they inflect, and keeps apart words a stemmer would join', () => {
    const analyzer = new Analyzer();
    const term = (w: string) => analyzer.indexTerms(w);
    expect(term('paid')).toEqual(term('pay'));
    expect(term('fled')).toEqual(term('flee'));
    expect(term('women')).toEqual(term('woman'));
    // "found" is the past of "find"; "founded" is "found" as in to found a company.
    expect(term('found')).toEqual(term('finding'));
    expect(term('found')).not.toEqual(term('founded'));
    // A form used mostly as a noun of its own stays that noun.
    expect(term('wounded')).toEqual(term('wound'));
    expect(term('bases')).toEqual(term('base'));
  });
});

describe('answers', () => {
  const engine = engineFor({ 'harbour.md': HARBOUR, 'measles.md': VACCINE });

  it('matches an acronym and its long form both ways', () => {
    expect(top(engine, 'when did NCT workers go back')).toMatch(/returned to work/);
    const longForm = engineFor({
      'a.md': '---\ntitle: A\n---\nA\n\nThe Northern Container Terminal (NCT) reopened.\n\nThe NCT handles most imports.\n\nUnrelated words about weather.\n',
    });
    const answers = longForm.ask('what does the northern container terminal handle').answers.map((a) => a.passage.text);
    expect(answers).toContain('The NCT handles most imports.');
  });

  it('tolerates typos in words that are not English', () => {
    expect(top(engine, 'what did the unon say about wges')).toMatch(/six percent/);
    expect(top(engine, 'were dock wrokers back at the temrinal')).toMatch(/returned to work/);
    expect(top(engine, 'what did the goverment say')).toMatch(/government welcomed/);
    expect(top(engine, 'meesles cases')).toMatch(/40 new measles cases/);
    // A number is no slip: a year the corpus never gives is not one a digit away.
    const years = engineFor({ 'a.md': '---\ntitle: A\n---\nFinal\n\nRiverside won the cup in 2010 after a long final.\n\nThe club sold its ground.\n' });
    expect(top(years, 'who won the cup in 2010')).toMatch(/Riverside/);
    expect(years.ask('who won the cup in 2016')).toMatchObject({ noAnswer: true, reason: 'not-in-corpus' });
  });

  it('uses the news equivalents table', () => {
    expect(top(engine, 'what did UK shipping companies say')).toMatch(/British shipping firms/);
  });

  it('reads a capital in a question as its country\'s government', () => {
    const capitals = engineFor({
      'a.md': '---\ntitle: A\n---\nTalks stall\n\nFrance declined to sign the fishing accord on Tuesday.\n\nNorway signed the accord after a week of talks.\n',
    });
    expect(top(capitals, 'did paris sign the fishing deal')).toMatch(/France declined/);
  });

  it('abstains on questions the corpus does not cover', () => {
    for (const q of ['How do I bake sourdough?', 'Who won the last Super Bowl?', 'best gaming mouse 2024']) {
      const answer = engine.ask(q);
      expect(answer, q).toMatchObject({ noAnswer: true, reason: 'not-in-corpus', answers: [] });
    }
  });

  it('answers "what is this article about" with the headline and lead when there is one article, and not when there are several', () => {
    const single = engineFor({ 'harbour.md': HARBOUR });
    expect(single.ask('tldr, what is this article about?').answers.map((a) => a.passage.section)).toEqual(['headline', 'body']);
    expect(single.ask('whats the title').answers[0]!.passage.text).toBe('Port strike ends after wage deal');
    expect(engine.ask('what is this article about?')).toMatchObject({ noAnswer: true, reason: 'no-topic-words' });
  });

  it('answers a question that names one of several stories with that story\'s headline and lead', () => {
    expect(engine.ask("what's the measles article about").answers.map((a) => a.passage.text)).toEqual([
      'Measles cases rise in the capital',
      expect.stringMatching(/^Health officials reported 40/),
    ]);
    expect(engine.ask('headline of the port strike story?').answers[0]!.passage.text).toBe('Port strike ends after wage deal');
    // About something the story reports, not the story as such: an ordinary search; so is a story someone tells.
    expect(top(engine, 'what did the union say about wages')).toMatch(/six percent/);
    const told = engineFor({
      'flood.txt': 'Mayor recalls flood\n\nMayor Ana Ruiz told reporters a story about the 1953 flood on Monday.\n\nShe said the water reached the church steps.\n',
      'rail.txt': 'Rail fares rise again\n\nTicket prices on the northern line rose by four percent on Sunday.\n',
    });
    expect(top(told, 'whats the story ruiz told about the flood')).not.toBe('Mayor recalls flood');
  });

  it('answers what initials stand for with the passage that spells them out, and not when no passage does', () => {
    expect(engine.ask('what does NCT stand for?').answers[0]!.passage.text).toMatch(/Northern Container Terminal \(NCT\)/);
    expect(top(engine, 'what is the NCT')).toMatch(/Northern Container Terminal \(NCT\)/);
    const undefinedInitials = engineFor({ 'a.md': '---\ntitle: A\n---\nA\n\nThe WHO said the outbreak is over.\n\nThe IRS sent letters.\n' });
    expect(undefinedInitials.ask('what does WHO stand for')).toMatchObject({ noAnswer: true, reason: 'not-in-corpus' });
    expect(undefinedInitials.ask('what does IRS stand for')).toMatchObject({ noAnswer: true, reason: 'not-in-corpus' });
    const wrapped = engineFor({ 'w.txt': 'Terminal reopens\n\nThe Northern Container\nTerminal (NCT) reopened on Monday.\n\nThe NCT handles most imports.\n' });
    expect(top(wrapped, 'what does NCT stand for')).toMatch(/^The Northern Container\nTerminal \(NCT\)/);
  });

  it('answers a question about a story\'s photo with its caption', () => {
    const photo = engineFor({
      'fire.txt': 'Fire crews contain moorland blaze\n\nA helicopter drops water over a burning ridge. (Photo by Jane Roe)\n\nFire crews said on Sunday the blaze was contained after a helicopter and 40 firefighters worked through the night.\n\nThe blaze destroyed 12 homes.\n',
    });
    expect(photo.ask("what's in the photo?").answers[0]!.passage.section).toBe('caption');
    expect(photo.ask('what is the helicopter in the picture doing').answers[0]!.passage.section).toBe('caption');
    expect(photo.ask('what is the helicopter doing').answers[0]!.passage.section).toBe('body');
  });

  it("answers a question about a named story's photo with that story's caption, even when its headline says it otherwise", () => {
    const stories = engineFor({
      'trial.txt':
        'Minister jailed in bribery case\n\nThe former minister waves outside court. (Photo by Jane Roe)\n\nA former minister was jailed for six years on Wednesday.\n\nThe bribery trial heard that he took money for a harbour contract.\n',
      'fire.txt': 'Fire crews contain moorland blaze\n\nA helicopter drops water over a burning ridge. (Photo by Ann Lee)\n\nThe blaze destroyed 12 homes before the trial of new equipment.\n',
    });
    expect(top(stories, 'whats in the pic for the bribery trial story')).toMatch(/^The former minister waves/);
    // Who took it is in the caption's credit, however the question says "took".
    expect(top(stories, 'who took the photo for the moorland blaze story')).toMatch(/Photo by Ann Lee/);
  });

  it('does not answer from a passage that shares only a name with the question', () => {
    const port = engineFor({ 'port.txt': 'Harwich reopens\n\nThe port of Harwich reopened on Monday after the storm damaged its quay.\n' });
    expect(port.ask("what's the population of harwich").noAnswer).toBe(true);
    expect(port.ask('when did harwich reopen').noAnswer).toBe(false);
    expect(port.ask('harwich storm damage').noAnswer).toBe(false);
    // Names that make up most of the question are what it asks about: one lighter word missing is a paraphrase.
    const visit = engineFor({ 'visit.txt': 'Obama ends visit\n\nObama departs the UK for Germany today, where protesters await him.\n\nThe talks covered trade.\n' });
    expect(visit.ask('where is obama headed after the uk').answers[0]?.passage.text).toMatch(/^Obama departs/);
  });

  it('answers from a passage holding most of the question even when one sharing only a name ranks above it', () => {
    const bank = engineFor({
      'bank.txt':
        'Bank of Veldmark raises rates\n\nHouseholds in Veldmark face higher bills. About 60% of mortgages in Veldmark are on variable rates, and Veldmark lenders said they would pass the rise on.\n\nAnnual inflation rose to 14.2% in August, up from 11.9% in July.\n',
      // Another story says "inflation" often, so the name outweighs it in the ranking.
      'prices.txt': 'Shoppers feel the squeeze\n\nInflation has hit food prices across the region.\n\nShoppers blame inflation for the cost of bread.\n\nEconomists expect inflation to ease next year.\n',
    });
    expect(top(bank, 'whats inflation in veldmark')).toMatch(/^Annual inflation/);
    expect(bank.ask('whats unemployment in veldmark').noAnswer).toBe(true);
  });

  it('answers a question sharing only a name with its closest passage when the story says every word of it elsewhere', () => {
    const port = engineFor({
      'port.txt':
        'Port strike enters second week\n\nDockworkers at the port of Veldmark walked out on Monday over pay and pensions.\n\nAna Koss spoke to reporters outside the gates on Tuesday.\n\nKoss spent twenty years as a harbour pilot before she was elected to lead the dockworkers.\n\nYears ago she studied engineering at night school.\n',
      'rail.txt': 'Rail fares rise again\n\nTicket prices on the northern line rose by four percent on Sunday.\n',
    });
    // Both passages naming her lack "study"; the one that says it does not name her.
    const studied = port.ask('what did koss study');
    expect(studied.noAnswer).toBe(false);
    expect(studied.answers.map((a) => a.passage.text)).toContain('Years ago she studied engineering at night school.');
    expect(port.ask('what is koss favourite food').noAnswer).toBe(true);
  });

  it('does not answer what the corpus never says of a company it names', () => {
    const trial = engineFor({
      'trial.txt':
        'Minister jailed\n\nThe owner of Brevik Marine Works received a four-year sentence over the bribes.\n\nBrevik Marine Works said it had cooperated fully with investigators.\n',
    });
    expect(trial.ask('what year was brevik marine works founded').noAnswer).toBe(true);
    expect(top(trial, 'who was sentenced over the bribes at brevik marine works')).toMatch(/^The owner/);
  });

  it('does not read a noun ending in -er as a verb ("server" is not "serve")', () => {
    // WordNet's first sense of the verb "serve" leads to "US"; its noun "server" does not.
    const troops = engineFor({ 'troops.txt': 'Troops leave\n\nUS troops left the base on Monday.\n' });
    expect(troops.ask('who is the server').noAnswer).toBe(true);
    expect(troops.ask('when did the troops leave').noAnswer).toBe(false);
  });

  it('reads "long" in "how long" as part of the asking, for a span of time or a length', () => {
    const port = engineFor({ 'harbour.md': HARBOUR });
    expect(port.concepts('how long did the strike last').map((c) => c.word)).toEqual(['strike', 'last']);
    expect(port.concepts('was it a long strike').map((c) => c.word)).toEqual(['long', 'strike']);
    const bridge = engineFor({
      'bridge.txt': 'Harbor Bridge opens\n\nThe Harbor Bridge opened on Monday after four years of construction.\n\nThe bridge is 2.3 kilometers long and carries six lanes.\n',
    });
    // A length answers "how long" as a span of time does: both are offered.
    expect(bridge.ask('how long is the bridge').answers.map((a) => a.passage.text)).toContainEqual(expect.stringMatching(/2\.3 kilometers/));
    expect(top(bridge, 'how long did construction take')).toMatch(/four years/);
  });

  it('asks a larger share of a question whose most telling word the corpus never writes', () => {
    const port = engineFor({ 'harbour.md': HARBOUR });
    // Workers are in the corpus, rugby is not: what the two share is the lesser word.
    expect(port.ask('how many workers are on a rugby team').noAnswer).toBe(true);
    expect(port.ask('where do workers play rugby').noAnswer).toBe(true);
    // Holding more than the lesser words still answers.
    expect(port.ask('what did the union say about the bakery').noAnswer).toBe(false);
    expect(port.ask('how many workers went on strike').noAnswer).toBe(false);
    // A word English uses often is meant, though the corpus writes a word one slip from it ("Ruby"); a rare one may be a typo.
    const ferry = engineFor({ 'ferry.txt': 'Ferry workers strike\n\nThe ferry minister, Ruby Okafor, met workers on Monday.\n' });
    expect(ferry.ask('how many workers are on a rugby team').noAnswer).toBe(true);
    expect(ferry.ask('when did the ferry minster meet workers').noAnswer).toBe(false);
  });

  it('counts a word still being typed only as far as it was typed', () => {
    const divided = engineFor({ 'economists.txt': 'Rate rise splits economists\n\nEconomists were divided over the rate rise.\n' });
    expect(divided.ask('how do i center a div in css').noAnswer).toBe(true);
    expect(divided.ask('were economists divid').noAnswer).toBe(false);
  });

  it('meets a chief executive as the CEO, and an apology as sorry', () => {
    const ferry = engineFor({
      'ferry.txt': 'Ferry operator apologises\n\nThe passengers boarded at noon.\n\nWestsea chief executive Dana Moor apologised to the families of the passengers.\n',
    });
    expect(top(ferry, 'did the ceo say sorry')).toMatch(/apologised/);
  });

  it('says when a question has no topic words', () => {
    expect(engine.ask('what is it?')).toMatchObject({ noAnswer: true, reason: 'no-topic-words' });
    expect(engine.ask('')).toMatchObject({ noAnswer: true, reason: 'no-topic-words' });
  });

  it('never quotes boilerplate or breadcrumbs', () => {
    const bundled = new AnswerEngine(openCorpus(BUNDLED_CORPUS, { cacheDir: null }));
    for (const q of ['press tv website alternate addresses', 'press tv news roku', 'news iraq military']) {
      for (const a of bundled.ask(q, { limit: 25 }).answers) expect(['headline', 'caption', 'body']).toContain(a.passage.section);
    }
  });

  it('finds a passage that says it with a word close in meaning (WordNet)', () => {
    const fire = engineFor({
      'fire.md': '---\ntitle: Fire\n---\nHill fire\n\nA solicitor said 60 households were considering a lawsuit against the power company.\n\nThe moorland could take 20 years to recover.\n\nVolunteers collected food for the evacuees.\n',
    });
    expect(top(fire, 'is anyone going to sue?')).toMatch(/lawsuit/);
    expect(top(fire, 'will the moor recover')).toMatch(/moorland/);
  });

  it('finds a name of several words by a short form WordNet gives it ("nh" for New Hampshire)', () => {
    const primary = engineFor({
      'nh.md':
        '---\ntitle: Primary\n---\nPrimary night\n\nReyes campaigned in Iowa on Friday, her aides said.\n\nReyes campaigned in New Hampshire on Monday.\n\nNew Hampshire votes next week.\n',
    });
    expect(top(primary, 'when did reyes campaign in nh')).toMatch(/on Monday/);
  });

  it('reads a phrasal verb as what it means, not as its verb and particle', () => {
    const deal = engineFor({
      'a.md':
        '---\ntitle: A\n---\nPort dispute\n\nThe deal between the union and the port broke down on Monday after nine hours of mediation.\n\nContainer volumes fell by a fifth in March as ships waited at anchor.\n\nThe port handles three million containers a year.\n',
    });
    // One concept, met by what the phrase means ("broke down") as well as by its verb; "apart" is no topic of its own.
    const [dealt, fallApart] = deal.concepts('when did the deal fall apart');
    expect([dealt!.word, fallApart!.word]).toEqual(['deal', 'fall apart']);
    expect(fallApart!.terms).toEqual(expect.arrayContaining(deal.concepts('break')[0]!.terms.slice(0, 1)));
    const answers = deal.ask('when did the deal fall apart').answers.map((a) => a.passage.text);
    expect(answers.slice(0, 2)).toEqual(expect.arrayContaining([expect.stringMatching(/broke down on Monday/)]));
    expect(answers).not.toContainEqual(expect.stringMatching(/three million containers/));
  });

  it('reads a slip from an English word as that word', () => {
    // "thier" is "their", a stopword; "finacial" weighs as "financial", which this corpus never says.
    expect(top(engine, 'did thier union get more wages')).toMatch(/six percent/);
    expect(engine.ask('finacial advice for pensioners').noAnswer).toBe(true);
  });

  it('does not answer a question about a place or person the corpus never names', () => {
    expect(engine.ask('how many dock workers are there in germany').noAnswer).toBe(true);
    expect(engine.ask('how many dock workers went back').noAnswer).toBe(false);
    // What kind of thing a place is ("Australia" is a country) does not put the place in a corpus that says "country".
    const country = engineFor({
      'a.md': '---\ntitle: A\n---\nDock strike\n\nThe country\'s dock workers went back to work on Monday, the state broadcaster said.\n',
    });
    expect(country.ask('how many dock workers are there in australia').noAnswer).toBe(true);
  });

  it('answers "how long" only from a passage that gives a span of time, and "how old" only from one that gives an age', () => {
    expect(top(engine, 'how long was the strike')).toMatch(/two-week strike/);
    expect(engine.ask('how old is the ministry').noAnswer).toBe(true);
    const ages = engineFor({
      'a.md':
        '---\ntitle: A\n---\nMayor quits\n\nMayor Ruth Calder resigned on Monday after six years in office.\n\nThe mayor, 58, said she would spend more time with her family.\n\nThe town hall was built in 1891 and needs repairs.\n',
    });
    expect(top(ages, 'how old is the mayor')).toMatch(/mayor, 58,/);
    expect(top(ages, 'how old is the town hall')).toMatch(/built in 1891/);
    // Six years in office is a span, not her age.
    expect(engineFor({ 'a.md': '---\ntitle: A\n---\nMayor quits\n\nMayor Ruth Calder resigned on Monday after six years in office.\n' }).ask('how old is the mayor').noAnswer).toBe(true);
    // Another person's age is not the age asked about; the bearer may stand in the age itself, or a clause before it.
    const others = engineFor({
      'a.md':
        '---\ntitle: A\n---\nPier vote\n\nMayor Ruth Calder backed the pier plan on Monday, and the harbour master, Tom Reyes, 61, opposed it.\n\nCouncillor Ana Diaz, a former teacher who has served on the council for years and whose age, 47, makes her its youngest member, abstained.\n',
    });
    expect(others.ask('how old is ruth calder').noAnswer).toBe(true);
    expect(top(others, 'how old is tom reyes')).toMatch(/Tom Reyes, 61,/);
    expect(top(others, 'how old is ana diaz')).toMatch(/whose age, 47,/);
  });

  it('ranks first for "how many" the passage that gives a number of the thing counted', () => {
    const fire = engineFor({
      'fire.txt':
        'Moorland fire\n\nHouses burned across the valley on Tuesday as 40 firefighters fought the fire.\n\nIn all, 14 houses burned in the blaze, along with two barns, a church hall and the village school, officials said.\n',
    });
    expect(top(fire, 'how many houses burned down')).toMatch(/^In all, 14 houses/);
  });

  it('ranks first the passage whose answer stands next to what the question asks about', () => {
    const fine = engineFor({
      'a.md':
        '---\ntitle: A\n---\nRegulator acts\n\nAfter the fine was announced, shares in the payments company fell on Wednesday, wiping €40 million off its value.\n\nThe regulator fined the payments company €18.5 million over the breach of customer records last year.\n\nCustomers were told in March.\n',
    });
    expect(top(fine, 'how much was the payments company fined')).toMatch(/fined the payments company €18.5 million/);
  });

  // "who is behind" inside "identifying who is behind the attacks" is the question, not its answer.
  it('does not count the words of a question a passage asks itself, and quotes the one that answers first', () => {
    const attacks = engineFor({
      'attacks.txt':
        'Attacks on the border\n\nAfter the border attacks, officials admit they still struggle with identifying who is behind the attacks.\n\nPolice said the Red Hand militia was responsible for the border attacks.\n',
    });
    const question = 'who is behind the border attacks';
    const measured = attacks.measure(question);
    if (!('candidates' in measured)) throw new Error('the question was answered without ranking');
    const asking = measured.candidates.find((c) => c.features.echoes)!;
    expect(asking.result.terms).not.toContain('behind');
    expect(asking.result.terms).toContain('attack');
    expect(attacks.ask(question).answers[0]!.passage.text).toMatch(/^Police said the Red Hand militia/u);
    const weights = learnedModel().weights;
    expect(dot(weights, featureVector(asking.features))).toBeLessThan(dot(weights, featureVector({ ...asking.features, echoes: false })));
    expect(echoesQuestion('Nobody knows who is behind the attacks, officials said.', 'who', new Set(['behind']), (w) => [w])).toEqual({ echoes: true, embedded: { start: 13, end: 38 } });
    // A relative clause gives an answer: "the militia, who are behind the attacks".
    expect(echoesQuestion('It was the militia, who are behind the attacks.', 'who', new Set(['behind']), (w) => [w])).toEqual({ echoes: true, embedded: null });
  });

  it('measures each candidate against the best coverage among them, and how much it holds of the question\'s words that are not names', () => {
    const vote = engineFor({
      'vote.txt':
        'Council vote\n\nMayor Dana Whitfield spoke to the council on Monday evening.\n\nThe council voted to close the Eastgate library after Mayor Dana Whitfield asked for cuts.\n',
    });
    const measured = vote.measure('why did mayor whitfield close the library');
    if (!('candidates' in measured)) throw new Error('the question was answered without ranking');
    const byText = (start: string) => measured.candidates.find((c) => c.passage.text.startsWith(start))!.features;
    const closing = byText('The council voted');
    expect(closing.coverageShare).toBe(1);
    expect(closing.wordCoverage).toBeGreaterThan(0.9);
    const speaking = byText('Mayor Dana');
    expect(speaking.coverageShare).toBeLessThan(1);
    expect(speaking.wordCoverage).toBeLessThan(speaking.coverage);
  });

  it('asks a follow-up that names no one the story does not of the story the asker was last answered from, and one naming someone else of every story', () => {
    const strikes = engineFor(STRIKE_STORIES);
    const first = (question: string, follows?: string) => {
      const answer = strikes.ask(question, follows === undefined ? {} : { follows });
      return { doc: answer.answers[0]?.passage.doc, followed: answer.followed };
    };
    const raise = 'how big a raise do they want';
    const unfollowed = first(raise).doc!;
    const other = unfollowed === 'mill' ? 'port' : 'mill';
    // Following the story every article would answer from anyway changes nothing, and says nothing.
    expect(first(raise, unfollowed)).toEqual({ doc: unfollowed, followed: undefined });
    expect(first(raise, other)).toEqual({ doc: other, followed: other });
    expect(first('what do the Kelby dockers want', 'mill').doc).toBe('port');
    // A story that does not answer is left for every article's answer; an article that is gone is not followed.
    expect(first('how many shifts are shorter', 'mill').doc).toBe('port');
    expect(first(raise, 'closed-story')).toEqual({ doc: unfollowed, followed: undefined });
  });

  it('reads clock times as times', () => {
    expect(new AnswerKinds(1).gives(0, 'time', () => 'Drivers stopped work at 5am.')).toBe(true);
    expect(new AnswerKinds(1).gives(0, 'time', () => 'Drivers stopped work.')).toBe(false);
  });

  it('reads a document counted in pages or words as a length, and a birthday as an age', () => {
    const kinds = (text: string, wanted: AnswerType) => new AnswerKinds(1).gives(0, wanted, () => text);
    expect(answerType('how long is the disclosure')).toBe('span');
    expect(kinds('In his 104-page public financial disclosure report, he listed stocks.', 'span')).toBe(true);
    expect(kinds('The Daily Beast ran a nearly 3,000-word article on him.', 'span')).toBe(true);
    expect(kinds('He had a few words for the press.', 'span')).toBe(false);
    expect(answerType('how old did bill clinton turn')).toBe('age');
    expect(kinds('Former President Bill Clinton celebrated his 70th birthday Friday.', 'age')).toBe(true);
    expect(kinds('Former President Bill Clinton celebrated his birthday Friday.', 'age')).toBe(false);
  });

  it('tells which answer a who, where, why or "what did they say" question wants, and which passages give it', () => {
    expect(answerType('who is behind the attacks')).toBe('person');
    expect(answerType('where does ramos live now')).toBe('place');
    expect(answerType('why did he quit')).toBe('reason');
    expect(answerType('what did the mayor say about the fire')).toBe('quote');
    expect(answerType('when did the mayor say it')).toBe('time');
    expect(answerType('what is the budget')).toBeNull();
    // Only a question word that opens the question asks: "the officer who shot him" is about him.
    expect(answerType('what did the officer who shot him say')).toBe('quote');
    expect(answerType('tell me about the town where the fire started')).toBeNull();
    expect(answerType('what is the so-called deal')).toBeNull();
    // "Which judge", "what senator": one person named by a role; "which voters" asks for a description, not a name.
    expect(answerType('which judge blocked the law')).toBe('person');
    expect(answerType('which republican senator said it first')).toBe('person');
    expect(answerType('which voters backed him')).toBeNull();
    expect(answerType('which republican senators opposed it')).toBeNull();
    expect(answerType('what hack happened')).toBeNull();
    expect(answerType('what kind of law is it')).toBeNull();
    // A share is a number: "what percent", "what % did they get".
    expect(answerType('what % did cruz get')).toBe('quantity');
    expect(answerType('what percentage of voters backed him')).toBe('quantity');
    const gives = (wanted: AnswerType, text: string) => new AnswerKinds(1).gives(0, wanted, () => text);
    expect(gives('person', 'U.S. District Judge Carlton W. Reeves issued an injunction.')).toBe(true);
    expect(gives('person', 'The judge issued an injunction.')).toBe(false);
    expect(gives('place', 'Ramos, who lives in Miami, considers himself an immigrant.')).toBe(true);
    // A place WordNet knows needs no preposition before it.
    expect(gives('place', "Raids hit the militia just outside the nation's capital of Baghdad.")).toBe(true);
    expect(gives('place', 'They met in the morning and talked for an hour.')).toBe(false);
    expect(gives('place', 'They met in March and talked for an hour.')).toBe(false);
    expect(gives('place', 'Officials in the U.S. said so.')).toBe(true);
    expect(gives('place', 'In Iraq, troops withdrew.')).toBe(true);
    // A word that is mostly ordinary is no place, though WordNet knows a town by it.
    expect(gives('place', 'Reading is what the library is for.')).toBe(false);
    expect(gives('person', 'On Monday the judge ruled.')).toBe(false);
    expect(gives('person', 'The White House declined.')).toBe(false);
    expect(gives('person', 'Senator John McCain agreed.')).toBe(true);
    expect(gives('reason', 'The plant closed because orders fell.')).toBe(true);
    expect(gives('reason', 'The plant closed on Friday.')).toBe(false);
    expect(gives('reason', 'He resigned after the vote.')).toBe(false);
    expect(gives('quote', '“We will not back down,” she said.')).toBe(true);
    expect(gives('quote', 'She said they would not back down.')).toBe(false);
  });

  it('answers "how much did it cost" only from a passage that gives an amount of money', () => {
    const fine = engineFor({
      'fine.txt':
        'Payments firm fined\n\nCampaigners called the fine far too small for a company that lost the records of 410,000 customers, and its new headquarters drew protests.\n\nThe regulator fined the company €18.5m on Wednesday.\n',
    });
    expect(top(fine, 'how much was the company fined')).toMatch(/€18\.5m/);
    expect(fine.ask('how much did the new headquarters cost').noAnswer).toBe(true);
    expect(fine.ask('how many customers lost their records').noAnswer).toBe(false);
    const crew = engineFor({ 'crew.txt': 'Crew rescued\n\nThe crew spent nine days at sea before a trawler found them.\n' });
    expect(top(crew, 'how much time did the crew spend at sea')).toMatch(/nine days/);
  });

  it('scores a term in a passage exactly as MiniSearch does, and knows whether its text holds it', () => {
    const index = openCorpus(tempCorpus({ 'harbour.md': HARBOUR, 'measles.md': VACCINE }), { cacheDir: null }).index;
    const [result] = index.search(['strike'], new Map(), new Set(), 1);
    expect(result).toBeDefined();
    const terms = index.termStats();
    expect(terms.score('strike', result!.id)).toBeCloseTo(result!.score, 10);
    expect(terms.score('no-such-term', result!.id)).toBe(0);
    expect(terms.inText('strike', result!.id)).toBe(true);
    expect(terms.inText('no-such-term', result!.id)).toBe(false);
  });

  it('ranks exactly as MiniSearch.search does with the same terms, boosts and prefixes', () => {
    const index = openCorpus(join(PROJECT, 'eval', 'heldout-b', 'corpus'), { cacheDir: null }).index;
    const vocabulary = [...new Set(index.miniSearch.toJSON().index.map(([term]) => term))].sort();
    // Whole terms, the first letters of terms (which match longer words when loose), and terms the index lacks.
    const term = fc.oneof(
      fc.constantFrom(...vocabulary),
      fc.constantFrom(...vocabulary).map((t) => t.slice(0, Math.max(2, t.length - 3))),
      fc.constantFrom('no-such-term', 'zz'),
    );
    const query = fc.record({
      terms: fc.uniqueArray(term, { minLength: 1, maxLength: 40 }),
      boosts: fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), { minLength: 40, maxLength: 40 }),
      loose: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      limit: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(
      fc.property(query, ({ terms, boosts, loose, limit }) => {
        const boostOf = new Map(terms.map((term, i) => [term, boosts[i]!]));
        const looseTerms = new Set(terms.filter((_, i) => loose[i]));
        const ours = index.search(terms, boostOf, looseTerms, limit);
        const theirs = index.miniSearch.search(terms.join(' '), index.searchOptions(boostOf, looseTerms)).slice(0, limit);
        expect(ours.map((hit) => hit.id)).toEqual(theirs.map((result) => result.id));
        expect(ours.map((hit) => hit.score)).toEqual(theirs.map((result) => result.score));
        expect(ours.map((hit) => [...hit.terms].sort())).toEqual(theirs.map((result) => [...result.terms].sort()));
      }),
      { numRuns: 300 },
    );
  });

  it('searches a repeated term once, returns nothing for a limit of 0, and ranks the same across a wrap of its stamps', () => {
    const index = openCorpus(tempCorpus({ 'harbour.md': HARBOUR, 'measles.md': VACCINE }), { cacheDir: null }).index;
    const none = new Map<string, number>();
    const once = index.search(['strike', 'union'], none, new Set(), 5);
    expect(index.search(['strike', 'union', 'strike'], none, new Set(), 5)).toEqual(once);
    expect(index.search(['strike'], none, new Set(), 0)).toEqual([]);
    const postings = new Postings(index.miniSearch, [{ name: 'text', boost: 1 }, { name: 'sourcing', boost: 0.5 }], { k: 1.2, b: 0.9, d: 0.5 });
    const before = postings.search(['strike', 'union', 'wages'], () => 1, new Set(), 5);
    (postings as unknown as { stamp: number }).stamp = 0xffffffff - 2;
    expect(postings.search(['strike', 'union', 'wages'], () => 1, new Set(), 5)).toEqual(before);
  });

  it('returns at most the limit, best first', () => {
    const answer = engine.ask('workers strike wages union', { limit: 2 });
    expect(answer.answers.length).toBeLessThanOrEqual(2);
    const scores = answer.answers.map((a) => a.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('serialized index', () => {
  it('loads passages that read, answer and serialize like the ones it was built from', () => {
    const built = openCorpus(tempCorpus({ 'harbour.md': HARBOUR, 'measles.md': VACCINE }), { cacheDir: null });
    const loaded = CorpusIndex.fromJSON(JSON.parse(JSON.stringify(built.toJSON())));
    expect(JSON.parse(JSON.stringify(loaded.passages))).toEqual(JSON.parse(JSON.stringify(built.passages)));
    expect(loaded.passages.map((p) => p.text)).toEqual(built.passages.map((p) => p.text));
    const ask = (c: CorpusIndex) => new AnswerEngine(c).ask('dock workers wages').answers.map((a) => a.passage.id);
    expect(ask(loaded)).toEqual(ask(built));
  });

  it('gives each document its own passages in order, and finds a passage by id', () => {
    const corpus = openCorpus(tempCorpus({ 'harbour.md': HARBOUR, 'measles.md': VACCINE }), { cacheDir: null });
    for (const doc of corpus.documents) {
      const own = corpus.passagesOf(doc.id);
      expect(own.map((p) => p.n)).toEqual(Array.from({ length: doc.passageCount }, (_, i) => i + 1));
      expect(own.every((p) => p.doc === doc.id && corpus.passage(p.id) === p)).toBe(true);
    }
    expect(corpus.passagesOf('no-such-doc')).toEqual([]);
    expect(corpus.passage('measles#0')).toBeUndefined();
  });

  it('is loaded when the corpus is unchanged and rebuilt when a file changes', () => {
    const dir = tempCorpus({ 'harbour.md': HARBOUR });
    const cacheDir = mkdtempSync(join(tmpdir(), 'fineprint-cache-'));
    expect(openCorpus(dir, { cacheDir }).fromCache).toBe(false);
    const cached = openCorpus(dir, { cacheDir });
    expect(cached.fromCache).toBe(true);
    expect(new AnswerEngine(cached).ask('dock workers').noAnswer).toBe(false);

    writeFileSync(join(dir, 'harbour.md'), HARBOUR.replace('six percent', 'nine percent'));
    utimesSync(join(dir, 'harbour.md'), new Date(0), new Date(0)); // the hash, not the time stamp, decides
    const rebuilt = openCorpus(dir, { cacheDir });
    expect(rebuilt.fromCache).toBe(false);
    expect(rebuilt.passages.some((p) => p.text.includes('nine percent'))).toBe(true);

    // A cache that cannot be written keeps its old file; the fresh build is still what opens.
    writeFileSync(join(dir, 'harbour.md'), HARBOUR.replace('six percent', 'ten percent'));
    const [cacheFile] = readdirSync(cacheDir).filter((f) => f.endsWith('.json'));
    mkdirSync(join(cacheDir, `${cacheFile}.${process.pid}.tmp`));
    const unsaved = openCorpus(dir, { cacheDir });
    expect(unsaved.passages.some((p) => p.text.includes('ten percent'))).toBe(true);
  });
});
