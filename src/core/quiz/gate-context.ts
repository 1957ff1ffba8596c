/**
 * Stricter gate rules for questions that ask a year, from a blind rating of real notes (issue 18). Each is a pattern
 * students write, not a fit to one sentence:
 * - the stem has no subject of its own: it opens on a pronoun, a demonstrative, "and …", a lower-case continuation
 *   or a definite description with no name anywhere ("The treaty was signed in ____");
 * - the "Brief › Heading" line shown with the question prints the year asked, or a short span that holds it;
 * - the stem is a paragraph (longer than 250 characters, or more than two sentences) around one year;
 * - the year asked is printed elsewhere in the stem ("the 1832 Reform Act was passed in ____", "Treaty of Paris
 *   (1783)"), or its decade is ("in the 1830s");
 * - another year is as right: "after ____", "before ____", "by ____", "since ____", "until ____", "in the ____s";
 * - the sentence reports competing dates ("some historians say …, others …", "according to X …; Y dates it …");
 * - an image caption or a course admin line ("Figure 3:", "Source:", "Unit 3 test on Friday");
 * - the year dates a figure: a percentage or a population.
 */
import { sameRoot } from "./gate-cloze";
import { writtenYears } from "./gate-dates";
import type { Defect } from "./gate-types";
import { contentWords, normalize } from "./normalize";
import { BLANK, yearDigits } from "./prompt-text";

/** The date phrase a stem may open with: "In ____, ", "By March ____: ", "____ – ", "c. ____ BC: ". */
const MONTH =
	"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
const ERA = "(?:\\s*(?:BCE|BC|CE|AD|B\\.C\\.E?\\.?|A\\.D\\.))?";
const DATE_OPENER = new RegExp(
	`^(?:(?:in|on|by|from|between|during|around|circa|about|after|before|until|since)\\s+)?(?:(?:c|ca)\\.\\s*)?` +
		`(?:(?:early|late|mid)[- ]?)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH}\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?____${ERA}` +
		`(?:\\s*(?:and|to|[–—-])\\s*\\d{1,4}${ERA})?\\s*(?:[,:;–—-]\\s*)?`,
	"iu",
);

