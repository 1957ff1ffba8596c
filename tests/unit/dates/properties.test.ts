/**
 * Property tests (fast-check): labels round-trip, sorting is a total order, any text is safe (its growth with
 * size: growth.test.ts).
 * Seeds come from tests/support/fuzz.ts (fixed in npm test, random under npm run test:fuzz); every counterexample
 * a run ever found is a named case in "regressions" below.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compareHistDates, findDates, parseDateLabel } from "../../../src/core/dates";
import type { FindDatesOptions } from "../../../src/core/dates/types";
import type { HistDate } from "../../../src/core/model";
import { fuzzParams } from "../../support/fuzz";
import { HOSTILE, TOKENS, hostile } from "./hostile";

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
const ORD = (n: number) =>
	`${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

const year = fc.integer({ min: 1000, max: 2099 });
const small = fc.integer({ min: 1, max: 3000 });
const month = fc.integer({ min: 0, max: 11 }).map((i) => MONTHS[i]);
const day = fc.integer({ min: 1, max: 28 });
const era = fc.constantFrom("BC", "BCE", "AD", "CE", "B.C.");
const qual = fc.constantFrom("", "early ", "mid-", "late ");

/** A sentence holding one date in one of the forms history notes use. */
const dateText: fc.Arbitrary<string> = fc.oneof(
	year.map((y) => `It happened in ${y}.`),
	fc.tuple(small, era).map(([y, e]) => `It happened in ${y} ${e}.`),
	small.map((y) => `Founded in AD ${y}.`),
	fc.tuple(month, year).map(([m, y]) => `It was in ${m} ${y}.`),
	fc.tuple(month, day, year).map(([m, d, y]) => `Signed on ${m} ${d}, ${y}.`),
	fc.tuple(day, month, small, era).map(([d, m, y, e]) => `Signed on ${d} ${m} ${y} ${e}.`),
	fc.tuple(qual, fc.integer({ min: 10, max: 209 })).map(([q, d]) => `In the ${q}${d * 10}s it grew.`),
	fc
		.tuple(qual, fc.integer({ min: 1, max: 21 }), fc.constantFrom("", " BC"))
		.map(([q, c, e]) => `In the ${q}${ORD(c)} century${e} it grew.`),
	fc
		.tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom("", " BCE"))
		.map(([n, e]) => `The ${ORD(n)} millennium${e}.`),
	fc.tuple(fc.constantFrom("spring", "summer", "autumn", "winter"), year).map(([s, y]) => `In the ${s} of ${y}.`),
	fc.tuple(year, fc.integer({ min: 1, max: 60 })).map(([y, n]) => `It lasted ${y}–${Math.min(y + n, 2100)}.`),
	fc
		.tuple(fc.integer({ min: 2, max: 3000 }), fc.integer({ min: 1, max: 500 }))
		.map(([a, n]) => `Ruled ${a}–${Math.max(1, a - n)} BC.`),
	fc
		.tuple(month, year, month, fc.integer({ min: 1, max: 5 }))
		.map(([m, y, m2, n]) => `From ${m} ${y} to ${m2} ${y + n}.`),
	fc.tuple(fc.constantFrom("c.", "circa", "around"), small, era).map(([c, y, e]) => `Made ${c} ${y} ${e}.`),
	fc
		.tuple(fc.constantFrom("early", "late", "mid-"), year)
		.map(([q, y]) => `Strikes spread in ${q === "mid-" ? "mid-" : `${q} `}${y}.`),
	fc.tuple(day, month, year).map(([d, m, y]) => `Stormed on ${d} ${m} ${y} (Old Style).`),
);

function key(d: HistDate): string {
	return JSON.stringify([d.start, d.end, d.precision, d.approximate]);
}

const ymd = (p: HistDate["start"]): number => p.year * 10_000 + (p.month ?? 0) * 100 + (p.day ?? 0);

/** What every found date must satisfy: its label re-parses to it, it runs forwards, it does not end inside a number. */
function checkFound(t: string, opts: FindDatesOptions = {}): void {
	for (const m of findDates(t, opts)) {
		const where = `${JSON.stringify(t)} -> ${m.date.label}`;
		const back = parseDateLabel(m.date.label);
		expect(back && key(back), where).toBe(key(m.date));
		expect(compareHistDates(m.date, m.date)).toBe(0);
		expect(ymd(m.date.start), where).toBeLessThanOrEqual(ymd(m.date.end));
		if (/\d$/.test(t.slice(0, m.end))) expect(t.slice(m.end, m.end + 2), where).not.toMatch(/^[.,:/]?\d/);
	}
}

const parsedDate: fc.Arbitrary<HistDate> = dateText
	.map((t) => findDates(t)[0]?.date)
	.filter((d): d is HistDate => d !== undefined);

