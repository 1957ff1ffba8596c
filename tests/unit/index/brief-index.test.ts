import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BriefIndex, compareEvents } from "../../../src/core/index";
import { sortEvents, sortGrouped } from "../../../src/core/index/order";
import type { HistEvent, Precision } from "../../../src/core/model";
import { ev, mkBrief, quote } from "./make-brief";
import { fuzzParams } from "../../support/fuzz";

const years = (list: HistEvent[]) => list.map((e) => e.date.start.year);

describe("BriefIndex timeline order", () => {
	it("sorts BCE first, then by start, coarse precision first, then path and line", () => {
		const idx = new BriefIndex();
		idx.upsert(
			mkBrief("b.md", {
				ev: [
					{ year: 1933, month: 11, line: 5 },
					{ year: -43, line: 2 },
				],
			}),
		);
		idx.upsert(
			mkBrief("a.md", {
				ev: [
					{ year: 1933, line: 9 },
					{ year: 0, line: 1 },
					{ year: 1933, month: 11, line: 3 },
				],
			}),
		);
		idx.upsert(
			mkBrief("c.md", {
				ev: [
					{ year: 1930, precision: "decade", line: 4 },
					{ year: 1900, precision: "century", line: 7 },
				],
			}),
		);
		const t = idx.timeline();
		expect(years(t)).toEqual([-43, 0, 1900, 1930, 1933, 1933, 1933]);
		expect(t.slice(4).map((e) => [e.date.precision, e.briefPath, e.source.line])).toEqual([
			["year", "a.md", 9],
			["month", "a.md", 3],
			["month", "b.md", 5],
		]);
	});

	it("is stable: equal dates keep path then line order whatever the insertion order", () => {
		const a = new BriefIndex();
		const b = new BriefIndex();
		const briefs = ["z.md", "m.md", "a.md"].map((p) =>
			mkBrief(p, {
				ev: [
					{ year: 1917, line: 3 },
					{ year: 1917, line: 1 },
				],
			}),
		);
		for (const x of briefs) a.upsert(x);
		for (const x of [...briefs].reverse()) b.upsert(x);
		const key = (e: HistEvent) => `${e.briefPath}:${e.source.line}`;
		expect(a.timeline().map(key)).toEqual(["a.md:1", "a.md:3", "m.md:1", "m.md:3", "z.md:1", "z.md:3"]);
		expect(b.timeline().map(key)).toEqual(a.timeline().map(key));
	});

	it("replaces a brief's events on upsert and bumps the revision", () => {
		const idx = new BriefIndex();
		idx.upsert(mkBrief("a.md", { ev: [{ year: 1917, line: 1 }] }));
		idx.upsert(mkBrief("b.md", { ev: [{ year: 1920, line: 1 }] }));
		const r = idx.revision;
		idx.upsert(
			mkBrief("a.md", {
				ev: [
					{ year: 1950, line: 1 },
					{ year: 1800, line: 2 },
				],
			}),
		);
		expect(idx.revision).toBeGreaterThan(r);
		expect(years(idx.timeline())).toEqual([1800, 1920, 1950]);
	});
});

describe("BriefIndex incremental upserts equal a full sort (property)", () => {
	const precisions: Precision[] = ["millennium", "century", "decade", "year", "season", "month", "day"];
	const spec = fc.record({
		year: fc.integer({ min: -3000, max: 2100 }),
		month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
		precision: fc.constantFrom(...precisions),
		line: fc.integer({ min: 0, max: 40 }),
	});
	const op = fc.oneof(
		fc.record({
			kind: fc.constant("upsert" as const),
			brief: fc.integer({ min: 0, max: 7 }),
			events: fc.array(spec, { maxLength: 6 }),
			publish: fc.boolean(),
		}),
		fc.record({ kind: fc.constant("remove" as const), brief: fc.integer({ min: 0, max: 7 }) }),
		fc.record({
			kind: fc.constant("rename" as const),
			brief: fc.integer({ min: 0, max: 7 }),
			to: fc.integer({ min: 0, max: 7 }),
		}),
		fc.record({ kind: fc.constant("query" as const) }),
	);

	it("after any sequence of upsert/remove/rename/query the timeline equals sorting every event", () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 40 }), fc.boolean(), (ops, bulk) => {
				const idx = new BriefIndex();
				if (bulk)
					for (let i = 0; i < 60; i++)
						idx.upsert(mkBrief(`bulk/${i}.md`, { ev: [{ year: i * 37 - 900, line: i }] }));
				for (const o of ops) {
					if (o.kind === "upsert") {
						const path = `f/${o.brief}.md`;
						idx.upsert(
							mkBrief(path, {
								publish: o.publish,
								ev: o.events.map((e, i) => ({ ...e, text: `t${i}-${e.year}` })),
							}),
						);
					} else if (o.kind === "remove") idx.remove(`f/${o.brief}.md`);
					else if (o.kind === "rename") idx.rename(`f/${o.brief}.md`, `f/${o.to}.md`);
					else idx.timeline();
				}
				const all = idx
					.allBriefs()
					.flatMap((b) => b.events)
					.sort(compareEvents);
				expect(idx.timeline({ includeUnpublished: true })).toEqual(all);
				expect(idx.timeline()).toEqual(all.filter((e) => idx.get(e.briefPath)!.publish));
				expect(idx.timeline({ folder: "f" })).toEqual(
					idx.timeline().filter((e) => e.briefPath.startsWith("f/")),
				);
			}),
			fuzzParams(0x67db32, 200),
		);
	});
});

