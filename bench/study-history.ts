/**
 * A generated review history for the dashboard's tests and benchmark: courses of briefs with dated events, and a
 * student who reviews on most days (some items much harder than others), deterministic for a seed.
 */
import type { Brief, HistDate } from "../src/core/model";
import type { LogEventBody, ReviewGrade } from "../src/core/review";

const DAY = 86_400_000;

function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const COURSES = [
	"History/Roman Republic",
	"History/Russian Revolution",
	"History/Cold War",
	"History/Tang and Song China",
];
const TEXTS = [
	"crossed the Rubicon with the Thirteenth Legion",
	"was elected consul for the first time",
	"signed the treaty that ended the war",
	"seized power in the capital",
	"founded a new capital on the river",
	"was assassinated in the senate house",
	"introduced paper money across the empire",
	"broke the blockade of the city by air",
];

function date(year: number): HistDate {
	const ymd = { year };
	return { start: ymd, end: ymd, precision: "year", approximate: false, label: String(year) } as unknown as HistDate;
}

/** `courses` × `briefsPerCourse` briefs of `itemsPerBrief` dated events each. */
export function studyBriefs(courses = 4, briefsPerCourse = 3, itemsPerBrief = 6): Brief[] {
	const out: Brief[] = [];
	for (let c = 0; c < courses; c++) {
		const course =
			COURSES[c % COURSES.length] + (c >= COURSES.length ? ` ${Math.floor(c / COURSES.length) + 1}` : "");
		for (let b = 0; b < briefsPerCourse; b++) {
			const path = `${course}/Brief ${b + 1}.md`;
			const name = course.split("/").pop() ?? course;
			out.push({
				path,
				id: path,
				title: `${name}, part ${b + 1}`,
				publish: true,
				hidden: false,
				course,
				tags: [],
				sections: [],
				quotes: [],
				facts: [],
				themes: [],
				links: [],
				problems: [],
				events: Array.from({ length: itemsPerBrief }, (_, i) => ({
					id: `ev-${i}`,
					briefPath: path,
					date: date(-100 + c * 400 + b * 20 + i),
					text: `The leader ${TEXTS[(c + b + i) % TEXTS.length]} (${name} ${b + 1}.${i + 1}).`,
					source: { path, line: 6 + i * 2 },
				})),
			});
		}
	}
	return out;
}

export interface HistoryOptions {
	/** Days of history ending at `now`. */
	days: number;
	/** Mean reviews on a study day. */
	perDay: number;
	now: number;
	seed?: number;
	/** Share of days with reviews (the last 12 days always have some: a live streak). */
	studyDays?: number;
}

/** Review events (one device) over the briefs' date cards; hard items are missed far more often. */
export function studyHistory(briefs: Brief[], opts: HistoryOptions): LogEventBody[] {
	const rnd = rng(opts.seed ?? 22);
	const cards = briefs.flatMap((b) => b.events.map((e) => `${b.id}#${e.id}/date`));
	const hardness = cards.map(() => (rnd() < 0.1 ? 0.55 : rnd() * 0.15));
	const events: LogEventBody[] = [];
	for (let d = opts.days - 1; d >= 0; d--) {
		if (d >= 12 && rnd() > (opts.studyDays ?? 0.8)) continue;
		const n = Math.max(1, Math.round(opts.perDay * (0.4 + rnd() * 1.2)));
		const start = opts.now - d * DAY - 10 * 3_600_000;
		for (let i = 0; i < n; i++) {
			const k = Math.floor(rnd() * cards.length);
			const r = rnd();
			const grade: ReviewGrade = r < hardness[k] ? 1 : r < hardness[k] + 0.08 ? 2 : r > 0.93 ? 4 : 3;
			events.push({ k: "review", card: cards[k], grade, t: start + i * 20_000 });
		}
	}
	return events;
}
