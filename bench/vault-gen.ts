/**
 * Deterministic synthetic vault of study briefs in the seed's shapes (JSON and YAML front-matter,
 * H2 title with a date, Source line, Main Themes, `- **Term:** definition` facts, Key Quotes,
 * Conclusion) with varied dates: BCE, ranges, decades, centuries, month-year, full dates, plus
 * numbers that are not dates. Records every planted date (line, phrase, expected start year) so the
 * benchmark can score recall for every approach.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PlantedDate {
	line: number;
	phrase: string;
	/** Astronomical start year (44 BC -> -43); for centuries either first year convention is accepted. */
	year: number;
	kind: string;
}

export interface GeneratedNote {
	path: string;
	text: string;
	planted: PlantedDate[];
}

export interface GeneratedVault {
	dir: string;
	notes: GeneratedNote[];
}

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const MONTHS = [
	"January",
	"February",
	"March",
	"April",
	"May",
	"June",
	"July",
	"August",
	"September",
	"October",
	"November",
	"December",
];
const COURSES = [
	"History/Russia",
	"History/Rome",
	"History/Greece",
	"History/America",
	"Science/Physics",
	"Science/Biology",
	"Art/Renaissance",
	"Philosophy",
	"Economics/Trade",
	"",
];
const TOPICS = [
	"Recognition of the Republic",
	"The Reform Treaty",
	"The Siege of the City",
	"The Trade Embargo",
	"The Great Council",
	"The Border Accord",
	"The Harbour Strike",
	"The Royal Charter",
	"The Grain Crisis",
	"The Northern Alliance",
	"The Printing Revolution",
	"The Temple Reforms",
];
const TERMS = [
	"Background",
	"Reasons for Recognition",
	"Key Players",
	"The Agreement",
	"Outcome",
	"Deteriorating Relations",
	"Economic Motives",
	"Legacy",
	"Opposition",
	"Turning Point",
];
const SPEAKERS = [
	"Roosevelt",
	"Cicero",
	"Pericles",
	"Lincoln",
	"Catherine the Great",
	"Galileo",
	"Adam Smith",
	"an unnamed envoy",
];
const FILLER = [
	"The negotiations addressed outstanding debts, the rights of citizens abroad and interference in domestic affairs.",
	"Contemporary observers disagreed sharply about the motives of the main actors.",
	"Historians still debate how much of the initial optimism was justified by the evidence.",
	"Trade relations continued despite the formal break, which complicated the official policy.",
	"The sources for this period are uneven, and several accounts contradict each other.",
	"Public opinion shifted quickly once the first reports reached the capital.",
];
const NOT_DATES = [
	"after nearly 16 years of non-recognition",
	"with 3,000 soldiers",
	"on page 212 of the report",
	"for 45 minutes",
	"about 1500 kilometres away",
	"a debt of 150 million dollars",
];

type DateGen = (r: () => number) => { phrase: string; year: number; kind: string };

const pick = <T>(r: () => number, list: T[]): T => list[Math.floor(r() * list.length)];
const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const DATES: DateGen[] = [
	(r) => {
		const y = int(r, 30, 2900);
		return { phrase: `${y} BC`, year: 1 - y, kind: "bce" };
	},
	(r) => {
		const y = int(r, 30, 900);
		return { phrase: `c. ${y} BCE`, year: 1 - y, kind: "bce-circa" };
	},
	(r) => {
		const y = int(r, 1000, 2020);
		return { phrase: `${y}`, year: y, kind: "year" };
	},
	(r) => {
		const y = int(r, 1500, 1990);
		return { phrase: `${y}–${y + int(r, 1, 12)}`, year: y, kind: "range" };
	},
	(r) => {
		const y = int(r, 1200, 1980);
		return { phrase: `from ${y} to ${y + int(r, 2, 30)}`, year: y, kind: "range-words" };
	},
	(r) => {
		const d = int(r, 150, 199) * 10;
		return { phrase: `the ${d}s`, year: d, kind: "decade" };
	},
	(r) => {
		const c = int(r, 11, 20);
		return { phrase: `the ${c}th century`, year: (c - 1) * 100 + 1, kind: "century" };
	},
	(r) => {
		const c = int(r, 4, 9);
		return { phrase: `the ${c}th century BC`, year: 1 - c * 100, kind: "century-bce" };
	},
	(r) => {
		const y = int(r, 1600, 2010);
		return { phrase: `${pick(r, MONTHS)} ${y}`, year: y, kind: "month-year" };
	},
	(r) => {
		const y = int(r, 1700, 2010);
		return { phrase: `${int(r, 1, 28)} ${pick(r, MONTHS)} ${y}`, year: y, kind: "full-date" };
	},
	(r) => {
		const y = int(r, 1700, 2010);
		return { phrase: `${pick(r, MONTHS)} ${int(r, 1, 28)}, ${y}`, year: y, kind: "full-date-us" };
	},
];