describe("sortEvents (numeric date keys first)", () => {
	it("orders exactly like sort(compareEvents), for any dates and sizes", () => {
		const precisions: Precision[] = ["millennium", "century", "decade", "year", "season", "month", "day"];
		const one = fc.record({
			path: fc.constantFrom("a.md", "b.md", "c/d.md"),
			year: fc.oneof(fc.integer({ min: -5000, max: 2100 }), fc.constantFrom(1933, -43, 0, 2_000_000)),
			month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
			day: fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
			precision: fc.constantFrom(...precisions),
			line: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constant(3_000_000)),
		});
		fc.assert(
			fc.property(fc.array(one, { minLength: 0, maxLength: 300 }), (specs) => {
				const events = specs.map((s, i) => ev(s.path, { ...s, text: `e${i}` }));
				const expected = events.slice().sort(compareEvents);
				expect(sortEvents(events.slice())).toEqual(expected);
				// sortGrouped: the same order from per-brief sorted groups concatenated in path order.
				const grouped = ["a.md", "b.md", "c/d.md"].flatMap((p) =>
					events.filter((e) => e.briefPath === p).sort(compareEvents),
				);
				expect(sortGrouped(grouped)).toEqual(expected);
			}),
			fuzzParams(0x60eba4, 150),
		);
	});
});

describe("BriefIndex filters", () => {
	const idx = new BriefIndex();
	idx.upsert(
		mkBrief("History/Russia/Recognition.md", {
			tags: ["History/Soviet", "Diplomacy"],
			ev: [{ year: 1933, month: 11, line: 3, text: "The Roosevelt–Litvinov talks in November 1933." }],
			quotes: [
				quote(
					"History/Russia/Recognition.md",
					20,
					"Recognition would serve U.S. strategic interests",
					"Roosevelt",
				),
			],
		}),
	);
	idx.upsert(
		mkBrief("History/Rome/Caesar.md", {
			tags: ["history"],
			ev: [{ year: -43, line: 2, text: "Caesar was killed in 44 BC at the Théâtre de Pompée." }],
			quotes: [quote("History/Rome/Caesar.md", 9, "Veni, vidi, vici", "Caesar")],
		}),
	);
	idx.upsert(
		mkBrief("Drafts/Unpublished.md", {
			publish: false,
			ev: [{ year: 1066, line: 1 }],
			quotes: [quote("Drafts/Unpublished.md", 4, "Draft quote")],
		}),
	);
	idx.upsert(mkBrief("Root.md", { ev: [{ year: 1500, line: 1 }] }));

	it("publishes only published briefs unless includeUnpublished", () => {
		expect(years(idx.timeline())).toEqual([-43, 1500, 1933]);
		expect(years(idx.timeline({ includeUnpublished: true }))).toEqual([-43, 1066, 1500, 1933]);
		expect(idx.briefs().map((b) => b.path)).not.toContain("Drafts/Unpublished.md");
		expect(idx.quotes({ includeUnpublished: true }).map((q) => q.text)).toContain("Draft quote");
		expect(idx.quotes().map((q) => q.text)).not.toContain("Draft quote");
	});

	it("filters by brief, folder prefix and root", () => {
		expect(years(idx.timeline({ brief: "History/Rome/Caesar.md" }))).toEqual([-43]);
		expect(years(idx.timeline({ folder: "History" }))).toEqual([-43, 1933]);
		expect(years(idx.timeline({ folder: "History/Rome" }))).toEqual([-43]);
		expect(years(idx.timeline({ folder: "Hist" }))).toEqual([]);
		expect(years(idx.timeline({ folder: "" }))).toEqual([-43, 1500, 1933]);
		expect(idx.quotes({ brief: "History/Rome/Caesar.md" }).map((q) => q.speaker)).toEqual(["Caesar"]);
	});

	it("filters by tag case-insensitively; a nested tag matches its parent", () => {
		expect(idx.briefs({ tag: "history" }).map((b) => b.path)).toEqual([
			"History/Rome/Caesar.md",
			"History/Russia/Recognition.md",
		]);
		expect(idx.briefs({ tag: "#HISTORY/soviet" }).map((b) => b.path)).toEqual(["History/Russia/Recognition.md"]);
		expect(idx.briefs({ tag: "hist" })).toEqual([]);
		expect(years(idx.timeline({ tag: "diplomacy" }))).toEqual([1933]);
	});

	it("text search ignores case, accents and punctuation", () => {
		expect(years(idx.timeline({ text: "theatre pompee" }))).toEqual([-43]);
		expect(years(idx.timeline({ text: "ROOSEVELT litvinov" }))).toEqual([1933]);
		expect(idx.quotes({ text: "veni vidi" }).map((q) => q.text)).toEqual(["Veni, vidi, vici"]);
		expect(idx.quotes({ text: "u s strategic" })).toHaveLength(1);
		expect(idx.briefs({ text: "caesar" }).map((b) => b.path)).toEqual(["History/Rome/Caesar.md"]);
		expect(idx.timeline({ text: "nothing like this" })).toEqual([]);
	});

	it("returns copies: mutating a result does not change the index", () => {
		const t = idx.timeline();
		t.length = 0;
		expect(idx.timeline()).toHaveLength(3);
	});
});

