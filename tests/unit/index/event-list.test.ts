import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareEvents } from "../../../src/core/index";
import { EventList } from "../../../src/core/index/event-list";
import type { HistEvent } from "../../../src/core/model";
import { ev } from "./make-brief";
import { fuzzParams } from "../../support/fuzz";

describe("EventList (blocked sorted list)", () => {
	it("matches a plainly sorted array under any removes and inserts, across block splits and empties", () => {
		const spec = fc.record({
			year: fc.integer({ min: -50, max: 50 }),
			line: fc.integer({ min: 0, max: 5 }),
			path: fc.constantFrom("a.md", "b.md"),
		});
		fc.assert(
			fc.property(
				fc.array(spec, { maxLength: 60 }),
				fc.array(
					fc.record({ remove: fc.array(fc.nat(), { maxLength: 4 }), add: fc.array(spec, { maxLength: 4 }) }),
					{ maxLength: 30 },
				),
				fc.integer({ min: 1, max: 5 }),
				(initial, steps, block) => {
					let serial = 0;
					const mk = (s: { year: number; line: number; path: string }) =>
						ev(s.path, { ...s, text: `e${serial++}` });
					let ref: HistEvent[] = initial.map(mk).sort(compareEvents);
					const list = EventList.from(ref.slice(), block);
					for (const step of steps) {
						const removed = [
							...new Set(step.remove.filter(() => ref.length).map((i) => ref[i % ref.length])),
						];
						const adds = step.add.map(mk).sort(compareEvents);
						list.apply([removed], adds);
						ref = ref
							.filter((e) => !removed.includes(e))
							.concat(adds)
							.sort(compareEvents);
						expect(list.toArray()).toEqual(ref);
						expect(list.length).toBe(ref.length);
					}
					const seen: HistEvent[] = [];
					list.forEach((e) => seen.push(e));
					expect(seen).toEqual(ref);
				},
			),
			fuzzParams(0xcca520, 300),
		);
	});
});
