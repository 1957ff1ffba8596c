import { describe, expect, it } from "vitest";
import { benchIndex, formatIndexBench } from "../../../bench/index-bench";
import { generateNote } from "../../../bench/vault-gen";

describe("vault index benchmark (n=300)", () => {
	it("generates the same vault for the same seed, with every date form", () => {
		expect(generateNote(7)).toEqual(generateNote(7));
		expect(generateNote(7).text).not.toBe(generateNote(8).text);
		const kinds = new Set(Array.from({ length: 200 }, (_, i) => generateNote(i).planted.map((p) => p.kind)).flat());
		expect([...kinds].sort()).toEqual([
			"bce",
			"bce-circa",
			"century",
			"century-bce",
			"decade",
			"full-date",
			"full-date-us",
			"month-year",
			"range",
			"range-words",
			"year",
		]);
	});

	it("measures floor, peer and ours side by side; incremental updates show; warm start re-parses nothing", async () => {
		const r = await benchIndex({ n: 300, samples: 50 });
		expect(r.stats.briefs).toBe(300);
		for (const p of [r.floor, r.peer, r.ours]) expect(p.ms).toBeGreaterThan(0);
		// The ratio is computed from unrounded times, the passes' ms are rounded to 0.01: compare relatively.
		expect(Math.abs(r.oursOverFloor / (r.ours.ms / r.floor.ms) - 1)).toBeLessThan(0.01);
		// Every incremental update was reflected in timeline() (benchIndex throws otherwise).
		expect(r.incremental.samples).toBe(50);
		expect(r.incremental.p99).toBeGreaterThanOrEqual(r.incremental.p50);
		// Bytes per edit by phase (heap profiler) and counted copies: the parse allocates, the event lists copy.
		expect(r.incremental.alloc.edits).toBe(100);
		expect(r.incremental.alloc.parseKB).toBeGreaterThan(0);
		expect(r.incremental.alloc.copiedPerEdit).toBeGreaterThan(0);
		// Warm start beats cold by doing less, counted: no brief is parsed again (the times are bench figures).
		expect(r.warm.reparsed).toBe(0);
		// Ours reads the planted history dates far better than plain chrono (BCE, decades, centuries).
		expect(r.oursDates.recall).toBeGreaterThan(r.peerDates.recall);
		expect(r.oursDates.correctYear / r.planted).toBeGreaterThan(0.8);
		expect(r.heapMB).toBeGreaterThan(0);
		const table = formatIndexBench(r);
		expect(table).toContain("| ours / floor |");
		expect(table).toContain("| allocated per edit (JS heap) |");
		expect(table.split("\n").length).toBe(4 + 10);
	});
});
