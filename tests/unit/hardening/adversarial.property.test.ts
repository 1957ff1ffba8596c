/**
 * Adversarial property tests for the brief reader and the date engine (issue 14): notes built from runs of
 * punctuation, digits, dashes, quote marks, emphasis markers, pipes, brackets, tables, headings and lists.
 * Properties: nothing throws; the output is well formed (valid dates, ordered matches, lines in range);
 * output size is at most OUTPUT_PER_CHAR × input size; work per kB is bounded, checked by growth (doubling a
 * generated note at most ~doubles the work), never by a wall-clock threshold. Seeds come from fuzzParams:
 * fixed in `npm test`, random under test:fuzz. The worst ms/kB seen is printed (CPU time, for the README).
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { createDateReader, findDates } from "../../../src/core/dates";
import type { Brief, HistDate, YMD } from "../../../src/core/model";
import { fuzzParams } from "../../support/fuzz";
import { FAMILIES, FM, PIECES } from "./adversarial-inputs";
import { GROWTH_LIMIT, repeatTo, textGrowth } from "../../support/growth";

/**
 * Output bound: every event carries at most a 1,000-character sentence piece (or a bounded table context),
 * and a date needs a few characters of input, so output is linear with this constant.
 */
const OUTPUT_PER_CHAR = 400;
const OUTPUT_BASE = 20_000;

