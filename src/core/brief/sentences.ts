/**
 * Sentence splitting that keeps abbreviations whole: "U.S.", "c. 1850", "ca.", "Sept. 1", "Dr. King",
 * initials ("John F. Kennedy"), decimals ("12.8 million"), "p. 19", "B.C.E.". Linear scan.
 */
import { dateDot } from "../dates/lang/sentence-dots";

const ABBREV = new Set([
	"c",
	"ca",
	"cca",
	"circa",
	"approx",
	"est",
	"fl",
	"r",
	"b",
	"d",
	"m",
	"jan",
	"feb",
	"mar",
	"apr",
	"jun",
	"jul",
	"aug",
	"sep",
	"sept",
	"oct",
	"nov",
	"dec",
	"mr",
	"mrs",
	"ms",
	"dr",
	"st",
	"sr",
	"jr",
	"prof",
	"gen",
	"col",
	"capt",
	"lt",
	"sgt",
	"rev",
	"hon",
	"gov",
	"pres",
	"sen",
	"rep",
	"no",
	"nos",
	"vol",
	"vols",
	"p",
	"pp",
	"ch",
	"chap",
	"sec",
	"fig",
	"ed",
	"eds",
	"trans",
	"cf",
	"al",
	"etc",
	"vs",
	"v",
	"e.g",
	"i.e",
	"inc",
	"ltd",
	"co",
	"corp",
	"dept",
	"univ",
	"assn",
	"bros",
	"mt",
	"ft",
	"ave",
	"blvd",
	"u.s",
	"u.k",
	"u.s.a",
	"u.s.s.r",
	"a.d",
	"b.c",
	"b.c.e",
	"c.e",
	"o.s",
	"n.s",
	"a.m",
	"p.m",
	"ph.d",
]);

/** Era abbreviations that may really end a sentence ("died in 210 B.C.E. Four years later"). */
const ERA = new Set(["b.c", "b.c.e", "a.d", "c.e", "bce", "ce", "bc", "ad"]);

function isUpperStart(ch: string | undefined): boolean {
	if (!ch) return false;
	return (
		(ch >= "A" && ch <= "Z") ||
		(ch >= "0" && ch <= "9") ||
		"\"'\u201c\u2018([".includes(ch) ||
		(ch > "\u00bf" && ch.toUpperCase() === ch && ch.toLowerCase() !== ch)
	);
}

function isDigit(ch: string | undefined): boolean {
	return ch !== undefined && ch >= "0" && ch <= "9";
}

/** The word that ends just before index `dot` (letters and inner dots). */
function wordBefore(text: string, dot: number): string {
	let i = dot - 1;
	while (i >= 0) {
		const ch = text[i];
		if (
			ch === "." ||
			(ch >= "a" && ch <= "z") ||
			(ch >= "A" && ch <= "Z") ||
			(ch > "\u007f" && /[\p{L}]/u.test(ch))
		)
			i--;
		else break;
	}
	return text.slice(i + 1, dot);
}

/** Characters that may close a sentence end ("...", "?!", ".\u201d)"); the terminators among them. */
const RUN = ".!?\u2026\"'\u201d\u2019)]*";
const TERMINATORS = ".!?\u2026";

export interface SentenceSpan {
	text: string;
	/** Offset of the sentence start in the input. */
	start: number;
}

/** Splits text into sentences; offsets point into the input. */
export function splitSentences(text: string): SentenceSpan[] {
	const out: SentenceSpan[] = [];
	let start = 0;
	const push = (end: number): void => {
		const raw = text.slice(start, end);
		const lead = raw.length - raw.trimStart().length;
		const t = raw.trim();
		if (t) out.push({ text: t, start: start + lead });
		start = end;
	};
	// The next ".", "!", "?" or "\u2026" after `i`, found by the regex engine (not a JS loop over every character).
	const ends = /[.!?\u2026]/g;
	for (let i = 0; ; i++) {
		ends.lastIndex = i;
		if (!ends.exec(text)) break;
		const dot = ends.lastIndex - 1;
		const ch = text[dot];
		// The whole run of closing marks is read once; the loop then resumes after it (never rescans it).
		let j = dot + 1;
		let moreEnds = false;
		while (j < text.length && RUN.includes(text[j])) {
			if (TERMINATORS.includes(text[j])) moreEnds = true;
			j++;
		}
		i = j - 1;
		// A doubt mark after a year in brackets ("King Haakon (1204?) The fleet …") is not a question's end.
		if (ch === "?" && text[dot + 1] === ")" && isDigit(text[dot - 1])) continue;
		if (j < text.length && text[j] !== " " && text[j] !== "\t") continue;
		let k = j;
		while (k < text.length && (text[k] === " " || text[k] === "\t")) k++;
		if (k >= text.length) break;
		if (!isUpperStart(text[k])) continue;
		// A second terminator in the run ("etc.. Then", "U.S.! Then") always ends the sentence.
		if (ch === "." && !moreEnds && dateDot(text, dot, k)) continue;
		if (ch === "." && !moreEnds) {
			const word = wordBefore(text, dot);
			const lower = word.toLowerCase();
			const eraEnd =
				ERA.has(lower) &&
				!/[0-9]/.test(text[k]) &&
				/\d\s*$/.test(text.slice(Math.max(0, dot - word.length - 8), dot - word.length));
			if (!eraEnd) {
				if (word.length === 1 && word >= "A" && word <= "Z") continue;
				if (ABBREV.has(lower)) continue;
				if (/^(?:[a-z]\.)+[a-z]$/i.test(word)) continue;
			}
		}
		push(j);
	}
	push(text.length);
	return out;
}
