/**
 * The index's sorted brief list (allBriefs(), and through it briefs() and quotes()) follows every change, and
 * an edit of a brief already indexed swaps its entry instead of sorting every brief again.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BriefIndex } from "../../../src/core/index/brief-index";
import type { Brief } from "../../../src/core/model";
import { fuzzParams } from "../../support/fuzz";
import { mkBrief } from "./make-brief";

const PATHS = ["a.md", "b/c.md", "b/a.md", "z.md", "m/n/o.md", "A.md", "é.md"];

describe("allBriefs", () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it("equals the briefs sorted by path after any upserts, removals and renames", () => {
		const step = fc.record({
			kind: fc.constantFrom("upsert", "remove", "rename", "read"),
			a: fc.nat(),
			b: fc.nat(),
			year: fc.integer({ min: -500, max: 2000 }),
		});
		fc.assert(
			fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
				const index = new BriefIndex();
				const ref = new Map<string, Brief>();
				for (const s of steps) {
					const a = PATHS[s.a % PATHS.length];
					const b = PATHS[s.b % PATHS.length];
					if (s.kind === "upsert") {
						const brief = mkBrief(a, { ev: [{ year: s.year, line: 1 }] });
						index.upsert(brief);
						ref.set(a, brief);
					} else if (s.kind === "remove") {
						index.remove(a);
						ref.delete(a);
					} else if (s.kind === "rename") {
						index.rename(a, b);
						const moved = ref.get(a);
						if (moved && a !== b) {
							ref.delete(a);
							ref.set(b, index.get(b)!);
						}
					}
					const expected = [...ref.values()].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
					expect(index.allBriefs()).toEqual(expected);
					for (const [i, brief] of index.allBriefs().entries())
						expect(brief).toBe(index.get(expected[i].path));
				}
			}),
			fuzzParams(14_303, 150),
		);
	});

	it("an edit of an indexed brief does not sort the brief list again", () => {
		const index = new BriefIndex();
		for (let i = 0; i < 200; i++) index.upsert(mkBrief(`c/b${i}.md`, { ev: [{ year: 1800 + i, line: 1 }] }));
		expect(index.allBriefs()).toHaveLength(200);
		const sort = vi.spyOn(Array.prototype, "sort");
		const edited = mkBrief("c/b42.md", { ev: [{ year: 1066, line: 2 }] });
		index.upsert(edited);
		const list = index.allBriefs();
		const briefSorts = sort.mock.contexts.filter(
			(arr) =>
				Array.isArray(arr) && arr.length > 0 && typeof arr[0] === "object" && "events" in (arr[0] as object),
		);
		expect(briefSorts).toHaveLength(0);
		expect(list).toHaveLength(200);
		expect(list.find((b) => b.path === "c/b42.md")).toBe(edited);
	});
});
