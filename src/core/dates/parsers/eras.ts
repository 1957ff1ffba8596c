/** Era-marked years: 44 BC, 46 BCE, AD 79, 476 CE, 50,000 BCE, B.C.E., 82–79 BC, 1570-1045 BCE. */
import { eraYear } from "../calendar";
import { type Candidate, type ScanContext, ERA, YEARN, eachMatch, glued, num, point } from "../patterns";

const APPROX_SRC = "(?:\\b(c\\.|ca\\.|circa|[Cc]irca|[Aa]round|[Aa]bout|approximately)\\s*)?";
const SUFFIX = new RegExp(`${APPROX_SRC}\\b${YEARN}(?:\\s?(?:–|—|-|to|until)\\s?(?:c\\.\\s*)?${YEARN})?\\s?${ERA}`, "g");
const PREFIX = new RegExp(`${APPROX_SRC}\\b(A\\.\\s?D\\.|AD)\\s?(\\d{1,4})\\b(?:\\s?(?:–|—|-)\\s?(\\d{1,4})\\b)?`, "g");

function approxIndex(m: RegExpExecArray, numberGroup: string): number {
	return m[1] ? m.index : m.index + m[0].indexOf(numberGroup);
}

export function eraYears(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	eachMatch(SUFFIX, text, (m) => {
		const index = approxIndex(m, m[2]);
		if (!m[1] && glued(text, index)) return null;
		const era = m[4];
		const a = eraYear(num(m[2]), era);
		const b = m[3] !== undefined ? eraYear(num(m[3]), era) : a;
		if (b < a || num(m[2]) === 0) return null;
		return {
			index, end: m.index + m[0].length, tag: "hist/era", precision: "year", approximate: !!m[1],
			start: point(a), stop: point(b),
		};
	}, out);
	eachMatch(PREFIX, text, (m) => {
		const index = m[1] ? m.index : m.index + m[0].indexOf(m[2]);
		const a = Number(m[3]);
		const b = m[4] !== undefined ? Number(m[4]) : a;
		if (a === 0 || b < a) return null;
		return {
			index, end: m.index + m[0].length, tag: "hist/era", precision: "year", approximate: !!m[1],
			start: point(a), stop: point(b),
		};
	}, out);
}