describe("properties", () => {
	test("every generated date form is found", () => {
		fc.assert(
			fc.property(dateText, (t) => findDates(t).length === 1),
			fuzzParams(0x5eed01, 500),
		);
	});

	test("the label of any parsed date re-parses to the same date", () => {
		fc.assert(
			fc.property(parsedDate, (d) => {
				const back = parseDateLabel(d.label);
				expect(back, d.label).not.toBeNull();
				expect(key(back as HistDate), `${d.text} -> ${d.label}`).toBe(key(d));
			}),
			fuzzParams(0x5eed02, 1000),
		);
	});

	test("labels round-trip for whatever is found in token soup", () => {
		const soup = [
			"1933",
			"44",
			"476",
			"1917",
			"12",
			"3",
			"BC",
			"BCE",
			"AD",
			"CE",
			"c.",
			"circa",
			"early",
			"mid-",
			"late",
			"the",
			"of",
			"in",
			"from",
			"to",
			"until",
			"between",
			"and",
			"–",
			"-",
			"March",
			"Sept.",
			"November",
			"(",
			")",
			",",
			"s",
			"'s",
			"century",
			"centuries",
			"millennium",
			"fifth",
			"19th",
			"spring",
			"winter",
			"O.S.",
			"(Old Style)",
			"1,000",
			"50,000",
			"'30s",
			"1930s",
			"/",
			"7",
		];
		const text = fc
			.array(fc.tuple(fc.constantFrom(...soup), fc.constantFrom(" ", "")), { minLength: 1, maxLength: 12 })
			.map((parts) => parts.map(([t, sep]) => t + sep).join(""));
		fc.assert(
			fc.property(text, fc.option(fc.integer({ min: -500, max: 2000 }), { nil: undefined }), (t, anchorYear) => {
				checkFound(t, { anchorYear });
			}),
			fuzzParams(0x5eed03, 3000),
		);
	});

	test("compareHistDates is a total order", () => {
		const sign = (n: number) => Math.sign(n);
		fc.assert(
			fc.property(parsedDate, parsedDate, parsedDate, (a, b, c) => {
				expect(compareHistDates(a, a)).toBe(0);
				expect(sign(compareHistDates(a, b)) + sign(compareHistDates(b, a))).toBe(0);
				if (compareHistDates(a, b) <= 0 && compareHistDates(b, c) <= 0)
					expect(compareHistDates(a, c)).toBeLessThanOrEqual(0);
				if (compareHistDates(a, b) === 0)
					expect(sign(compareHistDates(a, c))).toBe(sign(compareHistDates(b, c)));
			}),
			fuzzParams(0x5eed04, 1000),
		);
	});

	test("random text never throws and matches never overlap", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (t) => {
				const found = findDates(t);
				for (let i = 1; i < found.length; i++) expect(found[i].index).toBeGreaterThanOrEqual(found[i - 1].end);
			}),
			fuzzParams(0x5eed05, 1000),
		);
	});
});

/** Counterexamples found by random runs, each kept as a named case (text, anchor year, what went wrong). */
const REGRESSIONS: Array<{ name: string; text: string; anchorYear?: number }> = [
	// CI, token soup: chrono read "November 7 to 1" out of "1,000" as the reversed range "7–1 Nov 1 BC".
	{
		name: "a day range may not end inside 1,000 (was 7–1 Nov 1 BC)",
		text: "November 7 to 1,000 1933 ",
		anchorYear: 0,
	},
	{ name: "a day range may not run backwards (was 7–3 Nov)", text: "November 7 to 3", anchorYear: 1917 },
	// npm test, token soup with the stricter check: "AD 50" was read out of "AD 50,000".
	{ name: "an AD year may not end inside 50,000 (was 50)", text: "AD 50,000 1933 " },
	// test:fuzz, token soup: a leading year followed by a comma and digits ("1250,000" is a number).
	{ name: "a leading year may not end inside 1250,000 (was 1250)", text: "1250,000 1933 " },
	{ name: "a leading year may not end inside 1933,1933 (was 1933)", text: "1933,1933 " },
];

describe("regressions", () => {
	for (const r of REGRESSIONS) {
		test(r.name, () => {
			checkFound(r.text, { anchorYear: r.anchorYear });
			checkFound(r.text);
		});
	}

	test("a forward anchored day range still reads, and a full date before a number is kept", () => {
		expect(findDates("November 7 to 12", { anchorYear: 1917 }).map((m) => m.date.label)).toEqual(["7–12 Nov 1917"]);
		expect(findDates("On November 7, 1917 1,000 men marched.").map((m) => m.date.label)).toEqual(["7 Nov 1917"]);
		expect(findDates("It was founded in AD 1,000 or so.").map((m) => m.date.label)).toEqual(["1000"]);
	});
});

/** A ~10 kB paragraph: random tokens, or one hostile pattern repeated (their growth: growth.test.ts). */
const paragraph10k: fc.Arbitrary<string> = fc.oneof(
	fc.array(fc.constantFrom(...TOKENS), { minLength: 4000, maxLength: 4000 }).map((a) => a.join("").slice(0, 10240)),
	fc.constantFrom(...HOSTILE.map((h) => hostile(h, 10240))),
	fc.string({ minLength: 10240, maxLength: 10240 }),
);

describe("long paragraphs", () => {
	test("any 10 kB paragraph (random and adversarial) is read: matches in order, labels round-trip", () => {
		fc.assert(
			fc.property(paragraph10k, fc.boolean(), (p, anchored) => {
				const found = findDates(p, anchored ? { anchorYear: 1917 } : {});
				for (let i = 1; i < found.length; i++) expect(found[i].index).toBeGreaterThanOrEqual(found[i - 1].end);
				for (const m of found.slice(0, 50))
					expect(key(parseDateLabel(m.date.label) as HistDate)).toBe(key(m.date));
			}),
			fuzzParams(0x5eed06, 80),
		);
	});
});
