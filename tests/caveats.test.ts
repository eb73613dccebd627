import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePassage, type PassageContext } from '../src/caveats/detect.js';
import { subjectBefore } from '../src/caveats/antecedent.js';
import { articleNames, genderOfName, pronounGenders, surnameGenders } from '../src/caveats/person-names.js';
import { unnamedInsider } from '../src/caveats/insiders.js';
import { findQuotes } from '../src/caveats/quotes.js';
import { findSources, isPersonName, pluralOfPeople } from '../src/caveats/sources.js';
import { taggedAfter, taggedSubject } from '../src/caveats/subject.js';
import { isStanceVerb, nounClass } from '../src/caveats/word-classes.js';
import { openCorpus } from '../src/ingest/open.js';
import { tempCorpus } from './helpers.js';

const body = (outlet: string | null = 'Harbour Gazette', relays: string[] = []): PassageContext => ({ section: 'body', outlet, relays });
const kinds = (text: string, context = body()) => analyzePassage(text, context).caveats.map((c) => c.kind);
const chain = (text: string, context = body()) => analyzePassage(text, context).attribution;
/** The chain of the passage opening with `opening` (or holding it), of an article of the Harbour Gazette ingested whole. */
const chainAtIngest = (article: string, opening: string) => {
  const passages = openCorpus(tempCorpus({ 'article.md': `---\noutlet: Harbour Gazette\n---\n${article}` }), { cacheDir: null }).passages;
  return (passages.find((p) => p.text.startsWith(opening)) ?? passages.find((p) => p.text.includes(opening)))!.attribution;
};

describe('quotations', () => {
  it('reads two apostrophes as a double mark, as some newspaper feeds write them', () => {
    const text = "''We're anxious,'' said Johanna Bayer. ''Paris and Brussels are close.''";
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(["''We're anxious,''", "''Paris and Brussels are close.''"]);
    expect(chain(text)).toEqual(['Harbour Gazette', 'Johanna Bayer']);
  });

  it('ends a quotation whose closing mark was left out where its speaker is named', () => {
    expect(chain('“There was little notice about the closure, Halvorsen said on Monday.')).toEqual(['Harbour Gazette', 'Halvorsen']);
    const text = '"There was little notice about the closure, said Halvorsen, whose group runs the ferry.';
    expect(findQuotes(text).map((q) => q.inner)).toEqual(['There was little notice about the closure']);
    expect(chain(text)).toEqual(['Harbour Gazette', 'Halvorsen']);
    // One that goes on into the next paragraph names no speaker, and runs to the end, past the speech it reports.
    const going = '"We will rebuild the pier, and the yard, and everything the storm took.';
    expect(findQuotes(going).map((q) => q.end)).toEqual([going.length]);
    for (const story of ['"We knocked on doors for weeks. By October, Democrats said they had reached every voter.', '"Can you believe it? Halvorsen says he won, and half the room cheered,']) {
      expect(findQuotes(story).map((q) => q.end)).toEqual([story.length]);
    }
  });

  it('finds curly, straight and single quotes, and leaves apostrophes alone', () => {
    const text = 'He said “we’re ready” and "soon", calling it ‘historic’. It’s done.';
    expect(findQuotes(text).map((q) => q.inner)).toEqual(['we’re ready', 'soon', 'historic']);
  });

  it('keeps a quotation of the other double style inside a quotation whole', () => {
    for (const text of ['"He called it “a disgrace” and left," Smith said.', '“He called it “a disgrace” and left,” Smith said.', '“He called it ‘a disgrace’ and left,” Smith said.']) {
      expect(findQuotes(text)).toHaveLength(1);
      expect(chain(text)).toEqual(['Harbour Gazette', 'Smith']);
    }
  });

  it('closes a quotation with either double mark, as pasted text mixes them', () => {
    const text = '"We will win this election,” Pence said. The crowd cheered.';
    expect(findQuotes(text).map((q) => q.inner)).toEqual(['We will win this election,']);
    expect(chain(text)).toEqual(['Harbour Gazette', 'Pence']);
    expect(kinds(text)).not.toContain('unattributed-quote');
  });

  it('runs a quotation left open to the end, as a quote that continues into the next paragraph', () => {
    expect(findQuotes('“The talks will go on. We are patient.').map((q) => q.inner)).toEqual(['The talks will go on. We are patient.']);
  });

  it('reads a mark by where it stands when its glyph is the wrong one', () => {
    // A right mark typed where a quotation opens, and a left one where it closes.
    const opened = 'Millis said policy aides ”get close to Ben on the issues.”';
    expect(findQuotes(opened).map((q) => q.inner)).toEqual(['get close to Ben on the issues.']);
    expect(chain(opened)).toEqual(['Harbour Gazette', 'Millis']);
    const closed = '“It is unusual,“ said Larry Noble, an attorney. “It is hard.”';
    expect(findQuotes(closed).map((q) => q.inner)).toEqual(['It is unusual,', 'It is hard.']);
    expect(chain(closed)).toEqual(['Harbour Gazette', 'Larry Noble, an attorney']);
  });

  it('keeps a quotation that spans sentences whole', () => {
    const text = '“We lost everything. Nobody came,” said Ana Ruiz, a resident.';
    expect(findQuotes(text)).toHaveLength(1);
  });
});

describe('attribution chain', () => {
  it('lists the outlet, a named relay and a named speaker with the role the text gives', () => {
    const text = 'The bridge will close for a year, Defense Secretary Jane Roe told Reuters on Monday.';
    expect(chain(text, body('Harbour Gazette'))).toEqual(['Harbour Gazette', 'Reuters', 'Defense Secretary Jane Roe']);
  });

  it('keeps a speaker’s role set off by commas', () => {
    const text = '“Prices doubled overnight,” said John Smith, a shop owner in the town.';
    expect(chain(text)).toContain('John Smith, a shop owner in the town');
  });

  it('ends no sentence at an initialism before a lowercase word', () => {
    expect(chain("''It is fine,'' Piet Halvorsen, a former director of the I.L.W.U. and harbour organizer, wrote in an email."))
      .toEqual(['Harbour Gazette', 'Piet Halvorsen, a former director of the I.L.W.U. and harbour organizer']);
  });

  it('takes no contraction of "not" for a name, however it is capitalised', () => {
    expect(chain('The ferry line will tell you the pier is safe. Don’t believe them.')).toEqual(['Harbour Gazette', 'The ferry line']);
    expect(chain("The group Don't Mess With Bergen said the litter had doubled.")).toEqual(['Harbour Gazette', "The group Don't Mess With Bergen"]);
    expect(chain("Didn't Ward say the pier was safe?")).toEqual(['Harbour Gazette', 'Ward']);
  });

  it('reads an initialism that ends on a full stop right before the verb', () => {
    expect(chain('All the reviews came back clear, and the F.B.I. has said it had no record of the captain.')).toEqual(['Harbour Gazette', 'the F.B.I.']);
  });

  it('takes no place a preposition governs for the speaker, and gives a speaker once', () => {
    expect(chain('The army censured the raids as militia groups opposing the foreign presence in Iraq vowed more attacks.')).toEqual(['Harbour Gazette', 'The army', 'militia groups']);
    expect(chain('Residents of towns in Norway said the ferry was late.')).toEqual(['Harbour Gazette', 'unnamed residents of towns in Norway']);
  });

  it('takes no capitalised opener, adjective or verb inside a name for a speaker', () => {
    expect(chain('Kasich spoke on the state of politics in the United States Tuesday as he ended his bid.')).toEqual(['Harbour Gazette', 'Kasich']);
    expect(chain('The Democratic said in its statement that the levy was fair.')).toEqual(['Harbour Gazette']);
    expect(chain('Whenever the mayor speaks, the council listens.')).toEqual(['Harbour Gazette']);
    // After "a" and a name, a verb of saying is a noun the name modifies.
    expect(chain('Halvorsen had said in an ABC interview taped before the storm that the pier was safe.')).toEqual(['Harbour Gazette', 'Halvorsen']);
    // A headline capitalises its verb too; a surname that is also an adjective is still a name.
    expect(chain('Kasich Says The Pier Will Reopen')).toEqual(['Harbour Gazette', 'Kasich']);
    const names = articleNames(['Council member Ben Jealous opposed the levy.', '“The pier is safe,” Jealous said.']);
    expect(chain('“The pier is safe,” Jealous said.', { ...body(), names })).toEqual(['Harbour Gazette', 'Jealous']);
  });

  it('describes unnamed sources as such', () => {
    const text = 'The plan was shelved, according to two individuals familiar with the decision-making.';
    expect(chain(text)).toContain('two individuals familiar with the decision-making');
    expect(chain('The strikes will resume, quoting officials at the port.').join('|')).toMatch(/unnamed officials/);
    // A word is lower-cased only when it merely opens the sentence, not when it opens a name.
    expect(chain('Senior officials said the pier was safe.')).toEqual(['Harbour Gazette', 'unnamed senior officials']);
    expect(chain('Harbour Board officials said the pier was safe.')).toEqual(['Harbour Gazette', 'unnamed Harbour Board officials']);
  });

  it('resolves "the report" and "the daily" to the relayed outlet from front matter', () => {
    const text = 'The fleet will sail next week, according to the daily.';
    expect(chain(text, body('Coast Wire', ['The Harbour Times']))).toEqual(['Coast Wire', 'The Harbour Times']);
  });

  it('infers no outlet it cannot see', () => {
    expect(chain('The storm passed.', body(null))[0]).toBe('unknown outlet');
  });

  it('does not take every capitalised phrase for a source', () => {
    const text = 'Workers at the Northern Container Terminal in Port Elizabeth returned on Monday, the union said.';
    const names = chain(text).join('|');
    expect(names).not.toMatch(/Northern Container Terminal|Port Elizabeth|Monday/);
    expect(findSources(text, findQuotes(text)).map((s) => s.name)).toEqual(['the union']);
  });

  const people = (text: string) => chain(text).slice(1);

  it('names no source where a word of saying is a noun, a passive or an instruction', () => {
    expect(people('Under the agency’s rules, every ferry must carry two radios.')).toEqual([]);
    expect(people('Two climbers were rescued overnight. Both are said to be recovering.')).toEqual([]);
    expect(people('Hospital told to cut waiting lists by spring.')).toEqual([]);
    expect(people('Parents of pupils at the school are being asked to report any rash to a doctor.')).toEqual([]);
  });

  it('reads a speaker after the verb only within its sentence and clause', () => {
    expect(people("“The ice is thin,” the coach said. “Last winter we lost two boats.”")).toEqual(["the coach"]);
    expect(people('Chief executive Ola Berg apologised and said the company had moved its servers.')).toEqual(['Chief executive Ola Berg']);
    expect(people('“We trained hard,” said captain Ines Moll after the final in Tarsk.')).toEqual(['captain Ines Moll']);
  });

  it('keeps a source whole and nothing of the clause after it', () => {
    expect(people('According to the Vell Courier, the mill lost 4.5 million crowns last year.')).toEqual(['the Vell Courier']);
    expect(people('Unemployment rose to 6.1%, according to the national statistics office, up from 5.8 in May.')).toEqual([
      'the national statistics office',
    ]);
    expect(people('The walkout was called by the Union of Port and Harbour Workers on Friday.')).toEqual(['the Union of Port and Harbour Workers']);
    expect(people('Analysts at the consultancy Brand & Vole estimated the loss at 40 million.')).toEqual([
      'unnamed analysts at the consultancy Brand & Vole',
    ]);
    expect(people('The mine will close, according to a survey by Orrin & Pike.')).toEqual(['Orrin & Pike']);
  });

  it('gives both the outlet and the people it quotes', () => {
    const text = 'Tarsk Radio, quoting two border guards, said the crossing had reopened.';
    expect(chain(text)).toEqual(['Harbour Gazette', 'Tarsk Radio', 'two border guards']);
  });

  it('describes people a sentence counts or names by trade as unnamed, without a sentence’s capital', () => {
    expect(people('Some fishermen said the quotas were too low. Others warned of closures.')).toEqual(['Some fishermen', 'Others']);
    expect(people('Flood officials said the river would crest on Sunday.')).toEqual(['unnamed flood officials']);
    expect(people('Geologists said the slope could fail.')).toEqual(['unnamed geologists']);
    expect(people('Prices rose 4% in March, adding to pressure on the bank.')).toEqual([]);
    expect(people('Councillor Ana Pell rejected the plan, saying it would cost too much.')).toEqual(['Councillor Ana Pell']);
  });
});

