/**
 * Deterministic test data for the browser tests and benchmarks: briefs with dated events across
 * BCE and CE, every precision, circa dates and ranges. Labels follow the historian's style of
 * `HistDate.label` ("44 BC", "c. 1150", "1930s", "Nov 1933", "1933–1939").
 * Generic: any view test may import these.
 */
import type { Brief, HistDate, HistEvent, Precision, YMD } from "../../../src/core/model";
import { mulberry32 } from "../../../src/core/quiz/rng";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function ordinal(n: number): string {
	const t = n % 100;
	return t >= 11 && t <= 13 ? `${n}th` : `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/** Astronomical year -> "44 BC" / "AD 79" / "1933". */
export function yearText(year: number): string {
	return year <= 0 ? `${1 - year} BC` : year < 1000 ? `AD ${year}` : String(year);
}

/** The label a historian would write for a date (what the date engine puts in `label`). */
export function labelOf(d: Omit<HistDate, "label" | "text">): string {
	const s = d.start;
	const e = d.end;
	const c = d.approximate ? "c. " : "";
	const bc = s.year <= 0;
	switch (d.precision) {
		case "millennium":
			return `${c}${ordinal(Math.floor(((bc ? 1 - s.year : s.year) - 1) / 1000) + 1)} millennium${bc ? " BC" : ""}`;
		case "century":
			return `${c}${ordinal(Math.floor(((bc ? 1 - s.year : s.year) - 1) / 100) + 1)} century${bc ? " BC" : ""}`;
		case "decade":
			return bc ? `${c}${Math.floor((1 - s.year) / 10) * 10}s BC` : `${c}${s.year}s`;
		case "month":
		case "season":
			return `${c}${MONTHS[(s.month ?? 1) - 1]} ${yearText(s.year)}`;
		case "day":
			return `${c}${s.day ?? 1} ${MONTHS[(s.month ?? 1) - 1]} ${yearText(s.year)}`;
		default:
			if (e.year !== s.year) {
				if (s.year <= 0 && e.year <= 0) return `${c}${1 - s.year}–${1 - e.year} BC`;
				return `${c}${yearText(s.year)}–${yearText(e.year)}`;
			}
			return `${c}${yearText(s.year)}`;
	}
}

/** A HistDate from its parts; the end defaults to the start. */
export function histDate(start: YMD, opts: { end?: YMD; precision?: Precision; approximate?: boolean } = {}): HistDate {
	const precision = opts.precision ?? (start.day ? "day" : start.month ? "month" : "year");
	const base = { start, end: opts.end ?? start, precision, approximate: opts.approximate ?? false };
	const label = labelOf(base);
	return { ...base, label, text: label };
}

/** A brief with the given events (ids, paths and lines filled in). */
export function makeBrief(
	path: string,
	title: string,
	events: { date: HistDate; text: string; label?: string; section?: string }[],
	opts: Partial<Pick<Brief, "publish" | "tags" | "course">> = {},
): Brief {
	const course = opts.course ?? path.split("/").slice(0, -1).join("/");
	const evs: HistEvent[] = events.map((e, i) => ({
		id: `event:${path}:${i}`,
		briefPath: path,
		date: e.date,
		text: e.text,
		label: e.label,
		section: e.section,
		source: { path, line: 4 + i * 2 },
	}));
	return {
		path,
		id: path,
		title,
		publish: opts.publish ?? true,
		hidden: false,
		course,
		tags: opts.tags ?? [],
		sections: [],
		events: evs,
		quotes: [],
		facts: [],
		themes: [],
		links: [],
		problems: [],
	};
}

const COURSES = ["History/Ancient Rome", "History/Russia", "History/China", "Philosophy", "Art history"];
const SUBJECTS = [
	"The senate",
	"A new dynasty",
	"The treaty",
	"The army",
	"A council",
	"The assembly",
	"The reformers",
	"Merchants",
	"The court",
	"Scholars",
];
const VERBS = [
	"met at",
	"was founded in",
	"marched on",
	"signed an accord in",
	"rebuilt",
	"abandoned",
	"was crowned in",
	"fled to",
	"debated in",
	"reformed",
];
const PLACES = [
	"Rome",
	"Carthage",
	"Kyiv",
	"Moscow",
	"Chang'an",
	"Athens",
	"Alexandria",
	"Nanjing",
	"Paris",
	"Novgorod",
];
const LABELS = ["Background", "Turning point", "Consequence", "Context", "Key event"];

/** One random event date in [minYear, maxYear] with a realistic mix of precisions, circa and ranges. */
function randomDate(r: () => number, minYear: number, maxYear: number): HistDate {
	const year = Math.floor(minYear + r() * (maxYear - minYear));
	const k = r();
	const approximate = r() < 0.12;
	if (k < 0.15)
		return histDate({ year, month: 1 + Math.floor(r() * 12), day: 1 + Math.floor(r() * 28) }, { approximate });
	if (k < 0.35) return histDate({ year, month: 1 + Math.floor(r() * 12) }, { approximate });
	if (k < 0.45) {
		const y0 = year <= 0 ? -Math.floor((1 - year) / 10) * 10 + 1 - 9 : Math.floor(year / 10) * 10;
		return histDate({ year: y0 }, { end: { year: y0 + 9 }, precision: "decade", approximate });
	}
	if (k < 0.5) {
		const n = Math.floor(((year <= 0 ? 1 - year : year) - 1) / 100);
		const y0 = year <= 0 ? -(n * 100 + 99) : n * 100 + 1;
		return histDate({ year: y0 }, { end: { year: y0 + 99 }, precision: "century", approximate });
	}
	if (k < 0.62)
		return histDate({ year }, { end: { year: year + 1 + Math.floor(r() * 30) }, precision: "year", approximate });
	return histDate({ year }, { approximate });
}

/**
 * `count` events spread over briefs of about `perBrief` events each, in several courses (folders),
 * years from `minYear` to `maxYear` (astronomical). Deterministic for a seed.
 */
export function syntheticBriefs(
	count: number,
	opts: { seed?: number; perBrief?: number; minYear?: number; maxYear?: number } = {},
): Brief[] {
	const prng = mulberry32(opts.seed ?? 1);
	const r = (): number => prng.next();
	const per = opts.perBrief ?? 25;
	const briefs: Brief[] = [];
	for (let b = 0; b * per < count; b++) {
		const course = COURSES[b % COURSES.length];
		const n = Math.min(per, count - b * per);
		const events = Array.from({ length: n }, (_, i) => {
			const s = SUBJECTS[Math.floor(r() * SUBJECTS.length)];
			const v = VERBS[Math.floor(r() * VERBS.length)];
			const p = PLACES[Math.floor(r() * PLACES.length)];
			return {
				date: randomDate(r, opts.minYear ?? -3000, opts.maxYear ?? 2020),
				text: `${s} ${v} ${p} (event ${b * per + i + 1}).`,
				label: r() < 0.3 ? LABELS[Math.floor(r() * LABELS.length)] : undefined,
			};
		});
		briefs.push(
			makeBrief(`${course}/Brief ${b + 1}.md`, `Brief ${b + 1}: ${course.split("/").pop()}`, events, {
				tags: [b % 2 ? "exam" : "reading"],
			}),
		);
	}
	return briefs;
}

/** A hand-written Roman Republic brief (all BCE) and one Roman Empire brief with AD 79. */
export function romanBriefs(): Brief[] {
	const y = (bc: number) => 1 - bc;
	const republic = makeBrief(
		"History/Ancient Rome/Roman Republic.md",
		"The Roman Republic",
		[
			{
				date: histDate({ year: y(509) }, { approximate: true }),
				text: "The Romans expelled their last king and founded the Republic.",
				label: "Founding",
			},
			{
				date: histDate({ year: y(494) }),
				text: "The plebeians seceded to the Sacred Mount and won their tribunes.",
			},
			{
				date: histDate({ year: y(451) }, { end: { year: y(450) } }),
				text: "The Twelve Tables set down Roman law in writing.",
			},
			{ date: histDate({ year: y(390) }, { approximate: true }), text: "Gauls under Brennus sacked Rome." },
			{
				date: histDate({ year: y(264) }, { end: { year: y(241) } }),
				text: "Rome and Carthage fought the First Punic War.",
				label: "Punic Wars",
			},
			{ date: histDate({ year: y(218) }), text: "Hannibal crossed the Alps with his army and elephants." },
			{ date: histDate({ year: y(146) }), text: "Carthage and Corinth were destroyed." },
			{ date: histDate({ year: y(133) }), text: "The tribune Tiberius Gracchus was killed in a riot." },
			{ date: histDate({ year: y(82) }, { end: { year: y(79) } }), text: "Sulla ruled as dictator." },
			{ date: histDate({ year: y(60) }), text: "Caesar, Pompey and Crassus formed the First Triumvirate." },
			{ date: histDate({ year: y(49), month: 1 }), text: "Caesar crossed the Rubicon.", label: "Civil war" },
			{
				date: histDate({ year: y(44), month: 3, day: 15 }),
				text: "Caesar was assassinated on the Ides of March.",
			},
			{
				date: histDate({ year: y(31), month: 9, day: 2 }),
				text: "Octavian defeated Antony and Cleopatra at Actium.",
			},
			{
				date: histDate({ year: y(27) }),
				text: "Octavian took the name Augustus; the Republic gave way to the Principate.",
				label: "End of the Republic",
			},
		],
		{ tags: ["rome"] },
	);
	const empire = makeBrief(
		"History/Ancient Rome/Roman Empire.md",
		"The Roman Empire",
		[
			{ date: histDate({ year: 79, month: 8, day: 24 }), text: "Vesuvius buried Pompeii and Herculaneum." },
			{ date: histDate({ year: 117 }), text: "The empire reached its greatest extent under Trajan." },
		],
		{ tags: ["rome"] },
	);
	return [republic, empire];
}

/** The seed brief's events as the reader finds them (1933, 1917, November 1933, 1939). */
export function sovietRecognitionBrief(): Brief {
	return makeBrief(
		"History/Russia/US recognition of the Soviet Union.md",
		"US recognition of the Soviet Union, 1933",
		[
			{ date: histDate({ year: 1933 }), text: "US recognition of the Soviet Union, 1933" },
			{
				date: histDate({ year: 1917 }),
				text: "The U.S. severed diplomatic ties with Russia in 1917 after the Bolshevik revolution.",
				label: "Background",
			},
			{
				date: histDate({ year: 1933, month: 11 }),
				text: "In November 1933 President Roosevelt and Maxim Litvinov exchanged notes establishing relations.",
				label: "Recognition",
			},
			{
				date: histDate({ year: 1939 }),
				text: "Relations cooled again with the Nazi–Soviet pact of 1939.",
				label: "Aftermath",
			},
			{
				date: histDate({ year: 1930 }, { end: { year: 1939 }, precision: "decade" }),
				text: "Trade with the Soviet Union grew through the 1930s.",
			},
		],
		{ tags: ["russia"] },
	);
}