const piece = fc.constantFrom(...PIECES);
/** A run: one piece repeated (the shape that made the splitter and the table reader quadratic). */
const run = fc.tuple(piece, fc.integer({ min: 2, max: 600 })).map(([p, k]) => p.repeat(k));
const soup = fc
	.array(
		fc.oneof(
			{ weight: 4, arbitrary: piece },
			{ weight: 2, arbitrary: run },
			{ weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
		),
		{ maxLength: 80 },
	)
	.map((xs) => xs.join(""));
const family = fc
	.tuple(fc.constantFrom(...Object.keys(FAMILIES)), fc.integer({ min: 50, max: 4000 }))
	.map(([f, n]) => FAMILIES[f](n));
const body = fc.oneof(
	soup,
	family,
	fc.tuple(soup, family, soup).map((xs) => xs.join("\n")),
);

const worst = { parse: { msPerKb: 0, sample: "" }, find: { msPerKb: 0, sample: "" }, outputPerChar: 0 };

function cpuMs(f: () => void): number {
	const t0 = process.cpuUsage();
	f();
	const d = process.cpuUsage(t0);
	return (d.user + d.system) / 1000;
}

/** Keeps the worst CPU ms per kB; a new worst is timed again (the first run of a shape may include compiling). */
function record(kind: "parse" | "find", text: string, ms: number, again: () => void): void {
	if (text.length < 4096) return; // below 4 kB a per-kB figure is mostly fixed overhead
	const kb = text.length / 1024;
	if (ms / kb <= worst[kind].msPerKb) return;
	const perKb = Math.min(ms, cpuMs(again)) / kb;
	if (perKb > worst[kind].msPerKb) worst[kind] = { msPerKb: perKb, sample: JSON.stringify(text.slice(0, 40)) };
}

afterAll(() => {
	console.log(
		`adversarial: worst parseBrief ${worst.parse.msPerKb.toFixed(2)} ms/kB (${worst.parse.sample}…), ` +
			`worst findDates ${worst.find.msPerKb.toFixed(2)} ms/kB (${worst.find.sample}…), ` +
			`largest output ${worst.outputPerChar.toFixed(1)} chars per input char`,
	);
});

function cmp(a: YMD, b: YMD): number {
	return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

function validDate(d: HistDate): void {
	expect(Number.isInteger(d.start.year) && Number.isInteger(d.end.year)).toBe(true);
	for (const p of [d.start, d.end]) {
		if (p.month !== undefined) expect(p.month >= 1 && p.month <= 12).toBe(true);
		if (p.day !== undefined) expect(p.day >= 1 && p.day <= 31).toBe(true);
	}
	expect(cmp(d.start, d.end)).toBeLessThanOrEqual(0);
	expect(typeof d.label === "string" && d.label.length > 0).toBe(true);
}

function checkBrief(b: Brief, text: string): void {
	const lineCount = text.split("\n").length;
	const inRange = (line: number): boolean => Number.isInteger(line) && line >= 0 && line < lineCount;
	for (const e of b.events) {
		validDate(e.date);
		expect(inRange(e.source.line)).toBe(true);
		expect(typeof e.text).toBe("string");
	}
	for (const q of b.quotes) expect(inRange(q.source.line)).toBe(true);
	for (const f of b.facts) expect(inRange(f.source.line)).toBe(true);
	const out = JSON.stringify([b.events, b.quotes, b.facts, b.sections, b.links, b.problems]).length;
	worst.outputPerChar = Math.max(worst.outputPerChar, out / Math.max(1, text.length));
	expect(out).toBeLessThanOrEqual(OUTPUT_PER_CHAR * text.length + OUTPUT_BASE);
}

describe("parseBrief on adversarial notes", () => {
	it("never throws, gives a well-formed Brief of bounded size", () => {
		fc.assert(
			fc.property(body, fc.boolean(), (b, withFm) => {
				const text = (withFm ? FM : "") + b;
				let brief!: Brief;
				const ms = cpuMs(() => {
					brief = parseBrief({ path: "Adversarial/note.md", text });
				});
				record("parse", text, ms, () => parseBrief({ path: "Adversarial/note.md", text }));
				checkBrief(brief, text);
			}),
			fuzzParams(14_001, 150),
		);
	});

	it("work per kB is bounded: a generated note repeated to n and 2n costs at most ~2x", () => {
		fc.assert(
			fc.property(
				fc.oneof(soup, run).filter((s) => s.length > 0),
				(unit) => {
					const g = textGrowth(
						(n) => FM + repeatTo(unit + "\n", n),
						(t) => parseBrief({ path: "g.md", text: t }),
						8000,
					);
					expect(g.ratio, JSON.stringify(unit.slice(0, 60))).toBeLessThanOrEqual(GROWTH_LIMIT);
				},
			),
			fuzzParams(14_002, 6),
		);
	});
});

describe("findDates and the date reader on adversarial text", () => {
	it("never throw; matches are ordered, disjoint, inside the text, with valid dates", () => {
		fc.assert(
			fc.property(
				body,
				fc.option(fc.integer({ min: -3000, max: 2100 }), { nil: undefined }),
				(text, anchorYear) => {
					let found: ReturnType<typeof findDates> = [];
					const ms = cpuMs(() => {
						found = findDates(text, anchorYear === undefined ? {} : { anchorYear });
					});
					record("find", text, ms, () => findDates(text, anchorYear === undefined ? {} : { anchorYear }));
					let last = 0;
					for (const m of found) {
						expect(m.index).toBeGreaterThanOrEqual(last);
						expect(m.end).toBeGreaterThan(m.index);
						expect(m.end).toBeLessThanOrEqual(text.length);
						validDate(m.date);
						last = m.end;
					}
					expect(found.length).toBeLessThanOrEqual(text.length);
					const reader = createDateReader({});
					for (const line of text.split("\n")) for (const m of reader.read(line)) validDate(m.date);
				},
			),
			fuzzParams(14_003, 200),
		);
	});

	it("work per kB is bounded: generated text repeated to n and 2n costs at most ~2x", () => {
		fc.assert(
			fc.property(
				fc.oneof(soup, run).filter((s) => s.length > 0),
				(unit) => {
					const g = textGrowth(
						(n) => repeatTo(unit + " ", n),
						(t) => findDates(t, { anchorYear: 1917 }),
						4000,
						2,
					);
					expect(g.ratio, JSON.stringify(unit.slice(0, 60))).toBeLessThanOrEqual(GROWTH_LIMIT);
				},
			),
			fuzzParams(14_004, 6),
		);
	});
});