describe('speakers across sentences', () => {
  it('reads "he said" and "she told" as the person last cited by name, and not a body', () => {
    const context = { ...body(), lastPerson: 'Mayor Ana Ruiz' };
    expect(chain('She said the budget would pass.', context)).toEqual(['Harbour Gazette', 'Mayor Ana Ruiz']);
    expect(chain('“We are ready,” she also told reporters.', context)).toEqual(['Harbour Gazette', 'Mayor Ana Ruiz']);
    expect(chain('Council member Tom Reyes said the plan was late. He added that it cost too much.', context)).toEqual(['Harbour Gazette', 'Council member Tom Reyes']);
    expect(analyzePassage('The port authority said the dock would reopen.', context).personFor('she')).toBe('Mayor Ana Ruiz');
    expect(chain('He said the plan was dead.')).toEqual(['Harbour Gazette']);
  });

  it('carries the last person a passage names in full when it cites none and no sentence opens with one', () => {
    const before = analyzePassage('The paper will cover the race as news, according to a post from Ada Brook.', body());
    expect(before.personFor('she')).toBe('Ada Brook');
    expect(chain('“We will cover it fairly,” she wrote.', { ...body(), lastPerson: before.personFor })).toEqual(['Harbour Gazette', 'Ada Brook']);
  });

  it('reads a verb that says nothing by itself as speech when a quotation follows its colon', () => {
    expect(chain('Trump continued: “We will win.”')).toEqual(['Harbour Gazette', 'Trump']);
    expect(chain('Prices continued to rise.')).toEqual(['Harbour Gazette']);
  });

  it('reads stance as attribution through WordNet’s verbs of communication, and acts as nothing', () => {
    expect(chain('Former Secretary of State Madeleine Albright urged voters to back Clinton.')).toEqual(['Harbour Gazette', 'Former Secretary of State Madeleine Albright']);
    expect(chain('Senator Ted Cruz questioned whether the deal would hold.')).toEqual(['Harbour Gazette', 'Senator Ted Cruz']);
    // Verbs news writes daily that everyday speech seldom does.
    expect(chain('Mayor Ana Ruiz reiterated that the port would stay open.')).toEqual(['Harbour Gazette', 'Mayor Ana Ruiz']);
    expect(chain('The dockers’ union reaffirmed that it would strike on Monday.')).toEqual(['Harbour Gazette', 'The dockers’ union']);
    expect(chain('Governor Lee accused the mayor of lying.')).toEqual(['Harbour Gazette', 'Governor Lee']);
    expect(chain('Britain refused to join the strikes.')).toEqual(['Harbour Gazette']);
    expect(chain('Hexa Precision is in talks to build a second plant.')).toEqual(['Harbour Gazette']);
    expect(chain('Governor Lee signed the bill on Monday.')).toEqual(['Harbour Gazette']);
  });

  it('reads a side taken on what a verb names as the subject’s stance, with no clause after it; the target is no source', () => {
    expect(chain('Councillor Ana Diaz endorsed Mayor Tom Reyes on Tuesday.')).toEqual(['Harbour Gazette', 'Councillor Ana Diaz']);
    expect(chain('The dockworkers’ union opposed the harbour levy.')).toEqual(['Harbour Gazette', 'The dockworkers’ union']);
    expect(chain('Mayor Tom Reyes thanked the volunteers and praised the lifeguards.')).toEqual(['Harbour Gazette', 'Mayor Tom Reyes']);
    // Clapping after a speech takes no side; hiring is an act.
    expect(chain('Members of the council applaud after a speech by Mayor Tom Reyes.', { ...body(), section: 'caption' })).toEqual(['Harbour Gazette']);
    expect(chain('Councillor Ana Diaz hired two aides last year.')).toEqual(['Harbour Gazette']);
    expect(chain('The harbour board rejected the bid in June.')).toEqual(['Harbour Gazette']);
    // A form that is a noun too is a verb after an auxiliary, and only there.
    expect(chain('Councillor Ana Diaz is backing Mayor Tom Reyes.')).toEqual(['Harbour Gazette', 'Councillor Ana Diaz']);
    expect(chain('The pilots’ union has long supported the levy.')).toEqual(['Harbour Gazette', 'The pilots’ union']);
    expect(chain('Reyes’s support among pilots fell.')).toEqual(['Harbour Gazette']);
  });

  it('reads a view held as the subject’s, with or without "that", and deliberation as an act', () => {
    expect(chain('Fishermen believe the levy will close the harbour.')).toEqual(['Harbour Gazette', expect.stringMatching(/fishermen/iu)]);
    expect(chain('Councillor Ana Diaz wants a second vote.')).toEqual(['Harbour Gazette', 'Councillor Ana Diaz']);
    expect(chain('Mayor Tom Reyes is seeking a third term.')).toEqual(['Harbour Gazette', 'Mayor Tom Reyes']);
    // A stance stated as what its holder is.
    expect(chain('Councillor Ana Diaz has been critical of the levy.')).toEqual(['Harbour Gazette', 'Councillor Ana Diaz']);
    expect(chain('The bridge was opposed to heavy traffic.')).toEqual(['Harbour Gazette']);
    expect(chain('The planning committee will consider the application in April.')).toEqual(['Harbour Gazette']);
    expect(chain('The hope of a second vote faded.')).toEqual(['Harbour Gazette']);
    // A plural no list holds, that WordNet files under people: "some strategists fear that…".
    expect(chain('But some harbour strategists fear that the levy will pass.')).toEqual(['Harbour Gazette', 'some harbour strategists']);
    expect(chain('The court executed a man convicted of smuggling, the agency reported.')).not.toContain('a man');
  });

  it('reads a name before a colon that opens a headline or a transcript line as the speaker, not a label', () => {
    expect(chain('Tom Reyes: The Levy Will Not Pass.')).toEqual(['Harbour Gazette', 'Tom Reyes']);
    expect(chain('REYES: Honestly, I think the levy is fair.')).toEqual(['Harbour Gazette', 'REYES']);
    expect(chain('Insiders: the levy will pass in May.')).toEqual(['Harbour Gazette', 'unnamed insiders']);
    expect(chain('UPDATE: The vote was delayed.')).toEqual(['Harbour Gazette']);
    // A role and a name of four words; a speaker after a spaced hyphen.
    expect(chain('Board Member Tom Reyes: The Levy Will Not Pass.')).toEqual(['Harbour Gazette', 'Board Member Tom Reyes']);
    expect(chain('Critics agree - Tom Reyes: “The levy will not pass.”')).toContain('Tom Reyes');
    expect(chain('Watch Live Stream Now: the vote.')).toEqual(['Harbour Gazette']);
    // A capitalised verb inside a name before a possessive is the name's: "the United States' commitment".
    expect(chain('He made statements affirming the United States’ commitment there.')).toEqual(['Harbour Gazette']);
    // Not after a word that ends a sentence, nor "Says" ending a headline's clause.
    expect(chain('The firm guards the National Harbour Agency. According to one source, it guards the docks too.')).toEqual(['Harbour Gazette', 'one source']);
    expect(chain('The Levy Is Fair, Tom Reyes Says.')).toEqual(['Harbour Gazette', 'Tom Reyes']);
    expect(chain('Ties Are Strong, the United States Says.')).toEqual(['Harbour Gazette', 'the United States']);
    // A headline's findings, which no later "he" stands for.
    expect(chain('Poll: Brandt Ties Okafor in the Port Race.')).toEqual(['Harbour Gazette', 'Poll']);
    expect(chain('Poll: Brandt Ties Okafor in the Port Race. He said the race was close.')).toEqual(['Harbour Gazette', 'Poll']);
    expect(chain('Review: The Harbour Opera Is Long.')).toEqual(['Harbour Gazette']);
    expect(chain('Q: Did the ferry run on time?')).toEqual(['Harbour Gazette']);
    // A headline's speaker before whom they spoke to, where or about what, when a quotation ends the headline; a person's
    // side; a lawmaker's brackets, and no space before the quotation.
    expect(chain('Reyes to Harbour Board: ‘The Levy Will Not Pass.’')).toEqual(['Harbour Gazette', 'Reyes']);
    expect(chain('Former Mayor Okafor at Port Forum: ‘The Levy Is Unfair’')).toEqual(['Harbour Gazette', 'Former Mayor Okafor']);
    expect(chain('Mayor Okafor On Levy: ‘We Will Not Pay.’')).toEqual(['Harbour Gazette', 'Mayor Okafor']);
    expect(chain('Reyes campaign: The levy threatens the port.')).toEqual(['Harbour Gazette', 'Reyes campaign']);
    expect(chain('Rep. Tom Reyes (D-Maine):"I have never seen that figure."')).toEqual(['Harbour Gazette', 'Rep. Tom Reyes']);
    // Headlines write the same shapes for plans, journeys, reviews, topics, states of things and places.
    for (const headline of [
      'Reyes on the levy: a timeline.',
      'Okafor to Visit the Port: What to Expect.',
      'Kranich to Cut Jobs: Report',
      'Bergen to Ashby: A Ferry Guide',
      'Lena Fischer at the Opera House: Review',
      'Brexit on Hold: ‘No Deal Yet’',
      'Calais camp: residents moved overnight',
      'Kranich (KRN): shares fall after earnings',
    ]) {
      expect(chain(headline)).toEqual(['Harbour Gazette']);
    }
  });

  it('attributes what a poll, a study or records show or find to them, and never as anonymous people', () => {
    expect(chain('A new Harbour Institute poll shows Reyes leading by six points.')).toEqual(['Harbour Gazette', 'A new Harbour Institute poll']);
    expect(chain('The April survey found 40 percent support for the levy.')).toEqual(['Harbour Gazette', 'The April survey']);
    const some = analyzePassage('Some polls show the levy losing.', body());
    expect(some.attribution).toEqual(['Harbour Gazette', 'Some polls']);
    expect(some.caveats.map((c) => c.kind)).not.toContain('anonymous-source');
    expect(chain('Divers found the wreck near the pier.')).toEqual(['Harbour Gazette']);
    // The findings' source may stand a few words back, past when, a participle or "as"; the participle's words are no part of its name.
    expect(chain('For instance, a Harbour Institute poll last week showed Reyes in third place.')).toEqual(['Harbour Gazette', 'a Harbour Institute poll']);
    expect(chain('A state audit released Tuesday found that the agency overspent.')).toEqual(['Harbour Gazette', 'A state audit']);
    expect(chain('Exit polls taken in Ellery found that turnout was high.')).toEqual(['Harbour Gazette', 'Exit polls']);
    expect(chain('The debate began as a new poll showed Reyes moving ahead.')).toEqual(['Harbour Gazette', 'a new poll']);
    expect(chain('A report by the inspector general found that the agency ignored warnings.')).not.toContain('the inspector general found');
  });

  it('reads claims made in so many words, written statements and naming as attribution', () => {
    expect(chain('Councillor Ana Diaz also made clear that she would not resign.')).toEqual(['Harbour Gazette', 'Councillor Ana Diaz']);
    expect(chain('As one pilot put it, the levy is a tax on the sea.')[1]).toMatch(/one pilot/u);
    expect(chain('Mayor Tom Reyes released a statement on Monday.')).toEqual(['Harbour Gazette', 'Mayor Tom Reyes']);
    expect(chain('Reyes calls the levy “a fair price.”')).toEqual(['Harbour Gazette', 'Reyes']);
    expect(chain('“The harbour is ours,” Reyes continued. “We will keep it.”')).toEqual(['Harbour Gazette', 'Reyes']);
    // An opening phrase is no subject: "Early in his campaign, Reyes attacked Diaz, calling her…".
    expect(chain('Early in his campaign, Reyes attacked Diaz, calling her “a tourist.”')).toEqual(['Harbour Gazette', 'Reyes']);
    expect(chain('The festival continued. Then it rained.')).toEqual(['Harbour Gazette']);
  });

  it('reads past adverbs to the speaker, a quotation put to listeners as speech, and no name in "the United States" or a weekday', () => {
    expect(chain('Reyes spoke for an hour. He is now talking about the levy.')).toEqual(['Harbour Gazette', 'Reyes']);
    expect(chain('Reyes spoke for an hour. He then asked the crowd, “Can the ferry stay?”')).toEqual(['Harbour Gazette', 'Reyes']);
    expect(chain('The levy is paid in the United States and Canada.')).toEqual(['Harbour Gazette']);
    expect(chain('Friday, he told the Kestrel Herald that the levy was fair.')).not.toContain('Friday');
  });

  it('reads a speaker after an inverted verb that a possessive opens, and the name after a role', () => {
    expect(chain('“We will win,” added his campaign manager Jo Weaver, speaking to Kestrel Radio.')).toContain('his campaign manager Jo Weaver');
    const named = analyzePassage('The levy passed, said the board’s chairman, Tom B. Reyes, on Monday.', body());
    expect(named.attribution).toEqual(['Harbour Gazette', 'the board’s chairman, Tom B. Reyes']);
    expect(named.caveats.map((c) => c.kind)).not.toContain('anonymous-source');
    expect(chain('The levy passed, said the board’s chairman, Tom B. Reyes.')).toEqual(['Harbour Gazette', 'the board’s chairman, Tom B. Reyes']);
  });

  it('puts no target, bystander or example in the chain as a speaker', () => {
    expect(chain('Reyes was sharply criticized for the levy.')).toEqual(['Harbour Gazette']);
    // …but the one who criticizes, named after "by", is a source, as the tagger reads them.
    expect(chain('Reyes was criticized by pilots on the pier.')).toEqual(['Harbour Gazette', expect.stringMatching(/pilots/u)]);
    expect(chain('Reyes, who was publicly criticized in May, resigned.')).toEqual(['Harbour Gazette']);
    expect(chain('Diaz attacked Reyes, who has often defended the levy.')).toEqual(['Harbour Gazette', 'Reyes']);
    expect(chain('The levy’s debate continued.')).toEqual(['Harbour Gazette']);
    expect(chain('Reyes made clear progress on the levy.')).toEqual(['Harbour Gazette']);
    expect(chain('Lifeguards feel the cold in May.')).toEqual(['Harbour Gazette']);
    expect(chain('NEW DELHI: The levy was raised.')).toEqual(['Harbour Gazette']);
  });

  it('reads "she" past a man named by title, past an opening phrase to the subject, and no plural noun as a verb', () => {
    expect(chain('Mrs. Diaz might name Mr. Reyes himself. “What a great idea,” she said.')).toEqual(['Harbour Gazette', 'Mrs. Diaz']);
    expect(chain('Throughout the debate, Diaz cast herself as the heir. On the levy, she said she would keep it.')).toEqual(['Harbour Gazette', 'Diaz']);
    expect(analyzePassage('In some states, the levy is paid twice.', body()).caveats.map((c) => c.kind)).not.toContain('anonymous-source');
  });

  it('reads no sentence adverb as the person "she" stands for, and the owner of a thing that opens the sentence as one', () => {
    expect(chain('Diaz spoke first. Nevertheless, she said the levy would pass.')).toEqual(['Harbour Gazette', 'Diaz']);
    expect(chain('Mrs. Diaz’s levy vote, which she has repeatedly said was a mistake, hurt her.')).toEqual(['Harbour Gazette', 'Mrs. Diaz']);
    expect(chain('Mrs. Diaz’s father also grew up here, as she said at the outset.')).toEqual(['Harbour Gazette', 'Mrs. Diaz']);
  });

  it('reads any verb after a quotation and its speaker as speech, and a pronoun that opens a joined verb’s clause', () => {
    expect(chain('Reyes spoke first. “People are tired of the levy,” he surmised.')).toEqual(['Harbour Gazette', 'Reyes']);
    expect(chain('“It is over,” Ana Diaz quipped on Monday.')).toEqual(['Harbour Gazette', 'Ana Diaz']);
    expect(chain('Reyes spoke first. On Friday, he joined the pilots in the square, saying the levy was unfair.')).toEqual(['Harbour Gazette', 'Reyes']);
  });

  it('reads the phrase a relative pronoun follows as the speaker of its verb, and one the text points to as no anonymous source', () => {
    expect(chain('The levy was a victory for Reyes, who has often complained about the ferry.')).toContain('Reyes');
    expect(chain('The ruling answered a request by the Kestrel Herald, which argued that the files were public.')).toContain('the Kestrel Herald');
    const prophet = analyzePassage('The self-styled prophet, who told followers the world would end in April, was arrested.', body());
    expect(prophet.attribution).toEqual(['Harbour Gazette', 'The self-styled prophet']);
    expect(prophet.caveats.map((c) => c.kind)).not.toContain('anonymous-source');
  });

  it('reads a campaign as a body that speaks, and a speaker after the verb named by age, by a hyphened place or as one of a body', () => {
    expect(chain('The levy was fair, the Reyes campaign said.')).toEqual(['Harbour Gazette', 'the Reyes campaign']);
    expect(chain('“The ferry will stay,” said the 46-year-old.')).toEqual(['Harbour Gazette', 'the 46-year-old']);
    expect(chain('“It is bad,” said Kestrel-based strategist Ana Diaz, referring to the levy.')).toEqual(['Harbour Gazette', 'Kestrel-based strategist Ana Diaz']);
    expect(chain('“It is coming,” said a strategist for one of the candidates, speaking on condition of anonymity.')[1]).toBe('a strategist for one of the candidates');
  });

  it('reads the subject of a verb of saying as a speaker when any common sense of its head names a person', () => {
    expect(chain('The star noted that the festival had lost its sponsor.')).toEqual(['Harbour Gazette', 'The star']);
    expect(chain('The tide said nothing of the storm.')).toEqual(['Harbour Gazette']);
  });

  it('reads no place, date or introductory phrase as the person "he" stands for, and each "he" where it stands', () => {
    const context = { ...body(), lastPerson: 'Mayor Ana Ruiz' };
    for (const opening of ['Last Tuesday', 'At the White House', 'In New York']) {
      expect(chain(`${opening}, she said the deal was off.`, context)).toEqual(['Harbour Gazette', 'Mayor Ana Ruiz']);
    }
    expect(chain('“Fine, he said,” Tom Reyes recalled. Mayor Leo Diaz spoke next. Then he said it was fine.')).toEqual(['Harbour Gazette', 'Tom Reyes', 'Mayor Leo Diaz']);
    expect(chain('In a speech, she thanked the workers and said the plant would stay.')).not.toContain('In');
    expect(chain('Officials in New York said the vote was late.')).toEqual(['Harbour Gazette', 'unnamed officials in New York']);
    expect(chain('Governor Lee signed a pact to end the strike.')).toEqual(['Harbour Gazette']);
  });

  it('gives the subject of a first verb to a second one joined by "and", "then" or "but"', () => {
    expect(chain('Governor Lee blasted the ruling and said the state would appeal.')).toEqual(['Harbour Gazette', 'Governor Lee']);
    expect(chain('Mayor Ana Diaz offered the man a job, then says she will welcome advice.')).toEqual(['Harbour Gazette', 'Mayor Ana Diaz']);
    // A subject may open with "The": it is no introductory phrase.
    expect(chain('The Arizona Republican survived five years in prison and says such methods are inhumane.')).toEqual(['Harbour Gazette', 'The Arizona Republican']);
    // Past an opening phrase, a subject the lists lack is the tagger's; not one outside the clause that "that" opens, nor a
    // verb the tagger took for a noun after a count.
    expect(chain('On Monday, the harbour board met behind closed doors and said the pier was safe.')).toEqual(['Harbour Gazette', 'the harbour board']);
    expect(chain('The documents raised new questions, a charge that the mayor has faced in the past and has always denied.')).toEqual(['Harbour Gazette']);
    expect(chain('The documents raised new questions, a charge that Ruiz has faced in the past and has always denied.')).toEqual(['Harbour Gazette']);
    expect(chain('On Tuesday, the harbour board, whose members met in private, voted and said fees would rise.')).toEqual(['Harbour Gazette']);
    expect(chain('In the new ad, the two men walk along the pier and say the mayor has failed them.')).toEqual(['Harbour Gazette', 'the two men']);
    expect(chain('Some seek to be removed from the lists, fearing the exposure, and argue that their boats are worth far less.')).toEqual(['Harbour Gazette']);
    expect(chain('After the storm, the harbour board met Tom Ward, who lost two boats and said aid was slow.')).toEqual(['Harbour Gazette']);
    expect(chain('During the hearing, the harbour board heard divers describe the wreck and say the pier was unsafe.')).toEqual(['Harbour Gazette']);
    // A time with no comma after it opens the sentence and is no part of the subject.
    expect(chain('Last week the harbour board met residents and said fees would rise.')).toEqual(['Harbour Gazette', 'the harbour board']);
    // When may stand between the conjunction and the second verb.
    expect(chain('Scott has freed up $26 million in state funds and on Monday announced $5 million more was coming.')).toEqual(['Harbour Gazette', 'Scott']);
  });

  it('reads a dateline, a lawmaker’s party and state, plurals of bodies and a poll’s makers and shares as what they are', () => {
    expect(chain('WASHINGTON — Sen. Ted Cruz blasted the deal on Monday, saying it would fail.')).toEqual(['Harbour Gazette', 'Sen. Ted Cruz']);
    expect(chain('Washington (AFP) – Hillary Clinton took a swipe at the plan, saying that it would do harm.')).toEqual(['Harbour Gazette', 'Hillary Clinton']);
    // A dash after a name that opens a sentence is an aside, not a dateline.
    expect(chain('Reyes - the front-runner - said the levy would pass.')).not.toContain('Reyes -');
    expect(chain('Sen. Bernie Sanders (I-Vt.) on Saturday criticized the accord, saying the agreement goes nowhere.')).toEqual(['Harbour Gazette', 'Sen. Bernie Sanders (I-Vt.)']);
    expect(chain('Advocacy groups said the restrictions were less for safety.')).toEqual(['Harbour Gazette', 'Advocacy groups']);
    expect(chain('Multiple outlets reported on Wednesday that the talks had stalled.')).toEqual(['Harbour Gazette', 'Multiple outlets']);
    expect(chain('According to a Reuters/Ipsos poll, the two candidates are tied.')).toEqual(['Harbour Gazette', 'a Reuters/Ipsos poll']);
    expect(chain('Among likely voters, about two-thirds, 67 percent, say they will vote for Reyes. Just over a quarter, 26 percent, say they will not.')).toEqual(['Harbour Gazette', 'about two-thirds, 67 percent', 'Just over a quarter, 26 percent']);
    expect(chain('Again, those surveyed said Reyes was best able to handle the issue. One in five say that will change.')).toEqual(['Harbour Gazette', 'those surveyed', 'One in five']);
    expect(chain('The email goes on to say that the plan would fail.')).toEqual(['Harbour Gazette', 'The email']);
    // The object of a participle's preposition is no subject: "officials involved with the political groups".
    expect(chain('Officials involved with the political groups have made clear that they will not back him.')).not.toContain('the political groups');
  });

  it('reads journalists through their outlet, legal papers, ways of saying with “to say”, inverted verbs, words of when and a pronoun’s contractions', () => {
    // A journalist named with the outlet speaks through it; a court's papers say what they say.
    expect(chain('As the Harbour Post’s Ishaan Tharoor wrote, “the vote was close.”')).toEqual(['Harbour Gazette', 'Harbour Post', 'Ishaan Tharoor']);
    // "General" after a role is the role's.
    expect(chain('It had no files, according to a report from the ministry’s inspector general.')).toEqual(['Harbour Gazette', 'the ministry’s inspector general']);
    expect(chain('Voters waited for hours, the lawsuit says.')).toEqual(['Harbour Gazette', 'the lawsuit']);
    // "interjected to say" and "took to Twitter to say" are saying; "declined to say" is not.
    expect(chain('O’Malley, who signed the gun laws as governor, interjected to say: "Both were inconsistent."')).toEqual(['Harbour Gazette', 'O’Malley']);
    expect(chain('Reyes took to Twitter to say that the count was wrong.')).toEqual(['Harbour Gazette', 'Reyes']);
    expect(chain('The mayor declined to say whether she would run.')).toEqual(['Harbour Gazette']);
    // After a pronoun "'s" is "has" or "is", not a possessive: "he's said", "that's according to"; "it's said" has no agent.
    expect(chain('Mayor Dana Reyes spoke first. She’s said that the count was wrong.')).toEqual(['Harbour Gazette', 'Mayor Dana Reyes']);
    expect(chain('That’s according to members of the port board.')).toEqual(['Harbour Gazette', 'unnamed members of the port board']);
    expect(chain("It's said that the count was wrong. He's said to be ill.")).toEqual(['Harbour Gazette']);
    // A joined verb's speaker opens its clause, past a short opening phrase or with an aside.
    expect(chain('Hours later, Reyes left the hall, saying that the count was rigged.')).toEqual(['Harbour Gazette', 'Reyes']);
    // Whoever cites something is a source too, read by the tagger where the lists lack the noun.
    expect(chain('Beyond the camera footage, the affidavit cited interviews with the pilots and said the ferry had been late.')).toContain('the affidavit');
    // Not one cited for speeding: a passive's subject is its target.
    expect(chain('The driver was cited for speeding and released.')).toEqual(['Harbour Gazette']);
    expect(chain('The driver was twice cited for speeding last year.')).toEqual(['Harbour Gazette']);
    // What the subject is may stand for its verb: "has been outspoken in its opposition…, arguing".
    expect(chain('The conservative magazine has been outspoken in its opposition to the levy, arguing it is a tax on fishermen.')).toEqual(['Harbour Gazette', 'The conservative magazine']);
    expect(chain('Reyes, a longtime critic, lashed out at the council, saying that the count was rigged.')).toEqual(['Harbour Gazette', 'Reyes, a longtime critic']);
    // A figure "in" a poll the passage names is the poll's; a bare "in polls" names none.
    expect(chain('Reyes leads by six points in a new Harbour Gazette-Ipsos poll.')).toEqual(['Harbour Gazette', 'a new Harbour Gazette-Ipsos poll']);
    expect(chain('Reyes was interested in polls as a student.')).toEqual(['Harbour Gazette']);
    // A noun the tagger takes for an adjective, between a number and a verb.
    expect(chain('One operative tried to play down the comments, saying they were no big deal.')).toEqual(['Harbour Gazette', 'One operative']);
    // A hyphened modifier inside a speaker's description before a name.
    expect(chain('“The levy fails,” says Tom Reyes of the non-partisan Reyes-Okafor Political Report. “It will.”')).toEqual(['Harbour Gazette', 'Tom Reyes of the non-partisan Reyes-Okafor Political Report']);
    // A colon after an inverted speaker opens what was said.
    expect(chain('In other words, explained Port Director Tom Reyes: “The levy pays for the pier.”')).toEqual(['Harbour Gazette', 'Port Director Tom Reyes']);
    // "by" and a gerund is how something was said, not who said it.
    expect(chain('A port official responded by saying the pier was safe.')).toEqual(['Harbour Gazette', 'A port official']);
    // A verb of communication after a quotation and a description of its speaker says it; "said head coach" is no such description.
    expect(chain('“The pier is unsafe,” the aide declared.')).toEqual(['Harbour Gazette', 'the aide']);
    // "It said" stands for the body or document cited last, here or in an earlier passage, never for a person.
    const authority = analyzePassage('The port authority issued a statement on Monday.', body());
    expect(authority.personFor('it')).toBe('The port authority');
    expect(chain('In the case of the pier, it said, “the repairs are done.”', { ...body(), lastPerson: authority.personFor })).toEqual(['Harbour Gazette', 'The port authority']);
    const mayor = analyzePassage('Mayor Tom Reyes spoke on Monday, saying the pier was safe.', body());
    expect(chain('In the case of the pier, it said, “the repairs are done.”', { ...body(), lastPerson: mayor.personFor })).toEqual(['Harbour Gazette']);
    // A second verb joined by "but" is said by the pronoun that opens the clause.
    expect(chain('Mayor Dana Reyes cut the debt in five years. She paid it down, but said the levy was still needed.')).toEqual(['Harbour Gazette', 'Mayor Dana Reyes']);
    // People a description counts by name belong to it, and name it: no anonymous source.
    const including = analyzePassage('Several council members, including Dana Reyes, said the levy was unfair.', body());
    expect(including.attribution).toEqual(['Harbour Gazette', 'Several council members, including Dana Reyes']);
    expect(including.caveats.map((c) => c.kind)).not.toContain('anonymous-source');
    // "one of his aides" counts aides, whom the text does not name.
    const aide = analyzePassage('The levy will pass, according to one of his senior aides.', body());
    expect(aide.attribution).toEqual(['Harbour Gazette', 'one of his senior aides']);
    expect(aide.caveats.map((c) => c.kind)).toContain('anonymous-source');
    // What "according to" names may open with an adverb and a participle.
    expect(chain('But according to recently leaked Port Authority documents, the pier was unsafe.')).toEqual(['Harbour Gazette', 'recently leaked Port Authority documents']);
    // After an article too, where the tagger reads the participle as a noun.
    expect(chain('The pier was unsafe, according to a newly uncovered email kept secret for years.')).toEqual(['Harbour Gazette', 'a newly uncovered email']);
    // A plural after a count in figures is a noun: "13 states" states nothing.
    expect(chain('Texas, leading a coalition of 13 states, said the rules fail.')).toEqual(['Harbour Gazette', 'Texas']);
    // What a review of the round's readings found, each left as it was before them:
    const clinton = analyzePassage('Hillary Clinton, the Democratic nominee, said the deal was bad.', body());
    expect(chain('In court papers, it said the emails were classified.', { ...body(), lastPerson: clinton.personFor })).toEqual(['Harbour Gazette']);
    expect(chain('Tom Reyes arrived late. He spoke for an hour, and protesters booed and said he lied.')).toEqual(['Harbour Gazette']);
    expect(chain("Dana Reyes met Tom Okafor. He's criticized for his comments.")).toEqual(['Harbour Gazette']);
    expect(chain('Khaled Said was beaten by police in the port.')).toEqual(['Harbour Gazette']);
    expect(analyzePassage('Several people, including White House aides and Pentagon officials, said the plan fails.', body()).caveats.map((c) => c.kind)).toContain('anonymous-source');
    expect(chain('Tom Reyes’s Tax Returns: What We Know.')).toEqual(['Harbour Gazette']);
    expect(chain('Reyes has little faith in the polls, his aides say.')).not.toContain('the polls');
    expect(chain('The police found that laptop in the harbour. Reyes’s victory shows that voters are angry.')).toEqual(['Harbour Gazette']);
    // A joined verb's clause may open with names a description includes, and a count alone is no source.
    expect(chain('Other council members, including Dana Reyes and Tom Okafor, have followed her lead, saying the levy is unfair.')).toEqual(['Harbour Gazette', 'Other council members, including Dana Reyes and Tom Okafor']);
    expect(chain('Several dockers, including union stewards, backed the deal, saying it was fair.')).not.toContain('Several');
    // "They" may stand for a capitalised plural of people that opens a sentence ("Senate Democrats").
    expect(chain('Senate Democrats blocked the levy. They said the wording was unfair.')).toEqual(['Harbour Gazette', 'unnamed Senate Democrats']);
    // A name after a role may open with a word English uses; its surname makes it a name, so no anonymous source.
    const deputy = analyzePassage('“We are ready,” said the campaign’s deputy manager, Rich Okafor, who ran the count.', body());
    expect(deputy.attribution).toEqual(['Harbour Gazette', 'the campaign’s deputy manager, Rich Okafor']);
    expect(deputy.caveats.map((c) => c.kind)).not.toContain('anonymous-source');
    expect(chain('"It is bad," said the company spokesman, New Jersey.')).not.toContain('the company spokesman, New Jersey');
    // "the company" is no place or nationality the passage names.
    expect(chain('The drug maker faces lawsuits in the United States and Canada. On Tuesday, the company said it would be late.')).toEqual(['Harbour Gazette', 'the company']);
    // A journalist a source spoke to is heard through the outlet, and is no source.
    expect(chain('Reyes told Jake Tapper of the Harbour Post that the levy was unfair.')).toEqual(['Harbour Gazette', 'the Harbour Post', 'Reyes']);
    // A relative clause's verb of saying is its antecedent's; the clause's subject still says a joined verb.
    expect(chain('Mayor Tom Reyes passionately rebuked critics who say he should resign, saying another vote would help them.')).toContain('Mayor Tom Reyes');
    // A participle that opens the sentence is said by the subject after its comma.
    expect(chain('Having announced that the pier would reopen, Mayor Reyes proceeded to cut the ribbon.')).toEqual(['Harbour Gazette', 'Mayor Reyes']);
    // A subject that ends a list opening the sentence is the whole list; a sentence's opening word is no item of it.
    expect(chain('Reyes, Okafor and Brandt said the levy fails.')).toEqual(['Harbour Gazette', 'Reyes, Okafor and Brandt']);
    expect(chain('However, Reyes and Okafor said the levy fails.')).toEqual(['Harbour Gazette', 'Reyes and Okafor']);
    // A role owned by a name, then the name of whoever holds it, between commas.
    expect(chain('Reyes’s chief of staff, Tom Kasper, said the levy will pass.')).toEqual(['Harbour Gazette', 'Reyes’s chief of staff, Tom Kasper']);
    // "and others" after a speaker read past the verb belongs to it.
    expect(chain('The levy, said Reyes and others, would pay for the pier.')).toEqual(['Harbour Gazette', 'Reyes and others']);
    // So may "in fact", "indeed", "reportedly" and "apparently".
    expect(chain('The port authority has in fact said the pier is safe.')).toEqual(['Harbour Gazette', 'The port authority']);
    // A manner adverb may stand between a speaker and a verb of communication.
    expect(chain('Councillor Dana Reyes then loudly asked, “Who pays for the pier?”')).toEqual(['Harbour Gazette', 'Councillor Dana Reyes']);
    expect(chain('Dana Reyes left the hall. She angrily said the levy was unfair.')).toEqual(['Harbour Gazette', 'Dana Reyes']);
    // So may "himself" or "herself" after a name.
    expect(chain('Mayor Reyes herself said the levy was unfair.')).toEqual(['Harbour Gazette', 'Mayor Reyes']);
    // A conjunction that opens the sentence is no part of the speaker's name.
    expect(chain('But Councillor Reyes explained that the levy would pass.')).toEqual(['Harbour Gazette', 'Councillor Reyes']);
    // A plural after a word that is only ever an adjective is a noun, not a verb of saying, unless an article makes
    // the adjective the subject.
    expect(chain('In other solidly Democratic states, he said, the levy failed.')).not.toContain('Democratic');
    expect(chain('One analyst says the levy will fail; the other says it will pass.')).toContain('the other');
    // "both" inside a description is part of it; "both" alone stands for two the text names, no anonymous source.
    expect(chain('Leaders of both parties say the levy must pass.')).toEqual(['Harbour Gazette', 'unnamed leaders of both parties']);
    const both = analyzePassage('Reyes and Brandt spoke, and both condemned the levy.', body());
    expect(both.caveats.map((c) => c.kind)).not.toContain('anonymous-source');
    // A side-taking verb in -s that is also a plural noun is a verb right after one subject, not in a compound.
    expect(chain('Councillor Reyes supports the levy.')).toEqual(['Harbour Gazette', 'Councillor Reyes']);
    expect(chain('The plan cuts income supports for families.')).toEqual(['Harbour Gazette']);
    // A view is held by the people a clause opens with, past where they are.
    expect(chain('Most Republican voters in each district want the levy repealed.')).toEqual(['Harbour Gazette', 'Most Republican voters in each district']);
    // A verb of communication WordNet lists is said by the name an aside follows, as a listed verb is.
    expect(chain('Reyes, speaking at the rally, asked the crowd whether they trusted the council.')).toEqual(['Harbour Gazette', 'Reyes']);
    // "Ft." and "Mt." end no sentence.
    expect(chain('Ana Diaz, who at the time was a Ft. Ellery councillor, said the levy was fair.')).toEqual(['Harbour Gazette', 'Ana Diaz']);
    // "Or" is a first name, not a conjunction to drop.
    expect(chain('Or Levy explained that the road would reopen.')).toEqual(['Harbour Gazette', 'Or Levy']);
    // What an infinitive or a participle after a noun names belongs to that noun's phrase, whose head speaks.
    expect(chain('The last man to run the port authority says the levy is fair.')).toEqual(['Harbour Gazette', 'The last man']);
    // A word of asking after "to" opens a clause, not an infinitive.
    expect(chain('The storm led to what aide Piet Halvorsen called “the worst week in memory.”')).toEqual(['Harbour Gazette', 'aide Piet Halvorsen']);
    expect(chain('Officials working on the plan said it was late.')).toEqual(['Harbour Gazette', 'unnamed officials']);
    // A press release or a text message is a written statement, its sender's, whoever it went to.
    expect(chain('Reyes’s campaign sent out a press release saying the levy was unfair.')).toEqual(['Harbour Gazette', 'Reyes’s campaign']);
    expect(chain('Reyes’s campaign sent a text message to supporters saying the levy was unfair.')).toEqual(['Harbour Gazette', 'Reyes’s campaign']);
    // After a view stands what it is about, never who holds it.
    expect(chain('While many harbour watchers expect Mayor Reyes to be reelected, they say she will have to work.')).not.toContain('Mayor Reyes');
    // What a second review found, each left as it was before the readings that caused it:
    expect(chain('Prosecutors in New Jersey charged Tom Okafor with fraud. On Monday, the firm said he had left.')).toEqual(['Harbour Gazette', 'the firm']);
    expect(chain('Accused of lying by the council, the mayor resigned.')).toEqual(['Harbour Gazette']);
    expect(chain('Except for Reyes, Okafor and Brandt said the levy fails.')).toEqual(['Harbour Gazette', 'Okafor and Brandt']);
    expect(chain('The union published a statement saying the levy was illegal.')).toEqual(['Harbour Gazette', 'The union']);
    expect(analyzePassage('“We are ready,” said a spokesman for the carrier, Royal Harbour.', body()).caveats.map((c) => c.kind)).toContain('anonymous-source');
    expect(chain('Thousands came to hear Reyes say the levy is unfair.')).toEqual(['Harbour Gazette', 'Reyes']);
    expect(chain('Activists clamoring to block a nominee say he is unfit.')).toEqual(['Harbour Gazette', 'unnamed activists']);
    expect(chain('The market fell sharply after the port chairman abruptly announced a rate rise.')).toEqual(['Harbour Gazette', 'the port chairman']);
    // After "told" or "asked" stands whom it was said to, never who said it.
    expect(chain('“The pier is unsafe,” the retired harbourmaster told reporters.')).toEqual(['Harbour Gazette', 'the retired harbourmaster']);
    // What a body or a person named found or showed is theirs; a survey's "of" is whom it asked, not who made it.
    expect(chain('The Pew Research Center found that the levy would pass.')).toEqual(['Harbour Gazette', 'The Pew Research Center']);
    expect(chain('A survey of dock workers found that the deal would pass.')).toEqual(['Harbour Gazette', 'A survey of dock workers']);
    expect(chain('Police found a body in the harbour. Researchers found that the water was clean.')).toEqual(['Harbour Gazette']);
    // Any verb of saying in the past may put its speaker after a quotation; when may follow the name.
    expect(chain('"We have no say anymore," tweeted a user from Ellery.')).toEqual(['Harbour Gazette', 'a user from Ellery']);
    expect(chain('“That is treason,” said Reyes constituent Dan Golvach when asked about the vote.')).toEqual(['Harbour Gazette', 'Reyes constituent Dan Golvach']);
    // When, between a subject and its verb: "this past week", "less than two weeks ago".
    expect(chain('Reince Priebus, the party chairman, this past week announced a new website.')).toEqual(['Harbour Gazette', 'Reince Priebus, the party chairman']);
    expect(chain('The State Department less than two weeks ago said that the files were secret.')).toEqual(['Harbour Gazette', 'The State Department']);
    // "the group" after a body the passage cites by name is that body, not the first name in the passage.
    expect(chain('There are fewer players in the United States, according to the National Golf Foundation. Many courses have closed, the group says.')).toEqual(['Harbour Gazette', 'the National Golf Foundation']);
  });

  it('reads names and roles past openers, asides and commas, and a question as what was asked', () => {
    // A name that ends like a participle opens no introductory phrase; a role and a name set off by commas, past "also".
    expect(chain('Husted continued by saying, “We will appeal this decision.”')).toEqual(['Harbour Gazette', 'Husted']);
    expect(chain('In a statement to the Observer, her senior policy adviser, Jake Sullivan, said the plan would hold.')).toEqual(['Harbour Gazette', 'her senior policy adviser, Jake Sullivan']);
    expect(chain('Another former lawmaker, Sen. Joe Lieberman (I-Conn.), also stated his intention to vote.')).toEqual(['Harbour Gazette', 'Another former lawmaker, Sen. Joe Lieberman (I-Conn.)']);
    // An attribution between commas inside the clause; "inside" before a role is no preposition.
    expect(chain('The plan, an inside source said, is to hand out reprints.')).toEqual(['Harbour Gazette', 'an inside source']);
    // A question after a colon is what was asked; an outlet's named staff speak through it.
    expect(chain('During the debate, ABC moderator David Muir asked the candidates a simple question: Who will win?')).toEqual(['Harbour Gazette', 'ABC', 'moderator David Muir']);
    expect(chain('Kerpen needled the CNN “reporter,” saying, “A reporter who tweets on request!”')).toEqual(['Harbour Gazette', 'Kerpen']);
    expect(chain('Gore’s close friends have in the past said he was staying quiet.')[1]).toMatch(/friends$/u);
    expect(chain('“Palin will not be attending,” the release said.')).toEqual(['Harbour Gazette', 'the release']);
  });

  it('reads shares whole, but puts no idiom, clause, target or bystander in the chain', () => {
    // A poll's share of those it asked is read whole, after "which" too; a share of insiders is still unnamed.
    expect(chain('Reyes faces an electorate in which 67 percent of voters say she is not honest.')).toContain('67 percent of voters');
    expect(chain('About four out of 10 voters said the economy was the top issue.')).toEqual(['Harbour Gazette', 'About four out of 10 voters']);
    expect(kinds('Most of her advisers say the levy will pass.')).toContain('anonymous-source');
    // "which states" is no verb; any verb of saying in the past may put its speaker after a quotation, with a party and state as role.
    expect(chain('Earhardt then asked Rubio which states he could win.')).toEqual(['Harbour Gazette', 'Earhardt']);
    // Whether, after a longer description of whom it is put to.
    expect(chain('The Gazette asked the 2016 Democratic harbour board contender if she was ready.')).toEqual(['Harbour Gazette', 'The Gazette']);
    expect(chain("''I will not vote for him,'' declared Senator Jeff Flake, Republican of Arizona, who echoed Mr. Ryan.")).toEqual(['Harbour Gazette', 'Senator Jeff Flake, Republican of Arizona']);
    expect(chain('The film "Nobody Will Come," directed by Rana Haddad, won the prize.')).toEqual(['Harbour Gazette']);
    // No share where a share's word opens an idiom or a clause, and no speaker past one.
    expect(chain('Half an hour later the minister said the talks were over.')).toContain('the minister');
    expect(chain('Most recently the senator said the plan was dead.')).toContain('the senator');
    expect(chain('Some 40 percent of the ballots were counted before officials said the count was final.')).toContain('unnamed officials');
    expect(chain('Half the town lost power, and most residents said they had no warning.')).toEqual(['Harbour Gazette', 'most residents']);
    // "the union" is no department the passage cited; a clause with no "who" describes the noun before it.
    expect(chain('The city closed the pool, the Parks Department said. Swimmers were angry, the union said.')).toEqual(['Harbour Gazette', 'the Parks Department', 'the union']);
    expect(chain('A contractor the mayor hired in March said the work was done.')).not.toContain('A contractor the mayor');
    expect(chain('Protesters outside the courthouse before the verdict said they would stay.')).not.toContain('the verdict');
    // Not saying it: "is not inclined to say"; what a verb of asking asks is a question, not a relative clause.
    expect(chain('Reyes is not inclined to say whether she will run.')).toEqual(['Harbour Gazette']);
    expect(chain('Police asked anyone who saw the crash to call them.')).toEqual(['Harbour Gazette']);
    // A campaign manager an outlet's name happens to own is no journalist; a capitalised name before a dash is no dateline.
    expect(chain("Bloomberg's campaign manager Kevin Sheekey said the mayor would not run.")).not.toContain('campaign manager Kevin Sheekey');
    expect(chain('Gov. Chris Christie (R) — who dropped out Wednesday — blasted Rubio and said the senator was unready.')).toEqual(['Harbour Gazette', 'Gov. Chris Christie']);
    expect(chain('ISIS — the group behind the attack — blasted the West and said it would strike again.')).toEqual(['Harbour Gazette', 'ISIS']);
    expect(chain('A report on the crash by the NTSB found pilot error.')).toContain('the NTSB');
  });

  it('reads passives, claims before their source, whoever asks, and opening phrases of where and when', () => {
    // "said by telephone" is no passive ("as first reported by" is); a role before a name after a quotation; a claim before its source.
    expect(chain("''It's nonsense,'' Mr. Trump said by telephone on NBC's ''Meet the Press.''")).toEqual(['Harbour Gazette', 'Mr. Trump']);
    expect(chain('The plan, first reported by the Calder Evening Post, would merge the brigades.')).toEqual(['Harbour Gazette', 'the Calder Evening Post']);
    expect(chain('“But why?” reporter Jackie Nespral asked him.')).toEqual(['Harbour Gazette', 'reporter Jackie Nespral']);
    expect(chain('Reyes won the primary, the Associated Press declared on Thursday, two days after the vote.')).toEqual(['Harbour Gazette', 'the Associated Press']);
    expect(chain('One Republican hopeful, Carly Fiorina, says she plans to root for Iowa.')).toEqual(['Harbour Gazette', 'One Republican hopeful, Carly Fiorina']);
    // Findings the tagger misreads after "according to", and an initialism's full stop inside a name.
    expect(chain('According to recent polling, the candidate is leading.')).toEqual(['Harbour Gazette', 'recent polling']);
    expect(chain('He paid $8 million for the plane, according to F.A.A. records.')).toEqual(['Harbour Gazette', 'F.A.A. records']);
    // Whoever asks, named after "Asked by" at a sentence's opening; a relative clause's preposition takes no object as the subject.
    expect(chain('The talks stalled. Asked by Starnes if the deal was dead, Carson said no.')).toEqual(['Harbour Gazette', 'Carson', 'Starnes']);
    expect(chain('Current and former officials who spoke with The Harbour Post said the party was weak.')).not.toContain('The Harbour Post');
    // "close to" inside a description; an opening phrase ending in a place and its state; a joined verb's subject is its clause's.
    expect(chain('Rather, sources close to her campaign say she stands behind the plan.')).toEqual(['Harbour Gazette', 'unnamed sources close to her campaign']);
    expect(chain('At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her statement, saying the plan would hold.')).toEqual(['Harbour Gazette', 'Mrs. Clinton']);
    // No role holds a verb of its own; "on" inside a name; a verb after an adverb is the clause's, not a participle describing.
    expect(chain('As reported by Western Journalism, the former secretary was made aware of the attack.')).toEqual(['Harbour Gazette', 'Western Journalism']);
    expect(chain('Voters will elect 12 senators in May, the Commission on Elections said on Monday.')).toEqual(['Harbour Gazette', 'the Commission on Elections']);
    // (Reyes takes a side, rebuking them, past a manner adverb.)
    expect(chain('Reyes passionately rebuked critics who say the levy is a tax.')).toEqual(['Harbour Gazette', 'Reyes', 'unnamed critics']);
    // A noun of saying after a determiner is no earlier speaker ("on those claims"); "after" a day opens a clause; "Here in…,".
    expect(chain('Rubio pushed back on those claims Thursday, saying that the bill was sound.')).toEqual(['Harbour Gazette', 'Rubio']);
    expect(chain('Reyes struck back on Sunday after the mayor had said on Saturday that the levy was fair.')).toContain('the mayor');
    expect(chain('Here in Ellery, Reyes stepped up her campaign, saying the levy would fall.')).toEqual(['Harbour Gazette', 'Reyes']);
    // A quotation may open the sentence before a name and its aside.
    expect(chain('"We need people who will bring us together," Harry Bond, 30, of Raleigh, who was polled, said.')[1]).toMatch(/^Harry Bond/u);
  });

  it('reads the speaker between a quotation and a verb of asking as the one who asks, not after a quotation that ended its sentence', () => {
    expect(chain('“Can you explain that?” Boyle asked Mayor Lee.')).toEqual(['Harbour Gazette', 'Boyle']);
    expect(chain('He never used the word “resign.” Officials signed the pact on Friday.')).toEqual(['Harbour Gazette']);
    expect(chain('They chanted “Lock her up.” Trump signed autographs.')).toEqual(['Harbour Gazette']);
    // A verb of communication among the words after an inverted "said" ("coach") is no second speaker.
    expect(chain('“We trained well all week,” said head coach Jordan May after the win.')).toEqual(['Harbour Gazette', 'head coach Jordan May']);
  });

  it('carries the speaker from one passage to the next at ingest', () => {
    const article = 'Budget row\n\nCouncil leader Maria Lopez said the budget was balanced.\n\nShe added that taxes would not rise.\n';
    expect(chainAtIngest(article, 'She added')).toEqual(['Harbour Gazette', 'Council leader Maria Lopez']);
  });

  it('passes over a person whose title, first name or surname tells the other sex', () => {
    // A first name birth records give to girls, a title, or a surname the article gave a first name before.
    expect(chain('Mayor Ana Diaz spoke first. Tom Reyes spoke next. Then she said it was fine.')).toEqual(['Harbour Gazette', 'Mayor Ana Diaz']);
    expect(chain('Ms. Okafor spoke first. Mr. Brandt spoke next. Later he said the vote was close.')).toEqual(['Harbour Gazette', 'Mr. Brandt']);
    const debate =
      'Debate night\n\nSen. Helen Marsh and Gov. Peter Brandt met in Ashby.\n\nMarsh said the levy was fair.\n\nBrandt said it was not.\n\nShe added that the port would pay for itself.\n\n“We will see,” he said.\n';
    expect(chainAtIngest(debate, 'She added')).toEqual(['Harbour Gazette', 'Marsh']);
    expect(chainAtIngest(debate, '“We will see,” he said')).toEqual(['Harbour Gazette', 'Brandt']);
  });

  it('reads the words that link a sentence to the one before as no part of its subject, but not a clause\'s "and"', () => {
    expect(chain('Instead, the harbour master is sticking to his plan, hoping to avoid a strike.')).toEqual(['Harbour Gazette', 'the harbour master']);
    expect(chain('Meanwhile Mayor Ana Ruiz said the pier would reopen.')).toEqual(['Harbour Gazette', 'Mayor Ana Ruiz']);
    expect(chain('Also Ruiz said the pier would reopen.')).toEqual(['Harbour Gazette', 'Ruiz']);
    // Some of those words also open names; they link only before a title, a role or a first name.
    expect(chain('Still Water Partners said it would bid for the pier.')).toEqual(['Harbour Gazette', 'Still Water Partners']);
    expect(chain('Separately, Now This News reported that the ferry had sunk.')).toEqual(['Harbour Gazette', 'Now This News']);
    expect(chain('Now Mayor Ana Ruiz says the pier will reopen.')).toEqual(['Harbour Gazette', 'Mayor Ana Ruiz']);
    // "and Ashby became his home" makes no man of Ashby.
    const pier =
      'New harbour\n\nPiet Halvorsen, 33, came to Ashby from Bergen in 2011.\n\nSoon, he found the town welcoming. He got a job at the pier, and Ashby became his home. Recently, he said, he has found the rest of the coast less kind.\n';
    expect(chainAtIngest(pier, 'Soon')).toEqual(['Harbour Gazette', 'Piet Halvorsen']);
  });

  it('reads the first name that tells a sex, not a role, a place or a middle name', () => {
    expect(genderOfName('Sen. Ted Cruz')).toBe('male');
    expect(genderOfName('Christine Todd Whitman')).toBe('female');
    expect(genderOfName('Attorney General Loretta E. Lynch')).toBe('female');
    expect(genderOfName('Florida Sen. Marco Rubio')).toBe('male');
    expect(genderOfName('Virginia Gov. Terry McAuliffe')).toBeNull(); // a place is no first name, and Terry is either
    expect(genderOfName('Clinton')).toBeNull(); // a surname alone is also a first name of boys
    const surnames = surnameGenders(['Hillary Clinton spoke.', 'Chris Murphy and Kathleen Murphy spoke.']);
    expect(genderOfName('Clinton', surnames)).toBe('female');
    expect(genderOfName('Murphy', surnames)).toBeNull(); // two Murphys, one of either sex
  });

  it('still gives the only person a pronoun can stand for when records mistake the sex of a name, but not against a title', () => {
    expect(chain('Lindsey Graham toured the yard. He said it would reopen.')).toEqual(['Harbour Gazette', 'Lindsey Graham']);
    expect(chain('Mr. Brandt toured the yard on Monday. She said it would reopen.')).toEqual(['Harbour Gazette']);
    // A thing whose name ends in a capital, or a plural of people opening a sentence, is no person a pronoun stands for.
    expect(isPersonName('the council’s proposed ban on boats entering the U.S')).toBe(false);
    for (const person of ['Adams', 'Ursula von der Leyen', 'Council leader Maria Lopez', 'former mayor Halvorsen']) expect(isPersonName(person)).toBe(true);
    expect(pluralOfPeople('Pilots', articleNames(['Pilots in such ports have little interest in repairs.']))).toBe(true);
    // A surname the article gives with a first name is one: "Kirk Cousins".
    expect(pluralOfPeople('Cousins', articleNames(['Kirk Cousins toured the yard.', 'Cousins said the pier must close.']))).toBe(false);
    // Nor is a name the article itself calls "he" any "she", whatever the records say.
    expect(chain('Donald Okafor toured the yard. Okafor repaired his boat. “It is over,” she said.')).toEqual(['Harbour Gazette']);
    expect(pronounGenders(['Lindsey Graham repaired his boat. Graham said “she is fine.”', 'Kim Park said she was tired. Park left.']))
      .toEqual(new Map([['Graham', 'male'], ['Park', 'female']]));
  });

  it('reads names sentence by sentence, and a run of initials as no name', () => {
    // A name that ends a sentence teaches its surname; a title in the next sentence does not reach back.
    const surnames = surnameGenders(['The crowd cheered for Hillary Okafor. Okafor arrived late.', 'It was backed by Mr. Brandt. Helen Quist disagreed.']);
    expect(surnames.get('Okafor')).toBe('female');
    expect(surnames.get('Quist')).toBe('female');
    // A day before a name is no first name.
    expect(genderOfName('Last Tuesday Ted Okafor')).toBe('male');
    expect(() => surnameGenders(['They met in Washington, D. C. at 9 A. M.'])).not.toThrow();
  });

  it('reads "they" as the many a sentence before opens with, or the many an earlier passage cited', () => {
    expect(chain('Mr. Brandt and Ms. Okafor teamed up against the levy. They said it would fail.')).toEqual(['Harbour Gazette', 'Mr. Brandt and Ms. Okafor']);
    expect(chain('Dock workers in Port Ellery are a close group. They said the yard must reopen.')).toEqual(['Harbour Gazette', 'unnamed dock workers']);
    expect(chain('The plans were late. They said it was fine.')).toEqual(['Harbour Gazette']);
    // A capitalised plural WordNet lacks names people, but not a possessive nor a surname.
    expect(chain('Millennials have reached a consensus: By nearly 2-1, they say the pier should close.')).toEqual(['Harbour Gazette', 'unnamed Millennials']);
    expect(chain('Halvorsen’s plans were late. They said it was fine.')).toEqual(['Harbour Gazette']);
    const union = 'Strike vote\n\nThe Harbour Workers Union said the strike would go ahead.\n\nThey added that talks had failed.\n';
    expect(chainAtIngest(union, 'They added')).toEqual(['Harbour Gazette', 'The Harbour Workers Union']);
  });

  it('keeps names, bodies, verbs and headlines apart when reading "they" and "he"', () => {
    // A surname ending in "s" is one person, not many; a verb is no plural of people.
    expect(chain('Bernie Sanders said the system was rigged. They said the crowd was large.')).toEqual(['Harbour Gazette', 'Bernie Sanders']);
    expect(chain('The company hires workers who are paid little. They said the wages were fair.')).toEqual(['Harbour Gazette']);
    // A surname the article gives with a first name stays a person where it opens a sentence, though it is a role word too.
    const veto = 'Trump Says Ohio Rally Went Well\n\nGov. Tom Baker met Hillary Clinton.\n\nBaker vetoed it last week. He said it was too costly.\n\nWell, the vote failed anyway. She said the count was fair.\n';
    expect(chainAtIngest(veto, 'Baker vetoed')).toEqual(['Harbour Gazette', 'Baker']);
    // A headline that capitalises every word makes no name of "Well".
    expect(chainAtIngest(veto, 'Well,')).not.toContain('Well');
    // A name and the modifiers of another head are two sources, not one description.
    expect(chain('The plan failed, according to John Fisher and senior aides.')).toEqual(['Harbour Gazette', 'John Fisher']);
  });

  it('reads no word that only opens a sentence as the person a pronoun stands for', () => {
    for (const opening of ['Well, that is the plan.', 'Although the vote failed, the plan lives.', 'Democratic leaders met.', 'Come on in.']) {
      expect(chain(`${opening} He said it was fine.`)).toEqual(['Harbour Gazette']);
    }
    expect(chain('Brown toured the yard with Sherrod Brown. He said it was fine.')).toEqual(['Harbour Gazette', 'Brown']);
  });
});