describe("BriefIndex rename, remove, problems, change events", () => {
	it("rename re-paths the brief and its items, keeping ids", () => {
		const idx = new BriefIndex();
		const b = mkBrief("old/A.md", { ev: [{ year: 1917, line: 3 }], quotes: [quote("old/A.md", 7, "Q")] });
		idx.upsert(b);
		const ids = [b.events[0].id, b.quotes[0].id];
		idx.rename("old/A.md", "new/B.md");
		expect(idx.get("old/A.md")).toBeUndefined();
		const moved = idx.get("new/B.md")!;
		expect(moved.id).toBe("new/B.md");
		expect(moved.course).toBe("new");
		const [e] = idx.timeline();
		expect([e.briefPath, e.source.path, e.source.line, e.id]).toEqual(["new/B.md", "new/B.md", 3, ids[0]]);
		const [q] = idx.quotes();
		expect([q.briefPath, q.source.path, q.id]).toEqual(["new/B.md", "new/B.md", ids[1]]);
	});

	it("rename keeps a permalink id", () => {
		const idx = new BriefIndex();
		idx.upsert(mkBrief("a.md", { id: "/perma/", permalink: "/perma/" }));
		idx.rename("a.md", "b.md");
		expect(idx.get("b.md")!.id).toBe("/perma/");
	});

	it("remove drops events, quotes and index problems", () => {
		const idx = new BriefIndex();
		idx.upsert(mkBrief("a.md", { ev: [{ year: 1917, line: 3 }], quotes: [quote("a.md", 7, "Q")] }));
		idx.upsert(mkBrief("b.md", { ev: [{ year: 1918, line: 3 }] }));
		idx.timeline();
		idx.remove("a.md");
		expect(years(idx.timeline())).toEqual([1918]);
		expect(idx.quotes()).toEqual([]);
		expect(idx.stats()).toMatchObject({ briefs: 1, events: 1, quotes: 0 });
	});

	it("problems combine brief problems and index problems, sorted; rename moves them", () => {
		const idx = new BriefIndex();
		idx.upsert(
			mkBrief("b.md", { problems: [{ path: "b.md", line: 4, message: "bad date", severity: "warning" }] }),
		);
		idx.setProblem("a.md", { path: "a.md", line: 0, message: "could not read", severity: "error" });
		expect(idx.problems().map((p) => `${p.path}:${p.message}`)).toEqual(["a.md:could not read", "b.md:bad date"]);
		idx.rename("a.md", "c.md");
		expect(idx.problems().map((p) => p.path)).toEqual(["b.md", "c.md"]);
		idx.clearProblem("c.md");
		expect(idx.problems()).toHaveLength(1);
		expect(idx.stats().problems).toBe(1);
	});

	it("notifies listeners with the changed paths; batch notifies once; unsubscribe works; a throwing listener is contained", () => {
		const idx = new BriefIndex();
		const calls: [number, string[]][] = [];
		idx.onChange(() => {
			throw new Error("listener bug");
		});
		const off = idx.onChange((r, paths) => calls.push([r, paths]));
		idx.upsert(mkBrief("a.md"));
		idx.batch(() => {
			idx.upsert(mkBrief("b.md"));
			idx.upsert(mkBrief("c.md"));
		});
		expect(calls).toEqual([
			[1, ["a.md"]],
			[3, ["b.md", "c.md"]],
		]);
		off();
		idx.remove("a.md");
		expect(calls).toHaveLength(2);
		idx.remove("nothing.md");
		expect(idx.revision).toBe(4);
	});

	it("handles bulk loads by merging (thousands of events) and small updates by splicing", () => {
		const idx = new BriefIndex();
		for (let i = 0; i < 2000; i++)
			idx.upsert(
				mkBrief(`n/${i}.md`, {
					ev: [
						{ year: ((i * 7919) % 4000) - 2000, line: 1 },
						{ year: i, line: 2 },
					],
				}),
			);
		const t = idx.timeline();
		expect(t).toHaveLength(4000);
		for (let i = 1; i < t.length; i++) expect(compareEvents(t[i - 1], t[i])).toBeLessThan(0);
		idx.upsert(mkBrief("n/5.md", { ev: [{ year: -5000, line: 1 }] }));
		expect(idx.timeline()[0]).toEqual(ev("n/5.md", { year: -5000, line: 1 }));
		expect(idx.timeline()).toHaveLength(3999);
	});
});
