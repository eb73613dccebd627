/**
 * Surface cues that tell page furniture (captions, breadcrumbs, boilerplate) from
 * reporting. They describe how news pages are built in general (credit lines,
 * app-store plugs, navigation trails), never the words of one article.
 */

const AGENCIES =
  'AFP|AP|Reuters|Getty(?: Images)?|EPA(?:-EFE)?|Xinhua|Anadolu(?: Agency)?|IRNA|Tasnim|Mehr|WANA|ISNA|Fars|UPI|PA(?: Wire)?|Shutterstock|Alamy|Bloomberg|NurPhoto|SOPA Images|ANI|dpa|Sputnik|TASS|Yonhap|Kyodo|Pool|Handout|File';

/** A photo credit: "(AFP photo)", "(Photo by AFP)", "(Reuters)", "/ Getty Images", "REUTERS/Jane Doe", "Photo: AP". */
const CREDIT_AT_END = new RegExp(
  [
    String.raw`\((?:[^()]{0,60}\b)?(?:photos?|photograph|picture|image|file photo|via|credit|courtesy)\b[^()]{0,60}\)\s*$`,
    String.raw`\((?:${AGENCIES})(?:\s*(?:photo|file|pool|handout))?(?:\s*[/,]\s*[^()]{1,40})?\)\s*$`,
    String.raw`(?:^|\s)(?:[/|—–-]|via)\s*(?:${AGENCIES})(?:\s*[/,]\s*[\p{L}. '-]{1,40})?\s*$`,
    String.raw`\b(?:${AGENCIES.toUpperCase()})\/[\p{Lu}][\p{L}.' -]{1,40}$`,
    String.raw`(?:^|[.\s])(?:Photo(?:graph)?|Image|Picture|Credit|Photo credit|Image credit)s?\s*(?::|by\b)\s*[^.]{1,80}$`,
  ].join('|'),
  'iu',
);

/** Caption openings: "A picture taken on … shows", "This handout photo released by …", "File photo of …". */
const CAPTION_OPENING =
  /^(?:(?:a|an|this|the|in this|in a)\s+)?(?:(?:handout|file|undated|combination|aerial|satellite|video|tv|screen|image)\s+)?(?:picture|photo|photograph|image|still|screenshot|screengrab|screen grab|grab|handout|combination picture)\b[^.]{0,120}?\b(?:taken|shows?|showing|shot|released|obtained|made available|provided|distributed|posted|dated|of)\b/iu;

/** Position markers that only captions use: "(L)", "(R)", "(C)", "(L-R)", "(2nd L)", "(left)". */
const POSITION_MARKER = /\((?:L|R|C|L-R|R-L|left|right|centre|center|front|back|(?:\d(?:st|nd|rd|th)\s+)?[LR]|top|bottom)\)/u;

/** The photo credit at the end of a caption ("(AFP photo)", "REUTERS/Jane Doe"), or null. */
export function creditLine(text: string): string | null {
  return CREDIT_AT_END.exec(text)?.[0].trim() ?? null;
}

export function isCaption(text: string): boolean {
  return CREDIT_AT_END.test(text) || CAPTION_OPENING.test(text) || (POSITION_MARKER.test(text) && wordCount(text) <= 80);
}

/** Navigation trails such as "News / Iraq / Military" or "Home › World › Middle East". */
const BREADCRUMB = /^[\p{L}\p{N}][\p{L}\p{N}&'’ .,-]{0,40}(?:[\s\u00a0]*[/>›»|][\s\u00a0]*[\p{L}\p{N}][\p{L}\p{N}&'’ .,-]{0,40}){1,6}$/u;

export function isBreadcrumb(text: string): boolean {
  return BREADCRUMB.test(text.trim()) && wordCount(text) <= 12;
}

/** Outlet furniture: mirror addresses, app and platform plugs, follow/subscribe/newsletter lines, copyright. */
const BOILERPLATE_ANYWHERE = [
  /\b(?:alternate|alternative|mirror)\s+(?:web\s*)?(?:address|addresses|sites?|domains?|links?|urls?)\b/iu,
  /\bcan (?:also )?be (?:accessed|reached|viewed|watched|followed) (?:at|on|via)\b/iu,
  /\b(?:this|the) (?:article|story|report|piece) (?:was )?(?:originally|first) (?:published|appeared)\b/iu,
  // Not a © inside a word: text decoded with the wrong character set writes "é" as "Ã©" ("TrÃ©vidic").
  /(?<![\p{L}\p{M}\p{N}])©|\(c\)\s*\d{4}|\ball rights reserved\b/iu,
  /^(?:reporting|additional reporting|writing|editing) by\b[^.]{0,120}(?:;|$)/iu,
  /\b(?:sign up|subscribe) (?:for|to) (?:our|the) (?:free )?(?:newsletter|channel|podcast|daily|briefing)\b/iu,
  /\b(?:download|get) (?:our|the) (?:free )?(?:app|application)\b/iu,
  /\b(?:follow|join|like) us on\b/iu,
  /^(?:our|editorial) (?:standards|guidelines|principles)\s*:/iu,
];