describe('speakers the word lists lack, read by a tagger', () => {
  it('finds the head noun, WordNet class and aside of a subject', () => {
    const subject = taggedSubject('The retired harbour magnate has repeatedly insisted', 0, 'The retired harbour magnate has repeatedly '.length);
    expect(subject?.phrase).toBe('The retired harbour magnate');
    expect(subject?.determiner).toBe('the');
    const aside = 'Oskar Lind, a veteran ferry captain who sailed for years, said';
    expect(taggedSubject(aside, 0, aside.indexOf('said'))?.phrase).toBe('Oskar Lind, a veteran ferry captain who sailed for years');
    // A clause between commas is no aside: "later this month, the mayor told the council,".
    const clause = 'The vote comes later this month, the mayor told the council, adding';
    expect(taggedSubject(clause, 0, clause.indexOf('adding'))).toBeNull();
    expect(nounClass('magnate')).toBe('person');
    expect(nounClass('lifeguards')).toBe('person');
    expect(nounClass('committee')).toBe('group');
    expect(nounClass('memo')).toBe('communication');
    expect(nounClass('lighthouse')).toBe('other');
    expect(nounClass('qzxv')).toBeNull();
  });

  it('puts a subject whose head noun no list holds in the chain, described or unnamed as its determiner says', () => {
    expect(chain('The retired harbour magnate has repeatedly insisted that the pier is safe.')).toEqual(['Harbour Gazette', 'The retired harbour magnate']);
    const lawyers = analyzePassage('The ferry line’s lawyers have flatly denied that the hull leaked.', body());
    expect(lawyers.attribution).toEqual(['Harbour Gazette', 'The ferry line’s lawyers']);
    expect(lawyers.caveats.map((c) => c.kind)).toContain('anonymous-source');
    // A role with a relative clause after a name is the named person's, not an unnamed source.
    const role = analyzePassage('Oskar Lind, a veteran ferry captain who sailed for years, said the tides were rising.', body());
    expect(role.attribution).toEqual(['Harbour Gazette', 'Oskar Lind, a veteran ferry captain']);
    expect(role.caveats.map((c) => c.kind)).not.toContain('anonymous-source');
    const counted = analyzePassage('Two lifeguards from the rescue station said the flags went up too late.', body());
    expect(counted.attribution).toEqual(['Harbour Gazette', 'Two lifeguards from the rescue station']);
    expect(counted.caveats.map((c) => c.kind)).toContain('anonymous-source');
    // "The ferry magnate", "his eldest son" and bare "lifeguards" stand for someone or a trade the reader can weigh: not anonymous.
    for (const text of ['The ferry magnate said the company had ignored the warnings.', 'His eldest son said the company had ignored the warnings.', 'By noon, lifeguards said the flags went up too late.']) {
      expect(chain(text)).toHaveLength(2);
      expect(kinds(text)).not.toContain('anonymous-source');
    }
    // An object of a preposition or a thing is no speaker.
    const object = 'After speaking to the harbour workers, warned';
    expect(taggedSubject(object, 0, object.indexOf(', warned'))).toBeNull();
    expect(chain('A lighthouse says more about the town than any speech.')).toEqual(['Harbour Gazette']);

  });

  it('reads a speaker after an inverted verb with the modifiers and role the lists lack', () => {
    expect(chain('"The pier will hold," said retired harbour engineer Piet Halvorsen, asked about the storm.')).toEqual(['Harbour Gazette', 'retired harbour engineer Piet Halvorsen']);
    expect(chain('"The pier will hold," said Piet Halvorsen, technical adviser to the harbour board.')).toEqual(['Harbour Gazette', 'Piet Halvorsen, technical adviser to the harbour board']);
    // What follows the verb without a comma or full stop after it is what was said, not who said it.
    expect(taggedAfter('"Yes," said the harbour engineers were tired', '"Yes," said'.length)).toBeNull();
    // A lawmaker's party and state in brackets stand between the name and the sentence's end.
    expect(chain('"The pier will hold," said ranking harbour Democrat Piet Halvorsen (D-Md.). "It always has."')).toEqual(['Harbour Gazette', 'ranking harbour Democrat Piet Halvorsen']);
    expect(chain('Mayor Ines Brandt asked, “Who will pay for the pier?”')).toEqual(['Harbour Gazette', 'Mayor Ines Brandt']);
    // A party and state after a name, an aside whose verb follows a preposition, a question asked of someone.
    expect(chain('“I do not know what it will take,” said Senator Ada Brook (D-Ore.) in an interview.')).toEqual(['Harbour Gazette', 'Senator Ada Brook']);
    const aside = 'Halvorsen, the yard’s owner since buying it in 1990, told';
    expect(taggedSubject(aside, 0, aside.indexOf('told'))?.phrase).toBe('Halvorsen, the yard’s owner since buying it in 1990');
    expect(chain('Halvorsen questioned the mayor how the pier would be paid for.')).toEqual(['Harbour Gazette', 'Halvorsen']);
    // After "according to", a poll or a memo the lists do not read, by WordNet's class of its head.
    expect(chain('According to the latest harbour poll, most residents want the pier rebuilt.')).toEqual(['Harbour Gazette', 'the latest harbour poll']);
  });

  it('reads a verb of thinking or feeling before a clause or what its subject means to do as stance, not inside what was said', () => {
    expect(isStanceVerb('believes')).toBe(true);
    expect(isStanceVerb('hoped')).toBe(true);
    expect(isStanceVerb('sailed')).toBe(false);
    expect(isStanceVerb('noticed')).toBe(true);
    expect(chain('Halvorsen believes that the pier can be saved.')).toEqual(['Harbour Gazette', 'Halvorsen']);
    expect(chain('The harbour board expects to vote in May.')).toEqual(['Harbour Gazette', 'The harbour board']);
    expect(chain('Halvorsen believes in ghosts.')).toEqual(['Harbour Gazette']);
    expect(chain('The Harbour Gazette said the port authority planned to sell the old terminal.')).toEqual(['Harbour Gazette']);
  });

  it('reads what a speaker after the verb is of or close to, and what "according to" names, as the source', () => {
    expect(chain('“There is a passion for him,” said Robert Antonacci of the New York delegation.')).toEqual(['Harbour Gazette', 'Robert Antonacci of the New York delegation']);
    expect(chain('He has been “very worked up about it,” said a source close to the campaign.')[1]).toMatch(/source close to the campaign$/u);
    expect(chain('Clinton did well among those voters, according to exit polling data.')).toEqual(['Harbour Gazette', 'exit polling data']);
    // Modifiers of one head joined by "and"; a noun that owns is a source of its own.
    expect(chain('The plan failed, according to current and former officials.')).toEqual(['Harbour Gazette', 'unnamed current and former officials']);
    expect(chain('The plan failed, according to Democratic and independent analysts.')).toEqual(['Harbour Gazette', 'unnamed Democratic and independent analysts']);
    expect(chain('The plan failed, according to the company and union officials.')).toEqual(['Harbour Gazette', 'the company']);
    expect(chain('Support has fallen, according to a poll of 400 registered voters released on Friday.')).toEqual(['Harbour Gazette', 'a poll of 400 registered voters']);
  });

  it('reads past a quotation to its speaker: a word inside it is no passive, a relative clause describes the speaker', () => {
    expect(chain("''Knowing her, she will be,'' said Thomas Nides, a friend and adviser.")).toEqual(['Harbour Gazette', 'Thomas Nides, a friend and adviser']);
    expect(chain('“We have seen it,” said a Mexican official who was not authorized to speak publicly.')[1]).toMatch(/Mexican official$/u);
    expect(chain('Rep. Sander M. Levin (Mich.), a superdelegate supporting Clinton, said he has spoken with many.')[1]).toMatch(/^Rep\. Sander M\. Levin \(Mich\.\), a superdelegate/u);
    // After a comma, the one before the verb speaks, not the one after it.
    expect(chain("Mr. Trump's former campaign manager, Corey Lewandowski, said the staff member who succeeded him should go.")).toEqual(['Harbour Gazette', "Mr. Trump's former campaign manager, Corey Lewandowski"]);
  });

  it('reads the speaker right after a quotation and its verb, but not after any verb that follows a quotation', () => {
    expect(chain('"Why should the nomination be taken from him?" asked Bennett, now a radio host.')).toEqual(['Harbour Gazette', 'Bennett, now a radio host']);
    expect(chain('The film "Nobody Will Come," directed by Lebanese filmmaker Rana Haddad, won the prize on Saturday.')).toEqual(['Harbour Gazette']);
  });

  it('gives a verb in -ing joined by a dash or "while" the subject of the clause before, past "And then"', () => {
    expect(chain('Marco Rubio flipped his choice on the spot – saying he was rooting for Denver.')).toEqual(['Harbour Gazette', 'Marco Rubio']);
    expect(chain('Bolton gave a similar assessment, while saying that the speech reassured him.')).toEqual(['Harbour Gazette', 'Bolton']);
    expect(chain('And then Trump went fully on the attack, saying the president should resign.')).toEqual(['Harbour Gazette', 'Trump']);
    expect(chain('Walking to the next address, Ebeling recalled her school days, and said the war had changed them.')).toEqual(['Harbour Gazette', 'Ebeling']);
  });

  it('reads a poll’s share of the people it asked as who says it', () => {
    expect(chain('About 4 in 10 say they want the next president to be more liberal.')).toEqual(['Harbour Gazette', 'About 4 in 10']);
    expect(chain('On economic issues, 42% say they are liberal.')).toEqual(['Harbour Gazette', '42%']);
    expect(chain('Thirty-one percent of those surveyed say they would be satisfied.')).toEqual(['Harbour Gazette', 'Thirty-one percent of those surveyed']);
    expect(chain('But 58 percent of Latino voters overall said they were less likely to vote for him.')).toEqual(['Harbour Gazette', '58 percent of Latino voters overall']);
    // A share is no anonymous source.
    expect(kinds('A third of independents, 33%, say they feel that way.')).not.toContain('anonymous-source');
  });

  it('reads a participle before a noun, and a name the tagger splits, as parts of the subject', () => {
    expect(chain('But hacking specialists say the leaked files may be forged.')).toEqual(['Harbour Gazette', 'unnamed hacking specialists']);
    expect(chain('But Tom Fitton, the president of Judicial Watch, a group that has sued the department, said the damage is done.')[1]).toMatch(/^Tom Fitton, the president of Judicial Watch/u);
    // A word after "An earlier" is a noun, whatever the tagger first reads.
    expect(chain('An earlier report in a New Hampshire paper said that the fliers used the images.')[1]).toMatch(/report in a New Hampshire paper$/u);
  });

  it('reads a name that opens the sentence as the speaker past an aside with commas of its own, keeping its role', () => {
    expect(chain('Ada Brook, a ferry pilot from Kestrel, Maine, attending the hearing, said the levy was unfair.')).toEqual(['Harbour Gazette', 'Ada Brook, a ferry pilot from Kestrel, Maine']);
    expect(chain('Tom Reyes, 52, of Kestrel, Maine, who was among those polled, said he opposed it.')).toEqual(['Harbour Gazette', 'Tom Reyes, 52, of Kestrel, Maine']);
    expect(chain('Rep. Ana Diaz (D-Maine), said after a lunch that she had not read it.')).toEqual(['Harbour Gazette', 'Rep. Ana Diaz (D-Maine)']);
    expect(chain('Reyes, meanwhile, said the levy would pass.')).toEqual(['Harbour Gazette', 'Reyes']);
    // A party and state between commas, and what the speaker was doing, are no role.
    expect(chain('Sen. Ana Diaz, D-Maine, appearing on the radio after the vote, said the levy was fair.')).toContain('Sen. Ana Diaz, D-Maine');
    expect(chain('Reyes, speaking to reporters on the pier, said the levy was fair.')).toEqual(['Harbour Gazette', 'Reyes']);
    // Whoever opens a sentence that has its own verb before the comma is not the speaker.
    expect(chain('Reyes lost the vote, the council said.')).toEqual(['Harbour Gazette', 'the council']);
  });

  it('reads a subject that opens the sentence past a relative clause or a dashed aside', () => {
    expect(chain('Some fishermen who have worked the harbour for decades said the levy was unfair.')).toEqual(['Harbour Gazette', 'Some fishermen']);
    expect(chain('Many speakers at the hearing — including pilots, divers and cooks — said the levy was unfair.')).toEqual(['Harbour Gazette', 'Many speakers at the hearing']);
  });

  it('reads the subject before a long aside when the comma before the verb closes the aside, not a quotation', () => {
    const trump = chain('“Very good reporter,” Trump, the front-runner nationally and current polling leader after winning New Hampshire, said when Boyle asked him.');
    expect(trump[1]).toMatch(/^Trump, the front-runner/u);
    expect(chain('Clinton, 35, the daughter of the former president, said on Twitter that she was expecting.')[1]).toMatch(/^Clinton, 35, the daughter/u);
    // Two roles after the name: the name is the subject, and no role is an unnamed source.
    const smith = analyzePassage('Smith, a lawyer, the group’s founder, said the case was weak.', body());
    expect(smith.attribution).toEqual(['Harbour Gazette', 'Smith, a lawyer, the group’s founder']);
    expect(smith.caveats.map((c) => c.kind)).not.toContain('anonymous-source');
  });

  it('gives a verb a comma joins to its clause the clause’s subject', () => {
    expect(chain('The harbour magnate sold his last ferry on Friday, saying the trade had gone.')).toEqual(['Harbour Gazette', 'The harbour magnate']);
  });

  it('reads past what a speaker did, when or how between commas, keeping only a role with the name', () => {
    expect(chain('Halvorsen, struck by the damage, told the council the pier must close.')).toEqual(['Harbour Gazette', 'Halvorsen']);
    expect(chain('“It will hold,” Brandt, after a long pause, said of the pier.')).toEqual(['Harbour Gazette', 'Brandt']);
    expect(chain('Halvorsen, in a statement, said the pier must close.')).toEqual(['Harbour Gazette', 'Halvorsen']);
    // "by telephone" is how the words came, not a passive's agent.
    expect(chain('Piet Halvorsen, 81, of Bergen, Norway, said by telephone that the pier must close.')).toEqual(['Harbour Gazette', 'Piet Halvorsen, 81, of Bergen, Norway']);
    // Nor is a gerund after "by", with an adverb before it: "responded by first saying"; but a participle before a name is the agent's.
    expect(chain('The plan was criticized by recently retiring Sen. Ines Brandt as reckless.')).toEqual(['Harbour Gazette', 'recently retiring Sen. Ines Brandt']);
    expect(chain('The mayor responded by quickly denying any wrongdoing.')).toEqual(['Harbour Gazette', 'The mayor']);
    expect(chain("Mayor Brandt, channeling her careful roots, responded by first saying ''some good things'' about the pier.")).toEqual(['Harbour Gazette', 'Mayor Brandt']);
    expect(chain('Some advocates for pier repair funding said the council had waited too long.')).toEqual(['Harbour Gazette', 'Some advocates for pier repair funding']);
    // A state or country after a town is where the person named before it is from.
    expect(chain('Stacy Baker of Bergen, Norway says the pier must close.')).toEqual(['Harbour Gazette', 'Stacy Baker of Bergen, Norway']);
    // A role after the place is the person's, and the place does not replace them; words that open the sentence are no part of the name.
    expect(chain('But Democratic Rep. Piet Halvorsen of New Bergen, a pier supporter, said the pier must close.')).toEqual(['Harbour Gazette', 'Democratic Rep. Piet Halvorsen of New Bergen, a pier supporter']);
    expect(chain('Piet Halvorsen of Kranich Logistik, the largest ferry operator, warned that the pier must close.')).toEqual(['Harbour Gazette', 'Piet Halvorsen of Kranich Logistik, the largest ferry operator']);
    expect(chain('Meanwhile Sen. Piet Halvorsen of Bergen, the committee chairman, said hearings would begin.')).toEqual(['Harbour Gazette', 'Sen. Piet Halvorsen of Bergen, the committee chairman']);
    expect(chain('At the Capitol Sen. Piet Halvorsen of Bergen, the committee chairman, said hearings would begin.')).toEqual(['Harbour Gazette', 'Sen. Piet Halvorsen of Bergen, the committee chairman']);
    // A surname English uses as a word, and a weekday a preposition governs before the name.
    expect(chain('But Rep. Mark Green of Bergen, a Republican, said the plan would fail.')).toEqual(['Harbour Gazette', 'Rep. Mark Green of Bergen, a Republican']);
    expect(chain('In an interview on Monday Rep. Tom Hale of Bergen, a Republican, said the plan would fail.')).toEqual(['Harbour Gazette', 'Rep. Tom Hale of Bergen, a Republican']);
    // Not a name a preposition governs: the spokesman speaks, not the senator.
    expect(chain('A spokesman for Sen. Piet Halvorsen of Bergen, Tomas Berg, said the senator was traveling.')).toEqual(['Harbour Gazette', 'Tomas Berg']);
  });

  it('reads counted people, documents and those more likely to say as speakers', () => {
    expect(chain('The pier can wait, said a handful of Liberals.')).toEqual(['Harbour Gazette', 'a handful of Liberals']);
    expect(chain('The pier can wait, say some residents.')).toEqual(['Harbour Gazette', 'some residents']);
    expect(chain('Current and former councillors who spoke with the Gazette said the pier can wait.')).toEqual(['Harbour Gazette', 'unnamed current and former councillors']);
    expect(chain('One council ad declared that the pier was safe.')).toEqual(['Harbour Gazette', 'One council ad']);
    expect(chain('Older residents were more likely to say the pier should close.')).toEqual(['Harbour Gazette', 'unnamed older residents']);
    // Declining to say, or being told to, says nothing.
    expect(chain('The harbour master declined to say whether the pier was safe.')).toEqual(['Harbour Gazette']);
  });

  it('reads a share of people after a dash, of all, or as a strong majority whole, and a plural after a count as a noun', () => {
    expect(chain('The pier is seen as safer than the bridge - 60 percent of residents said the pier would last.')).toEqual(['Harbour Gazette', '60 percent of residents']);
    expect(chain('In the survey, 75 percent of sailors said yes, but 55 percent of all residents say the pier must close.')).toEqual(['Harbour Gazette', '75 percent of sailors', '55 percent of all residents']);
    expect(chain('A strong majority of harbour residents say they want the pier rebuilt.')).toEqual(['Harbour Gazette', 'A strong majority of harbour residents']);
    // "six states" is a count of states, not a verb of saying; nor are "the early states".
    expect(chain('Residents in six states said the piers were unsafe.')).toEqual(['Harbour Gazette', 'unnamed residents in six states']);
    expect(chain('Majorities of pilots in five states going to the polls Tuesday say the piers are unsafe.')).toEqual(['Harbour Gazette', 'Majorities of pilots in five states going to the polls Tuesday']);
    expect(chain('Most pilots in the early states say the piers are unsafe.')).toEqual(['Harbour Gazette', 'Most pilots in the early states']);
    expect(chain('The harbour report states that the pier is unsafe.')).toHaveLength(2);
  });

  it('reads a count with thousands’ commas whole, and whom a document is by only before its verb', () => {
    expect(chain('Last July the board polled its members, and 1,409 pilots said they backed the plan.')).toEqual(['Harbour Gazette', '1,409 pilots']);
    // What follows the verb is what the letter says: "withdraw from the harbour plan" names no author.
    expect(chain('The letter warned that if the council did not withdraw from the harbour plan, it would sue.')).toEqual(['Harbour Gazette', 'The letter']);
  });

  it('reads the speaker right after a quotation past a role between capitals, or with a relative clause after it', () => {
    expect(chain('“Can the pier hold?” former Brandt adviser Piet Halvorsen asked on the radio.')).toEqual(['Harbour Gazette', 'former Brandt adviser Piet Halvorsen']);
    expect(chain('“The pier will hold,” said one of two pilots who saw the storm.')).toEqual(['Harbour Gazette', 'one of two pilots']);
    // After a comma, what follows "said" is what was said.
    expect(chain('The mayor’s deputy, Ines Brandt, said the pilot who saw the storm was right.')).toEqual(['Harbour Gazette', 'The mayor’s deputy, Ines Brandt']);
    // "of" between capitals is a body's name, not a role: no anonymous source.
    expect(kinds('Boreing said, “It’s time we change,” promising the Friends of Abe will return to its roots.')).not.toContain('anonymous-source');
  });

  it('keeps what a reading leaves alone: a role before a surname, a capitalised agent, a place after an opening phrase', () => {
    const mayor = analyzePassage('The pier must close, said former mayor Halvorsen.', body());
    expect(chain('“It will reopen in May,” he said.', { ...body(), lastPerson: mayor.personFor })).toEqual(['Harbour Gazette', 'former mayor Halvorsen']);
    // A pronoun after another name is not the opening name's: Graham stays a possible "he".
    expect(chain('Lindsey Graham toured the yard with Maria Lopez. Graham praised Lopez and her crew. “It is over,” he said.')).toEqual(['Harbour Gazette', 'Graham']);
    expect(chain('After talks with Prime Minister Jonas Store of Norway, Sweden said the pier must close.')).toEqual(['Harbour Gazette', 'Sweden']);
    expect(chain('The deal was first reported by Radio Free Europe.')).toEqual(['Harbour Gazette', 'Radio Free Europe']);
    expect(chain('The poll of 900 residents - most of them sailors - found that half of those surveyed say the pier must close.')).toEqual(['Harbour Gazette', 'half of those surveyed']);
    expect(chain('The Group of Seven says the pier must close.')).toEqual(['Harbour Gazette', 'The Group of Seven']);
    expect(chain('Most of all the mayor says the pier must close.')).toEqual(['Harbour Gazette', 'the mayor']);
    // A forecast is no claim; a role that is "in charge of" something is kept.
    expect(chain('The mayor is likely to say the pier is safe.')).toEqual(['Harbour Gazette']);
    expect(chain('Piet Halvorsen, 81, in charge of the harbour board, said the pier must close.')).toEqual(['Harbour Gazette', 'Piet Halvorsen, 81, in charge of the harbour board']);
  });

  it('reads findings past an aside, after a name, and by people the text points to', () => {
    expect(chain('A Gazette poll, conducted jointly with Harbour Research, shows the pier is unsafe.')).toEqual(['Harbour Gazette', 'A Gazette poll']);
    expect(chain('Exit polls from the Port Ellery primary showed that the mayor had lost.')).toEqual(['Harbour Gazette', 'Exit polls from the Port Ellery primary']);
    expect(chain('The researchers found that the pier was unsafe.')).toEqual(['Harbour Gazette', 'The researchers']);
    // Whoever found it unnamed is no finder the reader can weigh.
    expect(chain('Some researchers found that the pier was unsafe.')).toEqual(['Harbour Gazette']);
    // A participle that opens the sentence describes the noun after it, which is no verb.
    expect(chain('Leaked emails showed that the council knew.')).toEqual(['Harbour Gazette', 'Leaked emails']);
    expect(chain('Ted says the pier is unsafe.')).toEqual(['Harbour Gazette', 'Ted']);
  });

  it('reads no speaker into whom a source told, a count opening a sentence or a forecast, and keeps a person from a place', () => {
    expect(chain('“It is a disgrace,” Halvorsen told Gazette reporters.')).toEqual(['Harbour Gazette', 'Halvorsen']);
    expect(chain('Seven claims were filed against the pier.')).toEqual(['Harbour Gazette']);
    expect(chain('No researchers found that the pier was unsafe.')).toEqual(['Harbour Gazette']);
    expect(chain('Breed says the city will close the pier.')).toEqual(['Harbour Gazette', 'Breed']);
    expect(chain('Women were twice as likely to say the pier is unsafe.')).toEqual(['Harbour Gazette', 'Women']);
    expect(chain('Half of all the voters surveyed say the pier must close.')).toEqual(['Harbour Gazette', 'Half of all the voters surveyed']);
    for (const text of ['Retired teacher Stacy Baker of Bergen, Norway, says the pier must close.', 'The pier is unsafe, and Stacy Baker of Bergen, Norway, says it must close.']) {
      expect(chain(text)).toEqual(['Harbour Gazette', 'Stacy Baker of Bergen, Norway']);
    }
    // Only a sentence's own subject learns from its pronouns: not a clause's opening word, nor an acronym.
    expect(pronounGenders(['When Okafor met him, he left.', 'NATO said his plan failed.'])).toEqual(new Map());
  });

  it('leaves the conjunction that opens a clause out of the name after it', () => {
    expect(chain('While Halvorsen says the pier is safe, the council disagrees.')).toEqual(['Harbour Gazette', 'Halvorsen']);
    expect(chain('After Ines Brandt said the pier was safe, the council met.')).toEqual(['Harbour Gazette', 'Ines Brandt']);
  });

  it('reads two plurals joined by "and" as one subject only where nothing governs the first', () => {
    expect(chain('Halvorsen’s close friends and allies said he was staying quiet.')).toEqual(['Harbour Gazette', 'Halvorsen’s close friends and allies']);
    expect(chain('The mayor attacked pilots and sailors said she was wrong.')).toEqual(['Harbour Gazette', 'sailors']);
    // With an auxiliary and a time between subject and verb.
    expect(chain('Halvorsen’s close friends and allies have in the past said he was staying quiet.')).toEqual(['Harbour Gazette', 'Halvorsen’s close friends and allies']);
  });

  it('takes no place a preposition governs for the name before a role', () => {
    expect(chain('If the pier cannot reopen in Port Ellery, pilots in the next two towns — Bergen and Stavanger — said the ferries must stop.'))
      .toEqual(['Harbour Gazette', 'unnamed pilots in the next two towns — Bergen and Stavanger']);
  });

  it('reads saying readily or with care as saying, by a name or a pronoun', () => {
    expect(chain('Halvorsen was quick to say that the pier was safe.')).toEqual(['Harbour Gazette', 'Halvorsen']);
    expect(chain('Halvorsen took pains to say that the pier was safe.')).toEqual(['Harbour Gazette', 'Halvorsen']);
    expect(chain('Halvorsen made a point of saying that the pier was safe.')).toEqual(['Harbour Gazette', 'Halvorsen']);
    expect(chain('Mayor Ines Brandt spoke. And she made a point of saying the pier was safe.')).toEqual(['Harbour Gazette', 'Mayor Ines Brandt']);
    expect(chain('Mayor Ines Brandt spoke. She declined to say whether the pier was safe.')).toEqual(['Harbour Gazette']);
  });

  it('reads a name and its role after a quotation that ends part of a sentence', () => {
    // A compound modifier a hyphen joins is part of the role: "a policy-focused conservative".
    expect(chain('Halvorsen, a policy-focused conservative, insists the pier must reopen.')).toEqual(['Harbour Gazette', 'Halvorsen, a policy-focused conservative']);
    // A title in quotation marks may stand in a role, its comma inside them; half a quotation is never a name.
    expect(chain('Halvorsen, the co-author of "Going Under," about the sinking of the ferry, said the days of the pier are gone.'))
      .toEqual(['Harbour Gazette', 'Halvorsen, the co-author of "Going Under," about the sinking of the ferry']);
    // A second speaker after "and" is no item of the role's list.
    expect(chain('Kranich Oyelaran, a harbour pilot, and deckhand Tomas Berg, both of Bergen, said the pier was safe.')).not.toContain('Kranich Oyelaran, a harbour pilot, and deckhand Tomas Berg');
    expect(chain('Tom Ward, pilot, and deckhands, all of Bergen, said the pier was unsafe.')).toEqual(['Harbour Gazette', 'Tom Ward, pilot']);
    // A role may hold a list, its last item after "and".
    expect(chain('The new plans “will not save the pier,” Anne Richards, assistant director for piers, boats, and ferries, said on the same call.'))
      .toEqual(['Harbour Gazette', 'Anne Richards, assistant director for piers, boats, and ferries']);
  });

  it('reads the speaker after a quotation closed by a left mark typed where it ends', () => {
    expect(chain('Piet Halvorsen was shocked. “Do you want the pier to close?“ he asked.')).toEqual(['Harbour Gazette', 'Piet Halvorsen']);
  });

  it('joins a verb in -ing to its clause after a quotation closed by two single quotes', () => {
    expect(chain("Mayor Ines Brandt toured the yard. On Friday, she joined the council in pouncing on the report, deemed ''secret,'' saying on the radio: ''The pier is safe.''"))
      .toEqual(['Harbour Gazette', 'Mayor Ines Brandt']);
  });

  it('gives a verb joined by "and" the whole subject a possessive opens', () => {
    expect(chain('Halvorsen’s younger sister went to school with the mayor, and told stories of the pier.')).toEqual(['Harbour Gazette', 'Halvorsen’s younger sister']);
  });
});

