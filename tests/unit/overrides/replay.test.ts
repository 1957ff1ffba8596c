import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { applyOverrides, replayOverrides, targetOfItem } from "../../../src/core/overrides";
import type { OverrideBody } from "../../../src/core/overrides";
import { fuzzParams } from "../../support/fuzz";
import { brief, logText } from "./fixture";

const b0 = brief();
const T = 1_700_000_000_000;
const tgt = (i: number) => targetOfItem(b0, b0.events[i].id, "event");

describe("replayOverrides", () => {
	test("latest override on a slot wins; undo brings back the one before", () => {
		const log = logText("a", [
			{ k: "date", target: tgt(0), date: "1915", t: T, id: "a1" },
			{ k: "date", target: tgt(0), date: "1916", t: T + 1, id: "a2" },
			{ k: "hide", target: tgt(1), t: T + 2, id: "a3" },
		]);
		const r = replayOverrides([{ device: "a", text: log }]);
		expect(r.overrides.map((o) => o.id)).toEqual(["a2", "a3"]);
		const undone = replayOverrides([
			{
				device: "a",
				text:
					log +
					logText("a", [
						{ k: "undo", of: "a2", t: T + 3, id: "a4" },
						{ k: "undo", of: "a3", t: T + 4, id: "a5" },
					]),
			},
		]);
		expect(undone.overrides.map((o) => o.id)).toEqual(["a1"]);
		expect(undone.superseded.map((o) => o.id)).toEqual(["a2", "a3"]);
	});

	test("bad lines are reported, not thrown; copies of a log count once", () => {
		const log = logText("a", [{ k: "hide", target: tgt(0), t: T, id: "a1" }]);
		const r = replayOverrides([
			{
				device: "a",
				text: `${log}not json\n{"t":1,"k":"hide"}\n{"t":1,"k":"what","target":{}}\n`,
				path: "c/a.md",
			},
			{ device: "a", text: log, path: "c/a (conflicted copy).md" },
		]);
		expect(r.overrides).toHaveLength(1);
		expect(r.problems.map((p) => p.line)).toEqual([1, 2, 3]);
		expect(r.problems.every((p) => p.message.startsWith("curation log (a):"))).toBe(true);
	});

	test("two devices writing at once: no loss, the same result in any file order", () => {
		const params = fuzzParams(20261204, 60);
		const kinds = ["hide", "date", "not-date"] as const;
		const ev = fc.record({
			k: fc.constantFrom(...kinds),
			item: fc.integer({ min: 0, max: 2 }),
			dt: fc.integer({ min: 0, max: 5 }),
			year: fc.integer({ min: 1900, max: 1950 }),
		});
		fc.assert(
			fc.property(fc.array(ev, { maxLength: 8 }), fc.array(ev, { maxLength: 8 }), (xs, ys) => {
				const body =
					(d: string) =>
					(
						x: { k: (typeof kinds)[number]; item: number; dt: number; year: number },
						i: number,
					): OverrideBody =>
						x.k === "date"
							? { k: "date", target: tgt(x.item), date: String(x.year), t: T + x.dt, id: `${d}${i}` }
							: { k: x.k, target: tgt(x.item), t: T + x.dt, id: `${d}${i}` };
				const a = { device: "phone", text: logText("phone", xs.map(body("p"))) };
				const b = { device: "laptop", text: logText("laptop", ys.map(body("l"))) };
				const r1 = replayOverrides([a, b]);
				const r2 = replayOverrides([b, a]);
				expect(r1.overrides.map((o) => o.id)).toEqual(r2.overrides.map((o) => o.id));
				// Nothing is lost: every event is either in force or superseded by a later one on its slot.
				expect(r1.overrides.length + r1.superseded.length).toBe(xs.length + ys.length);
			}),
			params,
		);
	});

	test("hostile logs never throw: bad lines are problems, the rest applies", () => {
		const params = fuzzParams(20261205, 80);
		const line = fc.oneof(
			fc.string({ maxLength: 60 }),
			fc.json(),
			fc
				.record({
					v: fc.constantFrom(1, 2, undefined),
					t: fc.oneof(fc.integer(), fc.double(), fc.constant("x")),
					k: fc.constantFrom("hide", "date", "add", "undo", "move", "speaker", "nope"),
					of: fc.string(),
					target: fc.oneof(fc.constant(tgt(0)), fc.object()),
					date: fc.string({ maxLength: 20 }),
					brief: fc.string(),
					line: fc.integer(),
					text: fc.string(),
				})
				.map((o) => JSON.stringify(o)),
		);
		fc.assert(
			fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
				const r = replayOverrides([{ device: "x", text: lines.join("\n") }]);
				const applied = applyOverrides([b0], r.overrides);
				expect(applied.briefs).toHaveLength(1);
				expect(r.overrides.length + r.superseded.length).toBeLessThanOrEqual(lines.length);
				for (const p of r.problems)
					expect(p.line).toBeLessThan(Math.max(1, lines.join("\n").split("\n").length));
			}),
			params,
		);
	});
});
