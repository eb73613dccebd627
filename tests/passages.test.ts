import { describe, expect, it } from 'vitest';
import { parseArticle, parseArticles, readCorpusFiles } from '../src/corpus/load.js';
import { splitArticle } from '../src/passages/split.js';
import type { Passage, Section } from '../src/passages/types.js';
import { BUNDLED_CORPUS } from './helpers.js';

function split(name: string, text: string): Passage[] {
  return splitArticle(parseArticle({ name, display: name, bytes: Buffer.from(text) }));
}
const sections = (passages: Passage[]) => passages.map((p) => p.section);

describe('passages of the bundled article', () => {
  const [article] = parseArticles(readCorpusFiles(BUNDLED_CORPUS));
  const passages = splitArticle(article!);

  it('gives every block its section, with the two stacked captions apart', () => {
    expect(sections(passages)).toEqual([
      'breadcrumb',
      'headline',
      'caption',
      'caption',
      ...Array(12).fill('body'),
      'boilerplate',
      'boilerplate',
    ]);
    const [first, second] = passages.filter((p) => p.section === 'caption');
    expect(first!.paragraph).toBe(second!.paragraph);
    expect(first!.text.endsWith('(AFP photo)')).toBe(true);
    expect(second!.text.startsWith('A picture taken on')).toBe(true);
  });

  it('keeps text verbatim: every passage is the exact slice of the file at its offsets', () => {
    for (const p of passages) {
      expect(article!.source.slice(p.start, p.end)).toBe(p.text);
      expect(p.text).toBe(p.text.trim());
    }
    expect(passages.map((p) => p.id)).toEqual(passages.map((_, i) => `presstv-us-iraq-attacks#${i + 1}`));
  });

  it('numbers paragraphs by blank-line blocks', () => {
    expect(passages.map((p) => p.paragraph)).toEqual([1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
  });
});

describe('page furniture in other articles', () => {
  it('recognises credit lines, breadcrumbs, bylines and outlet plugs written in other ways', () => {
    const text = [
      'Home › World › Middle East',
      '',
      'Rebels seize second city as talks stall',
      '',
      'Fighters patrol a street in the northern city on Tuesday. REUTERS/Jane Doe',
      'Residents queue for bread. (Photo by John Smith/Getty Images)',
      'This handout picture released by the army shows a damaged bridge.',
      '',
      'By Jane Roe and John Doe | 16 November 2023, 07:45',
      '',
      'Rebel fighters took control of the city on Tuesday, the defence ministry said.',
      '',
      'By Wednesday, the United Nations had called for calm across the whole of the north',
      '',
      'Follow us on Twitter and Facebook',
      'Subscribe to our newsletter for daily updates.',
      'Daily Example News Telegram',
      '',
    ].join('\n');
    expect(sections(split('wire.txt', text))).toEqual([
      'breadcrumb',
      'headline',
      'caption',
      'caption',
      'caption',
      'boilerplate',
      'body',
      'body',
      'boilerplate',
      'boilerplate',
      'boilerplate',
    ]);
  });

  it('reads "By …" as a byline only between the headline and the story, and only when names are all it holds', () => {
    const text = 'Vote called\n\nBy Anna Berg\n\nBy Tuesday Prime Minister Anna Berg\nhad called a vote on the deal.\n\nBy Royal Appointment\n';
    expect(split('v.txt', text).map((p) => [p.section, p.text])).toEqual([
      ['headline', 'Vote called'],
      ['boilerplate', 'By Anna Berg'],
      ['body', 'By Tuesday Prime Minister Anna Berg\nhad called a vote on the deal.'],
      ['body', 'By Royal Appointment'],
    ]);
    expect(sections(split('n.md', '# By The Numbers\n\nThree charts explain the budget.\n'))).toEqual(['headline', 'body']);
  });

  it('reads a copyright line as boilerplate, but not a paragraph whose accented name was decoded with the wrong character set', () => {
    const text = 'Inquiry opens\n\nAs prosecutor Marc Tr\u0041\u0303©vidic (or TrÃ©vidic) put it, there was not much to complain about.\n\n© 2016 Example News\n';
    expect(sections(split('m.txt', text))).toEqual(['headline', 'body', 'boilerplate']);
  });

  it('keeps a note on who wrote the piece quotable, even when it ends on where the piece first ran', () => {
    const text = [
      'Ferry fares rise',
      '',
      'Fares will rise in May, the operator said.',
      '',
      'Ana Ruiz is a lecturer at the Harbour Institute and a guest writer for the Example Gazette, where this piece was first published.',
      '',
      'This article was originally published on Example Daily.',
      '',
    ].join('\n');
    expect(sections(split('note.txt', text))).toEqual(['headline', 'body', 'body', 'boilerplate']);
  });

  /** A web page pasted without blank lines, each line beside the section it must become, one passage per line. */
  function expectPastedPage(name: string, page: [Section, string][]) {
    const passages = split(name, page.map(([, line]) => line).join('\n'));
    expect(passages.map((p) => p.text)).toEqual(page.map(([, line]) => line));
    expect(sections(passages)).toEqual(page.map(([section]) => section));
  }

  it('takes apart a web page pasted without blank lines: headline, byline, stamps, related links, standards', () => {
    expectPastedPage('page.txt', [
      ['breadcrumb', 'World / Europe'],
      ['headline', 'Farmers block motorways over nitrogen rules'],
      ['boilerplate', 'By Anna Visser'],
      ['boilerplate', '4 minute read'],
      ['boilerplate', 'Updated 2 hours ago'],
      ['caption', 'Tractors block the A12 motorway near Utrecht. REUTERS/Piroschka van de Wouw'],
      [
        'body',
        'AMSTERDAM, July 4 (Reuters) - Thousands of farmers blocked motorways on Tuesday in protest against plans to cut nitrogen emissions, which they say will force many of them out of business.',
      ],
      ['boilerplate', 'Read more:'],
      ['boilerplate', 'Government falls over migration row'],
      ['boilerplate', 'Explainer: Why nitrogen is a problem for the Netherlands'],
      ['body', '"We are not going to let them destroy our farms," said Jeroen van Maanen, a dairy farmer.'],
      ['boilerplate', 'Our Standards: The Thomson Reuters Trust Principles.'],
    ]);
  });

  it('reads section labels above a headline as navigation, a byline after the standfirst, a date alone as a stamp, and topic lists as furniture', () => {
    expectPastedPage('floods.txt', [
      ['boilerplate', 'Skip to main content'],
      ['breadcrumb', 'World'],
      ['breadcrumb', 'Europe'],
      ['headline', 'Floods force thousands from homes in northern Italy'],
      ['body', 'Emilia-Romagna hit by second storm in a month as rivers burst banks'],
      ['caption', 'Rescue workers evacuate residents in Faenza on Wednesday. Photograph: Alessandro Serrano/AP'],
      ['boilerplate', 'Angela Giuffrida, Rome correspondent'],
      ['boilerplate', 'Wed 17 May 2023 14.32 BST'],
      ['body', 'Thousands of people have been forced from their homes after rivers burst their banks, with at least eight people killed.'],
      ['boilerplate', 'Explore more on these topics'],
      ['boilerplate', 'Italy'],
      ['boilerplate', 'Floods'],
    ]);
  });

  it('splits pasted paragraphs but keeps hard-wrapped ones whole', () => {
    const pasted = 'Headline here\n\nFirst paragraph ends here.\nSecond paragraph starts here.\n';
    expect(split('p.txt', pasted).map((p) => p.text)).toEqual([
      'Headline here',
      'First paragraph ends here.',
      'Second paragraph starts here.',
    ]);
    const wrapped = 'Headline here\n\nA long sentence that is wrapped\nacross two lines of the file.\n';
    expect(split('w.txt', wrapped).map((p) => p.text)).toEqual([
      'Headline here',
      'A long sentence that is wrapped\nacross two lines of the file.',
    ]);
    // A wrapped line may end before a capital; it is as long as the others, so the paragraph holds.
    const names = 'Vote called\n\nThe deal was signed on Tuesday by Prime Minister\nAnna Berg and the leader of the opposition party\nafter talks.\n';
    expect(split('n.txt', names).map((p) => p.text)).toEqual(['Vote called', names.split('\n\n')[1]!.trimEnd()]);
  });

  it('reads Markdown headings, images and lists without their markers', () => {
    const md = '---\ntitle: Storm hits coast\n---\n# Storm hits coast\n\n![Waves over the sea wall (AP Photo)](wave.jpg)\n\nThe storm arrived at dawn.\n\n- Power was cut.\n- Schools closed.\n';
    const passages = split('storm.md', md);
    expect(passages.map((p) => [p.section, p.text])).toEqual([
      ['headline', 'Storm hits coast'],
      ['caption', 'Waves over the sea wall (AP Photo)'],
      ['body', 'The storm arrived at dawn.'],
      ['body', 'Power was cut.'],
      ['body', 'Schools closed.'],
    ]);
  });

  it('handles CRLF line endings and keeps offsets exact', () => {
    const text = 'Headline\r\n\r\nOne paragraph.\r\nAnother one.\r\n';
    const article = parseArticle({ name: 'crlf.txt', display: 'crlf.txt', bytes: Buffer.from(text) });
    const passages = splitArticle(article);
    expect(passages.map((p) => p.text)).toEqual(['Headline', 'One paragraph.', 'Another one.']);
    for (const p of passages) expect(article.source.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('a paragraph pasted without breaks', () => {
  it('is cut between sentences into passages short enough to quote, each verbatim', () => {
    const sentences = Array.from({ length: 120 }, (_, i) => `Council officer ${i + 1} said the harbour levy would rise by ${i + 2} per cent next year.`);
    const source = `${sentences.join(' ')}\n`;
    const article = parseArticle({ name: 'pasted.txt', display: 'pasted.txt', bytes: Buffer.from(source) });
    const passages = splitArticle(article);
    expect(passages.length).toBeGreaterThan(4);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(2000);
      expect(source.slice(p.start, p.end)).toBe(p.text);
      // Whole sentences: each passage ends where one does.
      expect(p.text).toMatch(/per cent next year\.$/u);
    }
    expect(passages.map((p) => p.text).join(' ')).toBe(source.trim());
  });
});