describe('whom "he" and "she" stand for', () => {
  const resolve = (text: string) => {
    const quotes = findQuotes(text);
    const at = text.search(/\b(?:he|she)\s+(?:said|says|told)/u);
    return subjectBefore(text, quotes, at, text.slice(at).startsWith('she') ? 'she' : 'he', articleNames([text]));
  };

  it('takes the person who opens the sentence before, not a name merely mentioned or quoted', () => {
    expect(resolve('On a windy pier in Port Ellery, Halvorsen repeated his plan. "Ask Marta Quist," he said.')).toBe('Halvorsen');
    expect(resolve('Councillor Ines Brandt was heckled at the meeting when she said the budget was sound.')).toBe('Councillor Ines Brandt');
    // A title of the other sex rules a name out; a sentence opening with an ordinary word names no one.
    expect(resolve('Ms. Okafor spoke first. Mr. Lund spoke next. Later she said the vote was close.')).toBe('Ms. Okafor');
    expect(resolve('Voters waited for hours. Then he said the count would resume.')).toBeNull();
    // The subject of a question follows the auxiliary that opens it.
    expect(resolve('Was Halvorsen satisfied with the answer? "To a point," he said.')).toBe('Halvorsen');
    // Only the sentence the auxiliary opens is a question.
    expect(resolve('Would Halvorsen vote against the levy. Why? "It costs too much," he said.')).toBeNull();
    // A surname the article gives with a first name is a person's, though it is also a place.
    expect(resolve('Gov. Mark Dayton spoke first. Dayton has backed the plan for years. He said it would pass.')).toBe('Dayton');
    // A name before a role says whose the role is: the person is who holds it, named or not.
    expect(resolve('Halvorsen spokesman Erik Lund spoke to reporters. "We will rebuild," he said.')).toBe('Erik Lund');
    expect(resolve('Halvorsen campaign manager Erik Lund spoke first. "We will rebuild," he said.')).toBe('Erik Lund');
    expect(resolve('Halvorsen aides spoke to reporters. Later he said it was settled.')).toBeNull();
    // A verb WordNet also files as a person ("pivot") is still a verb.
    expect(resolve('Halvorsen pivoted to the budget. "We will rebuild," he said.')).toBe('Halvorsen');
    // An opening phrase of any length comes before the subject.
    expect(resolve('Asked whether he would urge his voters to back the levy when they went to the polls next spring, Halvorsen demurred. "Nobody tells them," he said.')).toBe('Halvorsen');
  });

  it('puts the person in the chain, and carries a passage’s subject to the next passage', () => {
    expect(chain('Halvorsen visited the yard in Port Ellery. “We will build again,” he said.')).toEqual(['Harbour Gazette', 'Halvorsen']);
    const first = analyzePassage('Halvorsen toured the flooded yard on Monday.', body());
    expect(first.personFor('he')).toBe('Halvorsen');
    expect(chain('“It will take a year,” he said.', { ...body(), lastPerson: first.personFor })).toEqual(['Harbour Gazette', 'Halvorsen']);
    // A capitalised contraction opening a question names no one: "he" is left to the passages before.
    const asked = analyzePassage('But what if Hillary Clinton wins? Don’t Republicans run the risk of more liberal nominees?', body());
    expect(asked.personFor('he')).toBeNull();
    // "'s" that is "has" leaves the name; capitals after "the" are an epithet; a dateline's capitals are a place.
    expect(chain('Christie\'s been making the case for weeks. "You have not been tested," he said.')).toEqual(['Harbour Gazette', 'Christie']);
    const ryan = analyzePassage('Ryan told CNN he was not ready.', body());
    expect(chain('It was a reversal for the Wisconsin Republican. He said more work was needed.', { ...body(), lastPerson: ryan.personFor })).toEqual(['Harbour Gazette', 'Ryan']);
    expect(analyzePassage('MANCHESTER, N.H. — The polls opened at dawn.', body()).personFor('he')).not.toBe('MANCHESTER');
    // "He" stands for the person a possessive's description names, not for the possessor.
    expect(chain("Nordline's chief executive, Ruben Osterlund, said the offer was final. He said talks had failed.")).toEqual(['Harbour Gazette', "Nordline's chief executive, Ruben Osterlund"]);
    // A later "he" in a sentence stands for whom its first "he" stands for, not for a name between the two.
    const cruz = analyzePassage('Halvorsen spoke to pastors.', body());
    expect(chain("When he took the stage after Ms. Quist's introduction, he said the yard would reopen.", { ...body(), lastPerson: cruz.personFor })).toEqual(['Harbour Gazette', 'Halvorsen']);
    // A place of several words is no one a pronoun stands for.
    const quist = analyzePassage("''You will not find it,'' Ms. Quist said.", body());
    expect(chain("Puerto Rico runs everything through the bank. Its job is ''a mix of things,'' she said.", { ...body(), lastPerson: quist.personFor })).toEqual(['Harbour Gazette', 'Ms. Quist']);
    // A pronoun may stand four words before its verb, past "went on to" or "did".
    const reyes = analyzePassage('Dana Reyes spoke at the pier.', body());
    expect(chain('She went on to say the levy was fair.', { ...body(), lastPerson: reyes.personFor })).toEqual(['Harbour Gazette', 'Dana Reyes']);
    expect(chain('She did say the levy was fair.', { ...body(), lastPerson: reyes.personFor })).toEqual(['Harbour Gazette', 'Dana Reyes']);
    // A contracted pronoun that opens a clause stands for a person, never is a name: "He's … and says".
    expect(chain('Halvorsen toured the yard. He’s backing the levy and says it will pass.')).toEqual(['Harbour Gazette', 'Halvorsen']);
    // A lawmaker's party and state in brackets are no part of the name a later "he" stands for.
    const cummings = analyzePassage('Rep. Elijah Cummings (D-Md.), chair of the committee, said the process was open.', body());
    expect(cummings.personFor('he')).toBe('Rep. Elijah Cummings');
    // A surname English also uses as a word, after a first name birth records give, is a full name.
    expect(chain("Ms. Hughes avoids the subject, but her neighbor Benjamin Green, 83, does not. ''It will take a fighter,'' he said.")).toEqual(['Harbour Gazette', 'Benjamin Green']);
    // Not a place's name before a body's word: a spokesman for a company is no anonymous person.
    expect(analyzePassage('A spokesman for Georgia Power said the outage would last days.', body()).caveats.map((c) => c.kind)).not.toContain('anonymous-source');
    // So is one given with where he works, and a count before "of" is no one ("Some of his friends").
    const lewis = analyzePassage('“It would be a stretch,” Piet Halvorsen of the Bergen Center for Harbour Studies wrote in December.', body());
    expect(chain('But, he noted, “it is a mistake to rule it out.”', { ...body(), lastPerson: lewis.personFor })).toEqual(['Harbour Gazette', 'Piet Halvorsen']);
    expect(analyzePassage('Some of Halvorsen’s friends said the pier was safe.', body()).personFor('he')).not.toBe('Some');
    expect(analyzePassage('A spokeswoman for Tom Ward of the Harbour Institute said rents rose.', body()).personFor('he')).not.toBe('A spokeswoman for Tom Ward');
    expect(analyzePassage('“It will fail,” said former Gov. Tom Hale of Bergen.', body()).personFor('he')).toBe('former Gov. Tom Hale');
    // A speaker given with age and role is carried by the part that names him.
    expect(analyzePassage('Piet Halvorsen, 61, a welder, said the yard would reopen.', body()).personFor('he')).toBe('Piet Halvorsen');
    // A passage that cites only a body hands on the person its sentences are about.
    expect(analyzePassage('Rubio was asked whether the credit, which the Tax Foundation estimates would cost $170 billion, was too costly.', body()).personFor('he')).toBe('Rubio');
  });

  it('takes the subject of the pronoun’s own sentence when a possessive in an opening phrase comes before the name', () => {
    expect(chain('Marta Quist spoke first. In her speech, Ines Brandt declared the need for a new pier: “Build it again,” she said.')).toEqual(['Harbour Gazette', 'Ines Brandt']);
  });

  it('takes a person whose sex the noun tells, new to the text, when no name comes before', () => {
    const starter = analyzePassage('The woman who started it all identified herself to the Gazette as a resident of Port Ellery.', body());
    expect(chain('“The pier is safe,” she said.', { ...body(), lastPerson: starter.personFor })).toEqual(['Harbour Gazette', 'The woman who started it all']);
    expect(chain('A young man in the crowd shouted at the mayor. He said the pier was unsafe.')).toEqual(['Harbour Gazette', 'A young man in the crowd']);
    // Not one of the other sex, nor a bare epithet for someone named before.
    expect(chain('A young man in the crowd shouted at the mayor. She said the pier was unsafe.')).toEqual(['Harbour Gazette']);
    const quist = analyzePassage('Marta Quist toured the pier.', body());
    const actress = analyzePassage('The actress was tired of the status quo.', { ...body(), lastPerson: quist.personFor });
    expect(chain('“Some people feel the pier will close,” she said.', { ...body(), lastPerson: actress.personFor })).toEqual(['Harbour Gazette', 'Marta Quist']);
    // Only as a last resort, and only one who says or holds something: a person named earlier in the article comes first.
    const woman = analyzePassage('A woman in the crowd asked about wages.', { ...body(), lastPerson: quist.personFor });
    expect(chain('She said the pier would stay open.', { ...body(), lastPerson: woman.personFor })).toEqual(['Harbour Gazette', 'Marta Quist']);
    expect(chain('A man was arrested near the pier. He said the ferry was late.')).toEqual(['Harbour Gazette']);
    expect(chain('A boy scouts troop cleaned the beach. He said it was fun.')).toEqual(['Harbour Gazette']);
    // A relative clause runs to the verb that follows its own; a description the passage cites in short is given as cited.
    expect(chain('The woman who says the mayor misled her spoke to reporters on Tuesday. “I was afraid,” she said.')).toEqual(['Harbour Gazette', 'The woman']);
    // Right after a quotation that opens its sentence, the pronoun speaks for the sentence before it, a description too.
    expect(chain('Mayor Ana Ruiz spoke first. Then a woman in the crowd shouted at her. “Liar,” she said.')).toEqual(['Harbour Gazette', 'a woman in the crowd']);
    expect(chain('Mayor Ana Ruiz spoke first. A woman in the crowd shouted at her. She said the mayor lied.')).toEqual(['Harbour Gazette', 'Mayor Ana Ruiz']);
    // Only "the" makes two descriptions one person: two men each "a man" are two.
    expect(chain('A man said the pier was unsafe. A man in the crowd shouted at the mayor. “Liar,” he said.')).toEqual(['Harbour Gazette', 'A man', 'A man in the crowd']);
  });
});

