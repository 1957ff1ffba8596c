/** Property tests (fast-check): labels round-trip, sorting is a total order, any text is safe and fast. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compareHistDates, findDates, parseDateLabel } from "../../../src/core/dates";
import type { HistDate } from "../../../src/core/model";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ORD = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

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
	fc.tuple(qual, fc.integer({ min: 1, max: 21 }), fc.constantFrom("", " BC")).map(([q, c, e]) => `In the ${q}${ORD(c)} century${e} it grew.`),
	fc.tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom("", " BCE")).map(([n, e]) => `The ${ORD(n)} millennium${e}.`),
	fc.tuple(fc.constantFrom("spring", "summer", "autumn", "winter"), year).map(([s, y]) => `In the ${s} of ${y}.`),
	fc.tuple(year, fc.integer({ min: 1, max: 60 })).map(([y, n]) => `It lasted ${y}–${Math.min(y + n, 2100)}.`),
	fc.tuple(fc.integer({ min: 2, max: 3000 }), fc.integer({ min: 1, max: 500 })).map(([a, n]) => `Ruled ${a}–${Math.max(1, a - n)} BC.`),
	fc.tuple(month, year, month, fc.integer({ min: 1, max: 5 })).map(([m, y, m2, n]) => `From ${m} ${y} to ${m2} ${y + n}.`),
	fc.tuple(fc.constantFrom("c.", "circa", "around"), small, era).map(([c, y, e]) => `Made ${c} ${y} ${e}.`),
	fc.tuple(fc.constantFrom("early", "late", "mid-"), year).map(([q, y]) => `Strikes spread in ${q === "mid-" ? "mid-" : `${q} `}${y}.`),
	fc.tuple(day, month, year).map(([d, m, y]) => `Stormed on ${d} ${m} ${y} (Old Style).`),
);

function key(d: HistDate): string {
	return JSON.stringify([d.start, d.end, d.precision, d.approximate]);
}

const parsedDate: fc.Arbitrary<HistDate> = dateText
	.map((t) => findDates(t)[0]?.date)
	.filter((d): d is HistDate => d !== undefined);

describe("properties", () => {
	test("every generated date form is found", () => {
		fc.assert(fc.property(dateText, (t) => findDates(t).length === 1), { numRuns: 500 });
	});

	test("the label of any parsed date re-parses to the same date", () => {
		fc.assert(
			fc.property(parsedDate, (d) => {
				const back = parseDateLabel(d.label);
				expect(back, d.label).not.toBeNull();
				expect(key(back as HistDate), `${d.text} -> ${d.label}`).toBe(key(d));
			}),
			{ numRuns: 1000 },
		);
	});

	test("labels round-trip for whatever is found in token soup", () => {
		const soup = ["1933", "44", "476", "1917", "12", "3", "BC", "BCE", "AD", "CE", "c.", "circa", "early", "mid-", "late",
			"the", "of", "in", "from", "to", "until", "between", "and", "–", "-", "March", "Sept.", "November", "(", ")", ",",
			"s", "'s", "century", "centuries", "millennium", "fifth", "19th", "spring", "winter", "O.S.", "(Old Style)",
			"1,000", "50,000", "'30s", "1930s", "/", "7"];
		const text = fc.array(fc.tuple(fc.constantFrom(...soup), fc.constantFrom(" ", "")), { minLength: 1, maxLength: 12 })
			.map((parts) => parts.map(([t, sep]) => t + sep).join(""));
		fc.assert(
			fc.property(text, fc.option(fc.integer({ min: -500, max: 2000 }), { nil: undefined }), (t, anchorYear) => {
				for (const m of findDates(t, { anchorYear })) {
					const back = parseDateLabel(m.date.label);
					expect(back && key(back), `${JSON.stringify(t)} -> ${m.date.label}`).toBe(key(m.date));
					expect(compareHistDates(m.date, m.date)).toBe(0);
				}
			}),
			{ numRuns: 3000 },
		);
	});

	test("compareHistDates is a total order", () => {
		const sign = (n: number) => Math.sign(n);
		fc.assert(
			fc.property(parsedDate, parsedDate, parsedDate, (a, b, c) => {
				expect(compareHistDates(a, a)).toBe(0);
				expect(sign(compareHistDates(a, b)) + sign(compareHistDates(b, a))).toBe(0);
				if (compareHistDates(a, b) <= 0 && compareHistDates(b, c) <= 0) expect(compareHistDates(a, c)).toBeLessThanOrEqual(0);
				if (compareHistDates(a, b) === 0) expect(sign(compareHistDates(a, c))).toBe(sign(compareHistDates(b, c)));
			}),
			{ numRuns: 1000 },
		);
	});

	test("random text never throws and matches never overlap", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (t) => {
				const found = findDates(t);
				for (let i = 1; i < found.length; i++) expect(found[i].index).toBeGreaterThanOrEqual(found[i - 1].end);
			}),
			{ numRuns: 1000 },
		);
	});
});

const TOKENS = [
	"1", "19", "1933", "12345678901234567890", "-", "–", "—", " ", "  ", "'", "’", "\"", "“", ",", ".", "(", ")",
	"BC", "AD", "c.", "ca.", "March", "Sept.", "the", "century", "of", "in", "to", "and", "s", "'s", "O.S.", "/", ":", "0",
];

/** A ~10 kB paragraph: random tokens, or one hostile pattern repeated. */
const paragraph10k: fc.Arbitrary<string> = fc.oneof(
	fc.array(fc.constantFrom(...TOKENS), { minLength: 4000, maxLength: 4000 }).map((a) => a.join("").slice(0, 10240)),
	fc.constantFrom(
		"1".repeat(10240),
		"1-".repeat(5120),
		"1933–".repeat(2048),
		" ".repeat(10240),
		"'".repeat(10240),
		"1,".repeat(5120),
		"March 1 ".repeat(1280),
		"in 1917 ".repeat(1280),
		"the early ".repeat(1024),
		"12 ".repeat(3413),
		"c. ".repeat(3413),
		"(".repeat(10240),
		`1${",000".repeat(2560)}`,
		"1,000 BC ".repeat(1100),
		"March 1, ".repeat(1100),
		"7 November (25 October O.S. ".repeat(360),
		"19th 19th century ".repeat(550),
		"from 1917 to ".repeat(780),
		"the 1930s and ".repeat(730),
		"Sept. Sept. 1–".repeat(730),
		"1933 – 1933 – ".repeat(730),
	),
	fc.string({ minLength: 10240, maxLength: 10240 }),
);

describe("performance", () => {
	test("a 10 kB paragraph takes < 50 ms (random and adversarial)", () => {
		findDates("warm up: March 5, 1917 and 1/9/1939");
		fc.assert(
			fc.property(paragraph10k, fc.boolean(), (p, anchored) => {
				const opts = anchored ? { anchorYear: 1917 } : {};
				// Best of 3: the machine is shared, so a single run measures the scheduler as much as the code.
				let ms = Infinity;
				for (let i = 0; i < 3; i++) {
					const t0 = performance.now();
					findDates(p, opts);
					ms = Math.min(ms, performance.now() - t0);
				}
				expect(ms, `${ms.toFixed(1)} ms for ${JSON.stringify(p.slice(0, 40))} (anchored: ${anchored})`).toBeLessThan(50);
			}),
			{ numRuns: 80 },
		);
	});
});