/** Words a stem cannot open on: its referent is in another line. */
const DANGLING =
	/^(?:it|its|he|she|they|him|his|her|hers|their|them|this|these|those|that|such|both|the latter|the former|and|but|or|also|which|who|whose|where|whereas)(?![\p{L}'’-])/iu;

/** "The treaty …", "The same king …": a definite description that points at a thing named in another line. */
const ANAPHOR =
	/^the\s+(?:(?:same|said|above|two|three|new|first|second|latter|former)\s+)?(?:treaty|war|battle|act|law|bill|plan|agreement|pact|alliance|conference|congress|council|revolution|rebellion|revolt|uprising|movement|reforms?|policy|army|king|queen|emperor|empress|pope|president|leader|general|ruler|city|town|country|empire|kingdom|state|party|regime|dynasty|siege|campaign|invasion|company|colony|book|couple|pair|brothers)\s+(?!of\b)/i;

/** Words that do not name anything: sentence openers, months, eras. */
const NOT_A_NAME =
	/^(?:In|On|At|By|From|During|After|Before|Until|Since|The|A|An|This|That|These|Those|It|He|She|They|His|Her|Their|Its|When|While|As|January|February|March|April|May|June|July|August|September|October|November|December|BC|BCE|AD|CE|B\.C\.|A\.D\.|I)$/;

function rest(prompt: string): string {
	return prompt.trim().replace(DATE_OPENER, "").trim();
}

/** True when a word other than the first is capitalised (a name) or a quotation supplies the subject. */
function namesSomething(text: string): boolean {
	const words = text.split(/\s+/).map((w) => w.replace(/^[("“‘'[]+|[)"”’'.,;:!?\]]+$/g, ""));
	return words.some((w, i) => (i > 0 || !NOT_A_NAME.test(w)) && /^\p{Lu}/u.test(w) && !NOT_A_NAME.test(w));
}

/**
 * The stem's subject is in another line: it opens (after any date phrase) on a pronoun, a demonstrative, a
 * conjunction or a lower-case word, or it is a definite description ("The treaty was signed in ____") and names
 * nothing at all. A stem opening on a quotation ("“He who …”") keeps its words.
 */
export function danglingSubject(prompt: string): boolean {
	const t = prompt.trim();
	if (/^["“‘]/.test(t)) return false;
	// "Label: …" supplies the subject, unless the label is only a date.
	const labelled = /^([^:]{2,80}):\s/.exec(t);
	if (labelled && !labelled[1].includes(BLANK) && namesSomething(labelled[1])) return false;
	if (/^\p{Ll}/u.test(t) && !/^(?:c|ca|e\.g)\./.test(t)) return true;
	const r = rest(t);
	if (/^["“‘]/.test(r)) return false;
	if (DANGLING.test(r)) return true;
	// "The treaty was signed in ____", "A poet elected in ____": a description that names nothing, and whose head is
	// a thing of which a note has many (a treaty, a king). "The introduction of poison gas" names its own.
	if (!namesSomething(t) && (ANAPHOR.test(r) || /^an?\s+\p{Ll}+\s+(?!of\b)/iu.test(r))) return true;
	// "Was crowned in ____", "Returned to Rome in ____", "In ____, moved to Paris": a verb where the subject should be.
	if (
		/^(?:was|were|is|are|had|has|did|would|could|went|came|fled|gave|sent|wrote|fought|won|lost|rose|fell)\s+\p{Ll}/u.test(
			r.toLowerCase(),
		) &&
		!/^\p{Lu}{2}/u.test(r)
	)
		return true;
	return /^\p{L}\p{Ll}+ed\s+\p{Ll}/u.test(r) && (r !== t || /^\p{Lu}/u.test(r));
}

const ABBREVIATION =
	/(?:\b(?:c|ca|St|Mr|Mrs|Ms|Dr|Jr|Sr|vs|No|Gen|Col|Capt|Lt|Rev|Mt|Ft|approx|etc|e\.g|i\.e|U\.S|U\.K|B\.C|A\.D|B\.C\.E|C\.E)|\b\p{Lu})\.$/u;

/** The number of sentences in a text; a dot after an abbreviation or an initial ends none. */
export function sentenceCount(text: string): number {
	let n = 1;
	for (const m of text.matchAll(/[.!?]["”’)]?\s+(?=["“‘(]?[\p{Lu}\d])/gu)) {
		const before = text.slice(0, (m.index ?? 0) + 1);
		if (!ABBREVIATION.test(before)) n++;
	}
	return n;
}

/** About two sentences: past that a date stem is a paragraph to wade through, not a question. */
export const DATE_PROMPT_MAX = 250;

export function paragraphPrompt(prompt: string): boolean {
	return prompt.trim().length > DATE_PROMPT_MAX || sentenceCount(prompt.trim()) > 2;
}

/**
 * The "Brief › Heading" line gives the year away: it prints a year asked, or a span of at most 30 years that holds
 * it and no other option (a choice between 1713, 1690, 1740 under "War of the Spanish Succession 1701-1714").
 */
export function contextShowsYear(where: string | undefined, asked: number[], options?: number[][]): boolean {
	if (!where || asked.length === 0) return false;
	const ys = writtenYears(where);
	if (ys.some((w) => asked.includes(w.year))) return true;
	if (!options) return false;
	for (let i = 0; i + 1 < ys.length; i++) {
		const [a, b] = [ys[i], ys[i + 1]];
		// "1701–14": the end year written with its last two digits.
		const end = b.year < 100 && a.year >= 1000 ? a.year - (a.year % 100) + b.year : b.year;
		if (a.index !== b.index || end <= a.year) continue;
		const inside = (o: number[]) => o.every((y) => y >= a.year && y <= end);
		// Only the answer falls inside the span the heading prints: the heading picks it out.
		if (inside(asked) && options.filter(inside).length === 1) return true;
	}
	return false;
}

/** The year asked is printed elsewhere in the stem ("the 1832 Reform Act … ____"), or its decade is ("1830s"). */
export function stemPrintsYear(prompt: string, asked: number[]): boolean {
	const text = prompt.split(BLANK).join(" ");
	return asked.some((y) => {
		const d = yearDigits(y);
		if (new RegExp(`(?<![\\d.,])${d}(?![\\d])`).test(text)) return true;
		return d.length === 4 && new RegExp(`(?<!\\d)${d.slice(0, 3)}0['’]?s\\b`).test(text);
	});
}

/** The blank is one half of a year pair the note writes ("____/477 BCE", "1914/____"): the other half gives it away. */
export function halfOfPair(prompt: string): boolean {
	return new RegExp(`${BLANK}\\s*/\\s*\\d|\\d\\s*/\\s*${BLANK}`).test(prompt);
}

/** A bound or a decade, not a date: "after ____", "by ____", "since ____", "in the ____s". */
export function boundBlank(prompt: string): boolean {
	const at = prompt.indexOf(BLANK);
	if (at < 0) return false;
	const before = prompt.slice(0, at);
	const after = prompt.slice(at + BLANK.length);
	if (/^['’]?s\b/.test(after)) return true;
	// "shortly before ____", "soon after ____": the year itself is the anchor.
	if (
		/\b(?:shortly|just|soon|not long|immediately|right)\s+(?:before|after)\s+$|\bnot\s+(?:until|before)\s+$|\b(?:first|last) time since\s+$/i.test(
			before,
		)
	)
		return false;
	return /(?:^|[\s(,;:])(?:after|before|by|since|until|till|up to|prior to|no later than|as early as|as late as)\s+(?:(?:c|ca)\.\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?$/iu.test(
		before,
	);
}

/** Competing dates: "some historians say …, others …", "according to X …; Y dates it …", "disputed". */
const COMPETING =
	/\b(?:some (?:historians|scholars|sources|accounts|say|argue|believe|claim|date|place|put)|others? (?:say|argue|believe|claim|date|place|put|suggest|prefer)|scholars (?:disagree|debate|differ)|(?:date|dates|dated|place|places|put|puts) (?:it|this|them|the \p{L}+) (?:to|at|in|around|as)|disputed|contested|estimates (?:vary|range|differ)|(?:is|are|was) (?:uncertain|unknown|debated)|or (?:possibly|perhaps) )/iu;
const ATTRIBUTED = /\baccording to\b|\b(?:traditionally|supposedly|reputedly|allegedly|legend has it)\b/i;

export function competingDates(text: string): boolean {
	if (COMPETING.test(text)) return true;
	return ATTRIBUTED.test(text) && writtenYears(text.split(BLANK).join(" 1000 ")).length >= 2;
}

/** An image caption or a line about the course, not history. */
const CAPTION =
	/^\s*(?:!\[|(?:figure|fig\.|image|img|photo|photograph|picture|caption|source|credit|map|illustration|table)\s*\d*\s*[:.–—-]\s)/i;
const ADMIN =
	/\b(?:(?:unit|chapter|module|week|lesson|topic)\s+\d+\s+(?:test|quiz|exam|assessment|review|project|homework)|homework|syllabus|worksheet|midterm|study guide|office hours|due (?:on|by|date|next|monday|tuesday|wednesday|thursday|friday)|(?:test|quiz|exam) (?:is )?(?:on|next|tomorrow|this|will be)\b)/i;

export function captionOrAdmin(text: string): boolean {
	return CAPTION.test(text) || /!\[[^\]]*\]/.test(text) || ADMIN.test(text);
}

/** The year dates a figure: a percentage or a population ("In 1900, 40 % of …", "a population of 2 million"). */
export function figureSentence(text: string): boolean {
	if (/\d\s?(?:%|percent\b|per cent\b)/i.test(text)) return true;
	return (
		/\b(?:population|inhabitants|census)\b/i.test(text) &&
		/\d\s*(?:million|billion|thousand)\b|\d{1,3}(?:,\d{3})+/i.test(text)
	);
}

/**
 * The defects of one year stem (a date question's prompt, or an order item) and the sentence it comes from.
 * `where` and `options` only for a date question: the line shown with it, and the years of its options.
 */
export function stemDefects(
	stem: string,
	text: string,
	asked: number[],
	where?: string,
	options?: number[][],
): Defect[] {
	const out: Defect[] = [];
	if (danglingSubject(stem)) out.push({ criterion: "d", rule: "dangling-subject" });
	if (where !== undefined && contextShowsYear(where, asked, options))
		out.push({ criterion: "d", rule: "context-shows-year" });
	if (paragraphPrompt(stem)) out.push({ criterion: "d", rule: "paragraph" });
	if (stemPrintsYear(stem, asked)) out.push({ criterion: "d", rule: "year-in-stem" });
	if (halfOfPair(stem)) out.push({ criterion: "d", rule: "half-of-pair" });
	if (boundBlank(stem)) out.push({ criterion: "b", rule: "bound-blank" });
	if (competingDates(text) || competingDates(stem)) out.push({ criterion: "b", rule: "competing-dates" });
	if (captionOrAdmin(text) || captionOrAdmin(stem)) out.push({ criterion: "c", rule: "caption-admin" });
	if (figureSentence(text)) out.push({ criterion: "c", rule: "figure-year" });
	return out;
}

/**
 * The "Brief › Heading" line shows a cloze's answer: a year it prints, or the words of a term blank ("Napoleon" under
 * "… › Napoleon's reforms"). A word the heading shares only with the rest of the sentence gives nothing away.
 */
export function whereShowsBlank(where: string | undefined, answer: string): boolean {
	if (!where) return false;
	const a = answer.trim();
	if (/^\d{3,4}$/.test(a)) return contextShowsYear(where, [Number(a)]);
	const words = contentWords(a);
	const shown = normalize(where)
		.split(" ")
		.filter((w) => w.length >= 3);
	return words.length > 0 && words.every((w) => shown.some((h) => sameRoot(w, h)));
}

/** A cloze: no subject, a caption or an admin line, its blank in the context line; a year blank is held to the rules of a date stem. */
export function clozeStemDefects(prompt: string, answer: string, where?: string): Defect[] {
	const a = answer.trim();
	const out: Defect[] = /^\d{3,4}$/.test(a) ? stemDefects(prompt, prompt, [Number(a)]) : [];
	if (out.length === 0 && !/^\d{3,4}$/.test(a)) {
		// The blank of a term cloze is a name: "____ marched on Rome" has its subject.
		if (danglingSubject(prompt.split(BLANK).join("Someone")))
			out.push({ criterion: "d", rule: "dangling-subject" });
		if (captionOrAdmin(prompt)) out.push({ criterion: "c", rule: "caption-admin" });
	}
	if (whereShowsBlank(where, a)) out.push({ criterion: "d", rule: "context-shows-blank" });
	return out;
}