describe('unnamed insiders as the subject of what they do', () => {
  const insider = (text: string) => unnamedInsider(text, findQuotes(text));

  it('flags a role left unnamed as a subject, whatever its verb, with the phrase up to the verb as evidence', () => {
    expect(insider('Privately, some harbour board officials think the pier is lost.')).toBe('some harbour board officials think');
    expect(insider('Aides to the mayor have been pressing the council for a vote.')).toBe('Aides to the mayor have been pressing');
    expect(insider('Her advisers expected a narrow win.')).toBe('Her advisers expected');
    expect(kinds('Her advisers expected a narrow win.')).toContain('anonymous-source');
    // The source of "according to" or "citing", and a spokesperson for a person rather than a body.
    expect(insider('According to harbour board officials, the pier is lost.')).toBe('According to harbour board officials');
    expect(insider('A spokeswoman for Mr. Lind did not return a call.')).toBe('A spokeswoman for Mr. Lind did not return');
  });

  it('leaves alone a role that is an object, named, on the record for a body, quoted, or in another sense', () => {
    expect(insider('The mayor met with officials on Friday.')).toBeNull();
    expect(insider('Harbour spokeswoman Ada Brook confirmed the closure.')).toBeNull();
    expect(insider('A spokesperson for Nordline said the ferry would sail.')).toBeNull();
    expect(insider('"Officials always panic," Halvorsen said.')).toBeNull();
    expect(insider('Renewable sources supplied half the port’s power.')).toBeNull();
    // Sources that say something are people, whatever WordNet's first sense of the word.
    expect(insider('Numerous sources said the deal was close.')).toBe('Numerous sources said');
  });
});