const CUE: Record<string, string> = {
	year: "in",
	range: "in",
	"range-words": "",
	decade: "in",
	century: "during",
	"century-bce": "in",
	"month-year": "in",
	"full-date": "on",
	"full-date-us": "on",
	bce: "in",
	"bce-circa": "around",
};

/** One brief. Lines are pushed one by one so planted dates know their 0-based line. */
export function generateNote(i: number, seed = 1): GeneratedNote {
	const r = rng(seed * 100_003 + i);
	const course = pick(r, COURSES);
	const topic = `${pick(r, TOPICS)} ${i}`;
	const path = `${course ? `${course}/` : ""}brief-${String(i).padStart(5, "0")}.md`;
	const lines: string[] = [];
	const planted: PlantedDate[] = [];
	const date = (prefixCue = true) => {
		const d = pick(r, DATES)(r);
		const cue = CUE[d.kind];
		return { ...d, text: prefixCue && cue ? `${cue} ${d.phrase}` : d.phrase };
	};
	const plant = (line: string, d: { phrase: string; year: number; kind: string }) => {
		planted.push({ line: lines.length, phrase: d.phrase, year: d.year, kind: d.kind });
		lines.push(line);
	};
	const publish = r() > 0.1;
	const slug = topic.toLowerCase().replace(/[^a-z0-9]+/g, "-");
	if (r() < 0.35)
		lines.push(
			"---",
			JSON.stringify({
				"dg-publish": publish,
				permalink: `/${course ? `${course.toLowerCase()}/` : ""}${slug}/`,
			}),
			"---",
		);
	else
		lines.push(
			"---",
			`dg-publish: ${publish}`,
			`tags: [${course.split("/")[0].toLowerCase() || "misc"}, course/${i % 5}]`,
			"---",
		);
	lines.push("", "");
	const t = date(false);
	plant(`## ${topic}, ${t.phrase}`, t);
	lines.push(
		"",
		`**Source:** "Milestones in the History of Everything ${i}"`,
		"",
		`${pick(r, FILLER)} ${pick(r, FILLER)} ${pick(r, FILLER)}`,
		"",
		"**Main Themes:**",
		"",
	);
	for (let k = 0; k < int(r, 3, 4); k++) {
		if (r() < 0.3) {
			const d = date();
			plant(`- The shifting relations between the powers ${d.text}, and what followed.`, d);
		} else lines.push(`- ${pick(r, FILLER)} ${r() < 0.3 ? `It lasted ${pick(r, NOT_DATES)}.` : ""}`.trimEnd());
	}
	lines.push("", "**Most Important Ideas/Facts:**", "");
	for (let k = 0; k < int(r, 4, 6); k++) {
		const d = date();
		plant(
			`- **${pick(r, TERMS)}:** The envoys met ${d.text} to settle the dispute ${pick(r, NOT_DATES)}. ${pick(r, FILLER)}`,
			d,
		);
	}
	lines.push("", "**Key Quotes:**", "");
	for (let k = 0; k < int(r, 2, 3); k++)
		lines.push(
			`- "${pick(r, FILLER).replace(/\.$/, "")}, and nothing was the same afterwards." — ${pick(r, SPEAKERS)}`,
		);
	lines.push("", "**Conclusion:**", "");
	const c = date();
	plant(`The settlement reached ${c.text} ultimately failed to last. ${pick(r, FILLER)} ${pick(r, FILLER)}`, c);
	lines.push("");
	return { path, text: lines.join("\n"), planted };
}

/** Writes N briefs under `dir` (default: a fresh folder in the OS temp dir). */
export function generateVault(opts: { n?: number; dir?: string; seed?: number } = {}): GeneratedVault {
	const n = opts.n ?? 10_000;
	const seed = opts.seed ?? 1;
	const dir = opts.dir ?? join(tmpdir(), `study-briefs-bench-${n}-${seed}`);
	rmSync(dir, { recursive: true, force: true });
	const notes: GeneratedNote[] = [];
	const made = new Set<string>();
	for (let i = 0; i < n; i++) {
		const note = generateNote(i, seed);
		const folder = note.path.includes("/") ? join(dir, note.path.slice(0, note.path.lastIndexOf("/"))) : dir;
		if (!made.has(folder)) {
			mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		writeFileSync(join(dir, note.path), note.text);
		notes.push(note);
	}
	return { dir, notes };
}