/**
 * A note on who wrote the piece, which may end on where it first ran ("Aaron Kall is director of debate at the University
 * of Michigan and a guest writer for the Detroit Free Press, where this piece was first published."): it tells a reader
 * who is speaking, and answers "who wrote this".
 */
const AUTHOR_NOTE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},?\s+(?:is|was)\s+(?:a|an|the|\p{Ll}+\s+(?:of|at|for))\b/u;

/** A title-case line ending in a platform name, the way outlets label app links ("Press TV News Roku"). */
const PLATFORM_LABEL =
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}’'.&-]*\s+){1,6}(?:Roku|Apple TV|Android TV|Amazon Fire(?: TV)?|Google Play|App Store|Smart TV|Telegram|WhatsApp|Twitter|Facebook|Instagram|YouTube|TikTok|RSS|Podcasts?|Newsletters?)$/u;

/** Calls to action that stand alone on a line ("Share this article", "Read more", "Advertisement"). */
const CALL_TO_ACTION =
  /^(?:share(?: this(?: article| story)?)?|print|email|advertisement|sponsored(?: content)?|related(?: articles| stories| news| topics)?|read more|more on this(?: story)?|recommended|trending|most read|click here|tap here|skip to (?:main )?(?:content|navigation)|explore more|reuse this content|listen to this article|you may also like|topics|tags|subscribe|sign up|sign in|log in|register)\b/iu;

/** When a page was stamped and how long it takes to read: "Updated 2 hours ago", "4 minute read", a date on its own. */
const PAGE_STAMP = new RegExp(
  [
    String.raw`^(?:(?:last )?updated|(?:first )?published|posted|modified)\b`,
    String.raw`^\d+[\s-]*min(?:ute)?s?\s+read$`,
    // A date alone, perhaps with its day and time: "Wed 17 May 2023 14.32 BST", "March 3, 2024, 9:15 AM".
    String.raw`^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}(?:\s*[,·|-]?\s*\d{1,2}[.:]\d{2}\s*(?:am|pm)?(?:\s*[a-z]{2,4})?)?$`,
  ].join('|'),
  'iu',
);

/**
 * A byline: "By Petra Halloran | 16 November 2023, 07:45", "By Jane Roe and
 * John Doe, Reuters". Capitalised names, then nothing, a separator and a date or
 * role, or a comma and a few words (an outlet, a title). "By Tuesday the vote…"
 * looks the same, so the splitter asks this only of a block of its own between
 * the headline and the story.
 */
const BYLINE_NAMES = /^(?:[Bb]y|[Ww]ords by|[Ww]ritten by|[Ss]tory by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:and|&|de|van|von|al|bin)\s+)?\p{Lu}[\p{L}.'’-]*){0,5}/u;

/** A byline without "By": a name, then the writer's beat ("Owen Pritchard, Health reporter"). */
const NAME_AND_BEAT = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},\s+(?:[\p{L}&-]+\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|columnist)$/iu;

export function isByline(line: string): boolean {
  if (NAME_AND_BEAT.test(line.trim())) return true;
  const names = BYLINE_NAMES.exec(line);
  if (!names || wordCount(line) > 16) return false;
  const rest = line.slice(names[0].length).trim();
  return rest === '' || /^[|·•–—]/u.test(rest) || (rest.startsWith(',') && wordCount(rest) <= 4);
}

export function isBoilerplate(text: string): boolean {
  if (BOILERPLATE_ANYWHERE.some((re) => re.test(text))) return !AUTHOR_NOTE.test(text);
  const t = text.trim();
  if (/[.!?]["”’]?$/u.test(t)) return false;
  return wordCount(t) <= 10 && (PLATFORM_LABEL.test(t) || CALL_TO_ACTION.test(t) || PAGE_STAMP.test(t));
}

/** A boilerplate line that a list follows: "…at the following alternate addresses:", "Read more", "Explore more on these topics". */
export function announcesList(text: string): boolean {
  return /:\s*$/u.test(text) || LIST_HEADING.test(text.trim());
}

const LIST_HEADING = /^(?:related|read more|more on this|recommended|trending|most read|explore more|topics|tags|you may also like)\b/iu;

/** A short line with no sentence end, such as a bare address under "alternate addresses:" or a link's title under "Read more:". */
export function isFragment(text: string): boolean {
  return wordCount(text) <= 12 && !/[.!?]["”’)]?$/u.test(text);
}

export function wordCount(text: string): number {
  return text.split(/[\s\u00a0]+/u).filter(Boolean).length;
}