describe('caveat detectors', () => {
  it.each([
    ['relayed-report', 'The minister resigned, the Daily Courier reported on Sunday.'],
    ['relayed-report', 'Shares fell 4%, according to the Associated Press.'],
    ['anonymous-source', 'The deal is close, a senior aide who was not authorized to speak publicly said.'],
    ['anonymous-source', 'Some critics say the law goes too far.'],
    ['unverified', 'The group claimed the attack, but the claim could not be independently verified.'],
    ['unverified', 'A video purportedly shows the convoy crossing the border.'],
    ['editorializing', 'The senator alleged — without offering any evidence — that the count was rigged.'],
    ['editorializing', 'The self-styled reformer took office on Tuesday.'],
    ['editorializing', 'Parliament approved the “reform” of the courts on Monday.'],
    ['loaded-language', 'The puppet government signed the accord in the capital.'],
    ['loaded-language', 'Occupation forces closed the crossing overnight.'],
    ['unattributed-quote', '“We waited all night and nobody came to help us.”'],
    ['speculation', 'The bridge is expected to reopen in the spring.'],
    ['speculation', 'It is only a matter of time before the dam fails.'],
  ] as const)('finds %s in: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    ['loaded-language', '“These thugs burned the shop,” the mayor told reporters.'],
    ['loaded-language', 'The government revised the tax regime in March.'],
    ['speculation', 'The festival opens on May Day, the organisers said.'],
    ['speculation', 'The army displayed its full might at the parade.'],
    ['speculation', 'Residents could not leave their homes during the curfew.'],
    ['unattributed-quote', '“We will rebuild,” said Mayor Ana Costa.'],
    ['editorializing', 'The exhibition “Rivers of Memory” opens on Friday.'],
    ['editorializing', 'The ministry described the strike as “surgical”.'],
    ['relayed-report', '“We are not selling,” chief executive Lena Fischer told the Harbour Gazette.'],
    ['anonymous-source', 'Mayor Ana Costa said the port would reopen on Monday.'],
  ] as const)('raises no %s for: %s', (kind, text) => {
    expect(kinds(text)).not.toContain(kind);
  });

  it('flags the outlet’s own verbs of ridicule and boasting from WordNet, not plain reporting verbs or a speaker’s words', () => {
    const evidence = (text: string) => analyzePassage(text, body()).caveats.filter((c) => c.kind === 'loaded-language').map((c) => c.evidence);
    expect(evidence('The mayor excoriated the council and derided its budget as a fantasy.')).toEqual(['excoriated', 'derided']);
    expect(evidence('Aides gloated after the vote.')).toEqual(['gloated']);
    expect(evidence('The mayor criticised the council and condemned its budget.')).toEqual([]);
    expect(evidence('"They mocked us for years," the mayor said.')).toEqual([]);
    expect(evidence('Senator Hale slammed Governor Ortiz and ripped into the plan.')).toEqual(['slammed', 'ripped into']);
    // Adjectives that judge (VADER's strongest), not those that describe.
    expect(evidence('The council’s disastrous rollout left a pathetic queue at the depot.')).toEqual(['disastrous', 'pathetic']);
    expect(evidence('The fatal crash closed the illegal crossing for a day.')).toEqual([]);
    // Words news uses plainly, and the same loaded word twice, once.
    expect(evidence('Angry residents watched a raging fire; tears ran down her cheeks as the city boasted a new stadium.')).toEqual([]);
    expect(evidence('The disastrous plan was disastrous.')).toEqual(['disastrous']);
    expect(kinds('The "" sign was removed.')).not.toContain('editorializing');
  });

  it('flags hedges in the outlet’s voice: epistemic adverbs, agentless passives, open questions, vague attribution', () => {
    const evidence = (text: string) => analyzePassage(text, body()).caveats.filter((c) => c.kind === 'speculation').map((c) => c.evidence);
    expect(evidence('The fire was probably started by a discarded cigarette.')).toEqual(['probably']);
    expect(evidence('The minister is believed to have resigned on Friday.')).toEqual(['is believed to']);
    expect(evidence('It is unclear whether the talks will resume, and the ferry appears to have sunk.')).toEqual(['It is unclear', 'appears to']);
    expect(evidence('Some experts fear that the dam will fail.')).toEqual(['experts fear']);
    expect(evidence('The bridge opened in 1998 and carries 40,000 cars a day.')).toEqual([]);
  });

  it('keeps every piece of evidence of a kind, up to three, each once and in the order of the text', () => {
    const caveats = analyzePassage('The plan may fail, could cost jobs, might anger voters and may well be delayed.', body()).caveats;
    const speculation = caveats.filter((c) => c.kind === 'speculation').map((c) => c.evidence);
    expect(speculation).toEqual(['may fail', 'could cost', 'might anger']);
  });

  it('marks captions, and a caption the article never mentions', () => {
    const caption = { ...body(), section: 'caption' as const };
    expect(kinds('Fans celebrate in the main square. (AFP photo)', caption)).toEqual(['photo-caption']);
    expect(kinds('Fans celebrate in the main square. (AFP photo)', { ...caption, captionRelatedness: 0.1 })).toContain('caption-unrelated');
  });

  it('describes an unnamed source whose description opens with no letter', () => {
    expect(chain('𐧀Ḅ officials said the vote was late.')).toEqual(['Harbour Gazette', 'unnamed 𐧀Ḅ officials']);
  });

  it('gives verbatim evidence and one note sentence for every caveat, whatever the text', () => {
    const cue = fc.constantFrom(
      'according to the daily', 'officials said', 'without any evidence', '“so-called”', 'may be', 'thugs', '“We will stay.”',
      'on condition of anonymity', 'the Harbour Times reported', '(AFP photo)', ' -- of course -- ', 'could', 'Reuters',
    );
    const text = fc.array(fc.oneof(cue, fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 12 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, fc.constantFrom('body', 'caption', 'headline'), (t, section) => {
        const result = analyzePassage(t, { section: section as PassageContext['section'], outlet: 'Harbour Gazette', relays: ['The Harbour Times'] });
        expect(result.attribution[0]).toBe('Harbour Gazette');
        for (const caveat of result.caveats) {
          expect(t).toContain(caveat.evidence);
          expect(caveat.evidence.length).toBeGreaterThan(0);
          expect(caveat.note).toMatch(/^[A-Z“].*\.$/u);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('at ingest', () => {
  it('stores caveats and attribution with every passage, and infers a raw article’s outlet from its boilerplate', () => {
    const dir = tempCorpus({
      'dam.txt': [
        'Dam fears grow downstream',
        '',
        'Engineers fear the dam could fail within weeks, according to officials who spoke on condition of anonymity.',
        '',
        'Valley Courier’s website can also be accessed at the following alternate addresses:',
        '',
      ].join('\n'),
    });
    const corpus = openCorpus(dir, { cacheDir: null });
    expect(corpus.documents[0]!.outlet).toBe('Valley Courier');
    const passage = corpus.passages.find((p) => p.section === 'body')!;
    expect(passage.attribution).toEqual(['Valley Courier', 'unnamed engineers', 'unnamed officials']);
    expect(passage.caveats.map((c) => c.kind)).toEqual(['anonymous-source', 'speculation']);
  });
});
