/**
 * Scale (issue 14): the timeline snapshot shares the index's blocks (copy on write) instead of copying every
 * event per query. A snapshot never changes after it is taken, whatever the index does next.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BriefIndex } from "../../../src/core/index";
import { EventList } from "../../../src/core/index/event-list";
import { compareEvents } from "../../../src/core/index/order";
import { TimelineSnapshot } from "../../../src/core/index/snapshot";
import type { HistEvent } from "../../../src/core/model";
import { fuzzParams } from "../../support/fuzz";
import { ev, mkBrief } from "../index/make-brief";

describe("EventList snapshots (copy on write)", () => {
	it("each snapshot keeps the list as it was, through later inserts, removals, splits and rebuilds", () => {
		const op = fc.record({
			remove: fc.integer({ min: 0, max: 6 }),
			add: fc.array(fc.integer({ min: 1000, max: 1040 }), { maxLength: 12 }),
			snap: fc.boolean(),
		});
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 5 }), fc.array(op, { minLength: 1, maxLength: 30 }), (block, ops) => {
				const list = new EventList(block);
				let live: HistEvent[] = [];
				const kept: { snap: TimelineSnapshot; events: HistEvent[] }[] = [];
				let line = 0;
				for (const o of ops) {
					const removed = live.slice(0, o.remove);
					const adds = o.add.map((year) => ev("a.md", { year, line: line++ })).sort(compareEvents);
					list.apply([removed], adds);
					live = [...live.slice(o.remove), ...adds].sort(compareEvents);
					if (o.snap) kept.push({ snap: list.snapshot(), events: list.toArray() });
					expect(list.toArray()).toEqual(live);
				}
				for (const k of kept) {
					expect(k.snap.toArray()).toEqual(k.events);
					expect(k.snap.length).toBe(k.events.length);
					expect([...k.snap]).toEqual(k.events);
					if (k.events.length) expect(k.snap.at(-1)).toBe(k.events[k.events.length - 1]);
				}
			}),
			fuzzParams(14_101, 200),
		);
	});

	it("slice and at read across block edges", () => {
		const events = Array.from({ length: 23 }, (_, i) => ev("b.md", { year: 1900 + i, line: i }));
		const snap = EventList.from(events, 4).snapshot();
		expect(snap.slice(3, 13)).toEqual(events.slice(3, 13));
		expect(snap.slice(-5)).toEqual(events.slice(-5));
		expect(snap.at(9)).toBe(events[9]);
		expect(snap.at(23)).toBeUndefined();
		expect(TimelineSnapshot.of([]).length).toBe(0);
	});
});

describe("BriefIndex.timelineSnapshot", () => {
	it("equals timeline(), is the same object until a change, and an old snapshot survives an upsert", () => {
		const index = new BriefIndex();
		for (let i = 0; i < 50; i++)
			index.upsert(
				mkBrief(`c/b${i}.md`, {
					ev: [
						{ year: 1800 + i, line: 1 },
						{ year: 1900 - i, line: 2 },
					],
				}),
			);
		const first = index.timelineSnapshot();
		expect(first.toArray()).toEqual(index.timeline());
		expect(index.timelineSnapshot()).toBe(first);
		const before = first.toArray();
		index.upsert(mkBrief("c/b7.md", { ev: [{ year: 1066, line: 3 }] }));
		const second = index.timelineSnapshot();
		expect(second).not.toBe(first);
		expect(first.toArray()).toEqual(before);
		expect(second.toArray()).toEqual(index.timeline());
		expect(second.at(0)?.date.start.year).toBe(1066);
		expect(index.timelineSnapshot({ brief: "c/b3.md" }).toArray()).toEqual(index.timeline({ brief: "c/b3.md" }));
	});
});
