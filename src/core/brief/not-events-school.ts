/**
 * School dates and quotation attributions that name a date but are not events (issue 16, item 5): a course's
 * calendar ("September 20th: unit test", "Oct 5 - quiz on chapter 4", `| Week 3 | Sept 20 | Quiz |`), exam-tips
 * sections, and the date in a quotation's attribution ("— Egyptian proverb, c. 2200 BCE", "(Churchill, 1940)").
 */

const MONTH =
	"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
/** A calendar day as a course writes it: "September 20th", "20 Sept", "Mon. Oct 5", "9/20". */
const DAY_DATE = `(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri)[a-z]*\\.?,?\\s+)?(?:${MONTH}\\s+${DAY}|${DAY}\\s+(?:of\\s+)?${MONTH}|\\d{1,2}/\\d{1,2})(?:,?\\s+\\d{4})?`;
/** A piece of course work or a school day: "unit test", "essay due", "quiz", "DBQ", "no school". */
const WORK =
	"(?:(?:unit|chapter|ch\\.?|final|mid-?term|practice|pop|map|vocab(?:ulary)?|reading|in-class|take-home|research|group)\\s+)?(?:tests?|quiz(?:zes)?|exams?|midterms?|finals|essays?|assignments?|homework|hw|projects?|presentations?|dbqs?|leqs?|saqs?|reading checks?|notebook checks?|no school|deadline)";
/** What may follow the work: its end, "due", a chapter, what it covers ("test at Alamogordo" is history). */
const WORK_TAIL =
	"(?=\\s*$|\\s*[.,;:!(\\u2013\\u2014-]|\\s+(?:due|on|over|for|covering|about|in class|review|ch\\.?|chapter|unit|\\d))";

const SCHOOL_DAY = new RegExp(
	`^(?:\\*\\*|__)?${DAY_DATE}(?:\\*\\*|__)?\\s*[:\\u2013\\u2014-]?\\s*(?:\\*\\*|__)?(?:${WORK}${WORK_TAIL}|.{0,60}\\bdue\\b(?!\\s+to\\b))`,
	"i",
);

/** A line of a course calendar: a day, then a test, a quiz, an essay or something due. */
export function isSchoolDay(sentence: string): boolean {
	return SCHOOL_DAY.test(sentence.trim());
}

/** A table cell that names a course's week or class ("Week 3", "Wk 3", "Lesson 4"), or its work alone ("Quiz"). */
const SCHEDULE_CELL = new RegExp(
	`^(?:\\*\\*|__)?(?:(?:week|wk|lesson|class|session|lecture)\\s*\\d{1,2}[a-z]?|${WORK}(?:\\s+due)?|due(?:\\s+date)?)(?:\\*\\*|__)?[.:]?$`,
	"i",
);

/** A row of a course schedule: one of its cells is a week or class number, or a piece of course work alone. */
export function isScheduleRow(cells: string[]): boolean {
	return cells.some((c) => SCHEDULE_CELL.test(c.trim()));
}

/**
 * An exam-tips section under any wording: "## AP exam tips", "### Tips for the DBQ", "## Test-taking strategies",
 * "## Essay reminders".
 */
const EXAM_WORD = /\b(?:exams?|tests?|test-taking|essays?|dbqs?|leqs?|saqs?|revision|revising|studying)\b/i;
const TIP_WORD = /\b(?:tips?|advice|hints?|strateg(?:y|ies)|techniques?|reminders?|dos and don'?ts)\b/i;

export function isExamTipsTitle(title: string): boolean {
	return EXAM_WORD.test(title) && TIP_WORD.test(title);
}

/** A name and date after a dash: "— Egyptian proverb, c. 2200 BCE", "-- Winston Churchill, 1941". */
const ATTRIBUTION_TAIL =
	"(?:\\u2014|\\u2015|--|\\u2013)\\s*\\p{Lu}[^\\d\\n\\u2014]{1,80}?,\\s*(?:c\\.|ca\\.|circa)?\\s*\\d{1,4}(?:\\s*(?:BCE?|CE|AD|B\\.C\\.?(?:E\\.?)?|A\\.D\\.?))?\\.?\\s*$";
/** The attribution line of a quotation, on its own (the line under "> The river gives life."). */
const ATTRIBUTION_LINE = new RegExp(`^["\u201d\u2019*_\\s]*${ATTRIBUTION_TAIL}`, "iu");
/** A quotation then its attribution in one line: `"Never give in" — Churchill, 1941`, `"…" (Churchill, 1940)`. */
const ATTRIBUTED_QUOTE = new RegExp(
	`["\u201d\u2019\u00bb]\\s*(?:${ATTRIBUTION_TAIL}|\\(\\s*\\p{Lu}[^\\d()\\n]{1,60},\\s*(?:c\\.\\s*)?\\d{1,4}(?:\\s*(?:BCE?|CE|AD))?\\s*\\)\\.?\\s*$)`,
	"iu",
);

/** A quoted span (bounded, so a long line of quote marks stays linear). */
const QUOTED = /["\u201c\u00ab]([^"\u201d\u00bb\n]{1,400})["\u201d\u00bb]/gu;

/** A quotation of three words or more (`The "Long Telegram" — George Kennan, 1946` names a document, not a quote). */
function hasLongQuote(s: string): boolean {
	for (const m of s.matchAll(QUOTED)) if (m[1].trim().split(/\s+/).length >= 3) return true;
	return false;
}

export function isAttribution(sentence: string): boolean {
	const s = sentence.trim();
	return ATTRIBUTION_LINE.test(s) || (ATTRIBUTED_QUOTE.test(s) && hasLongQuote(s));
}
