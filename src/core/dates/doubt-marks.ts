/**
 * A historian's doubt mark: a "?" right after a year ("Magnus VI (1263?-78)", "born 1141? in Bergen",
 * "(1483?)") says the year is uncertain; it is not a question. The parsers read the text without these marks
 * (same length otherwise), and each date that held one is mapped back to the note's text and marked approximate.
 * A "?" after a number that ends a question ("What happened in 1066? The Normans …") is kept.
 */
import type { Candidate } from "./patterns";

/** "?" after a digit, followed by a closing bracket, a dash, ",", ";", "/" or a lower-case word. */
const DOUBT = /\d\?(?=[)\]\-\u2013\u2014,;/]|\s+[a-z(])/g;

export interface DoubtFree {
	/** The text without its doubt marks. */
	text: string;
	/** Where each removed mark was in the original text, in order. */
	marks: number[];
}

/** The text without doubt marks, or null when it has none (the common case costs one test). */
export function withoutDoubtMarks(text: string): DoubtFree | null {
	if (!text.includes("?")) return null;
	const marks: number[] = [];
	DOUBT.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = DOUBT.exec(text)) !== null) marks.push(m.index + 1);
	if (marks.length === 0) return null;
	let out = "";
	let from = 0;
	for (const at of marks) {
		out += text.slice(from, at);
		from = at + 1;
	}
	return { text: out + text.slice(from), marks };
}

/**
 * Candidates found in the doubt-free text, with offsets in the original text; a date with a mark inside it or
 * right after it takes the mark and becomes approximate.
 */
export function mapDoubtMarks(cands: Candidate[], marks: number[]): Candidate[] {
	// A mark at original position marks[k] sits before stripped position marks[k] - k.
	const at = marks.map((p, k) => p - k);
	const shift = (s: number, inclusive: boolean): number => {
		let n = 0;
		while (n < at.length && (inclusive ? at[n] <= s : at[n] < s)) n++;
		return n;
	};
	return cands.map((c) => {
		const before = shift(c.index, false);
		const through = shift(c.end, true);
		if (through === before) return { ...c, index: c.index + before, end: c.end + before };
		return { ...c, index: c.index + before, end: c.end + through, approximate: true };
	});
}
