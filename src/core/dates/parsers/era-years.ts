/** Era-marked years: 44 BC, 46 BCE, AD 79, 476 CE, 50,000 BCE, B.C.E., 82–79 BC, 1570-1045 BCE. */
import { eraYear } from "../calendar";
import { type Candidate, type ScanContext, ERA, YEARN, eachMatch, glued, gluedAfter, num, point } from "../patterns";

const APPROX_SRC = "(?:\\b(c\\.|ca\\.|circa|[Cc]irca|[Aa]round|[Aa]bout|approximately)\\s*)?";
const SUFFIX = new RegExp(
	`${APPROX_SRC}\\b${YEARN}(?:\\s?(?:–|—|-|to|until)\\s?(?:c\\.\\s*)?${YEARN})?\\s?${ERA}`,
	"g",
);
/** "AD 79", "AD 1,000", "AD 14–37": the number may carry a thousands comma ("AD 50,000" is read whole, then refused). */
const PREFIX = new RegExp(
	`${APPROX_SRC}\\b(A\\.\\s?D\\.|AD)\\s?(\\d{1,3}(?:,\\d{3})+|\\d{1,4})\\b(?:\\s?(?:–|—|-)\\s?(\\d{1,4})\\b)?`,
	"g",
);

function approxIndex(m: RegExpExecArray, numberGroup: string): number {
	return m[1] ? m.index : m.index + m[0].indexOf(numberGroup);
}

const SLASHED = new RegExp(`\\b(\\d{2,4})/(\\d{1,4})\\s?${ERA}`, "g");

/** Slashed (archon / regnal) years: "508/7 BCE" = 508-507 BC, "478/477 BCE" (the second year written whole). */
function slashedYears(ctx: ScanContext, out: Candidate[]): void {
	eachMatch(
		SLASHED,
		ctx.text,
		(m) => {
			const a = Number(m[1]);
			const tail = m[2];
			if (tail.length > m[1].length) return null;
			const b = Number(m[1].slice(0, m[1].length - tail.length) + tail);
			const bc = /^B/.test(m[3]);
			if (bc ? b !== a - 1 : b !== a + 1) return null;
			const s = eraYear(a, m[3]);
			const e = eraYear(b, m[3]);
			return {
				index: m.index,
				end: m.index + m[0].length,
				tag: "hist/era",
				precision: "year",
				approximate: false,
				start: point(s),
				stop: point(e),
			};
		},
		out,
	);
}

/** "c. 4 million to c. 8,000 BCE", "2.5 million - 10,000 BC": a range from millions of years, both ends BC. */
const MILLIONS = new RegExp(
	`${APPROX_SRC}\\b(\\d{1,3}(?:\\.\\d{1,2})?)\\s?million(?:\\s?(?:BCE|BC|B\\.C\\.(?:E\\.)?))?\\s?(?:–|—|-|to|until)\\s?(?:c\\.\\s*|ca\\.\\s*)?${YEARN}\\s?(BCE|BC|B\\.\\s?C\\.(?:\\s?E\\.)?)(?![A-Za-z])`,
	"g",
);

function millionRanges(ctx: ScanContext, out: Candidate[]): void {
	eachMatch(
		MILLIONS,
		ctx.text,
		(m) => {
			const index = approxIndex(m, m[2]);
			if (!m[1] && glued(ctx.text, index)) return null;
			const older = Math.round(Number(m[2]) * 1_000_000);
			const newer = num(m[3]);
			if (newer >= older || newer === 0) return null;
			return {
				index,
				end: m.index + m[0].length,
				tag: "hist/era",
				precision: "year",
				approximate: true,
				start: point(1 - older),
				stop: point(1 - newer),
			};
		},
		out,
	);
}

export function eraYears(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	if (text.includes("/")) slashedYears(ctx, out);
	if (text.includes("million")) millionRanges(ctx, out);
	eachMatch(
		SUFFIX,
		text,
		(m) => {
			const index = approxIndex(m, m[2]);
			if (!m[1] && glued(text, index)) return null;
			const era = m[4];
			const a = eraYear(num(m[2]), era);
			const b = m[3] !== undefined ? eraYear(num(m[3]), era) : a;
			if (b < a || num(m[2]) === 0) return null;
			return {
				index,
				end: m.index + m[0].length,
				tag: "hist/era",
				precision: "year",
				approximate: !!m[1],
				start: point(a),
				stop: point(b),
			};
		},
		out,
	);
	eachMatch(
		PREFIX,
		text,
		(m) => {
			const index = m[1] ? m.index : m.index + m[0].indexOf(m[2]);
			const a = num(m[3]);
			const b = m[4] !== undefined ? Number(m[4]) : a;
			// The match may not end inside a number ("AD 14-1,000") and a year has at most 4 digits.
			if (a === 0 || b < a || a >= 10000 || gluedAfter(text, m.index + m[0].length)) return null;
			return {
				index,
				end: m.index + m[0].length,
				tag: "hist/era",
				precision: "year",
				approximate: !!m[1],
				start: point(a),
				stop: point(b),
			};
		},
		out,
	);
}
