/**
 * Bare years in list, timeline and revision-note syntax (issue 16), where no cue word comes first:
 *   `Munich Agreement - 1938 - Britain and France…`, `Rentenmark -1923 -`, `Kaiser - abdicate - 1918`,
 *   `Battle of Bosworth 1485`, `Steelyard attacked 1492 - London`, `Nazi Party - made 1920, 6,000 members`.
 * Four-digit years 1000–2100 only. Traps stay rejected: counts and units (`1500 men`, `employ 1000s`),
 * references (`page 1920`), numbers glued to others (`1,500`, `£1920`), "to 1592" (a vote count), "than 1200".
 */
import {
	type Candidate,
	type ScanContext,
	eachMatch,
	followedByUnit,
	glued,
	gluedAfter,
	point,
	precededByReference,
} from "../patterns";

/** A year between dash separators or after one at the end: ` - 1938 - `, ` -1923 -`, `- 1918`. */
const DASHED = /(?:^|\s)[-–—]\s?(\d{4})(?=\s?[-–—]\s|\s*[,;.]?\s*$|,\s)/g;
/** A four-digit number; the word before it and what follows are checked on short slices (linear). */
const YEAR4 = /\b(\d{4})\b/g;
/** After the year: a dash separator, a comma/semicolon, the end (maybe a stop or closing bold), a table bar. */
const AFTER_YEAR = /^(?:\s[-–—]\s|[,;](?:\s|$)|\.?\s*$|\s*\*\*\s*$|\s*\|)/;
/** Before the year: a word of letters (maybe with a stop or apostrophe) and one space. */
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{L}{2,})[.']?\s$/u;

/** Words after which a number is a count, an amount or a comparison, not a year. */
const NOT_BEFORE_YEAR = new Set(
	(
		"to than over under nearly almost some only just total totalling totaling numbering numbered around about " +
		"employ employs employed employing killed kill died lost had has have with without vote votes voted scored " +
		"cost costs paid pay earned worth weighed measured reached rose fell grew x times per plus minus"
	).split(" "),
);

function yearAt(text: string, yi: number, digits: string): Candidate | null {
	const y = Number(digits);
	const end = yi + 4;
	if (y < 1000 || y > 2100) return null;
	if (glued(text, yi) || gluedAfter(text, end) || followedByUnit(text, end) || precededByReference(text, yi))
		return null;
	return { index: yi, end, tag: "hist/year", approximate: false, precision: "year", start: point(y), stop: point(y) };
}

/** Bare CE years in list syntax; BCE notes (defaultEra) are left to the era-aware parsers. */
export function listYears(ctx: ScanContext, out: Candidate[]): void {
	if (ctx.labelMode || ctx.defaultEra === "BCE") return;
	const { text } = ctx;
	if (/[-–—]\s?\d{4}/.test(text)) {
		eachMatch(
			DASHED,
			text,
			(m) => {
				// "7/4/1776 - 1783": the end of a range whose start another reader gives, not a year of its own.
				if (/\d\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index + 1))) return null;
				return yearAt(text, m.index + m[0].indexOf(m[1]), m[1]);
			},
			out,
		);
	}
	eachMatch(
		YEAR4,
		text,
		(m) => {
			const yi = m.index;
			if (!AFTER_YEAR.test(text.slice(yi + 4, yi + 10))) return null;
			const w = WORD_BEFORE.exec(text.slice(Math.max(0, yi - 24), yi));
			if (!w || NOT_BEFORE_YEAR.has(w[1].toLowerCase())) return null;
			return yearAt(text, yi, m[1]);
		},
		out,
	);
}

/**
 * A year and the next one abbreviated after a comma: "1848,49", "1914, 15" (a two-year span as notes write it).
 * The short year must come later in the same century; "1848,49 people" or "1848,490" stay unread.
 */
const ABBREV_PAIR = /\b(1\d{3}|20\d{2}),\s?(\d{2})\b(?![\d,.%])/g;

export function abbreviatedYearPairs(ctx: ScanContext, out: Candidate[]): void {
	if (ctx.defaultEra === "BCE") return;
	const { text } = ctx;
	eachMatch(
		ABBREV_PAIR,
		text,
		(m) => {
			const a = Number(m[1]);
			const b = Math.floor(a / 100) * 100 + Number(m[2]);
			if (b <= a || b - a > 10 || glued(text, m.index)) return null;
			const end = m.index + m[0].length;
			if (followedByUnit(text, end) || /^\s*(?:[-–—]|\d)/.test(text.slice(end, end + 3))) return null;
			return {
				index: m.index,
				end,
				tag: "hist/year-pair",
				approximate: false,
				precision: "year",
				start: point(a),
				stop: point(b),
			};
		},
		out,
	);
}
