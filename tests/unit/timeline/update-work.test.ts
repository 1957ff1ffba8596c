/**
 * The timeline view's update after an edit reads O(changed) events, not O(all): it measures the index's
 * block-shared snapshot block by block, and in a block the edit copied it reads only the new events. Counted work.
 */
import { describe, expect, it } from "vitest";
import { BriefIndex } from "../../../src/core/index/brief-index";
import { layout, splitLimit } from "../../../src/ui/timeline/data";
import { eraKey } from "../../../src/ui/timeline/eras";
import { breakLevel, measureWork, SeqMeasurer } from "../../../src/ui/timeline/measure";
import { histDate, makeBrief, syntheticBriefs } from "../../browser/helpers/events";

function indexOf(events: number): BriefIndex {
	const index = new BriefIndex();
	index.batch(() => {
		for (const b of syntheticBriefs(events, { seed: 3, perBrief: 4 })) index.upsert(b);
	});
	return index;
}

/** Events read by the view's measure after editing one brief (two of its events move to new years). */
function workOfOneEdit(events: number): { read: number; total: number } {
	const index = indexOf(events);
	const measurer = new SeqMeasurer();
	const courseOf = (p: string) => index.get(p)?.course ?? "";
	measurer.measure(index.timelineSnapshot(), courseOf);
	const path = index.allBriefs()[17].path;
	const old = index.get(path)!;
	const edited = makeBrief(path, old.title, [
		...old.events.slice(2).map((e) => ({ date: e.date, text: e.text })),
		// two events move: 1066 and 44 BC
		{ date: histDate({ year: 1066 }), text: "Hastings." },
		{ date: histDate({ year: -43 }), text: "A new event in 44 BC." },
	]);
	index.upsert(edited);
	const before = measureWork.events;
	const snap = index.timelineSnapshot();
	const m = measurer.measure(snap, courseOf);
	const read = measureWork.events - before;
	// The incremental answer equals a measure from scratch.
	const fresh = new SeqMeasurer().measure(snap, courseOf);
	expect(Array.from(m.starts)).toEqual(Array.from(fresh.starts));
	expect(Array.from(m.breaks)).toEqual(Array.from(fresh.breaks));
	expect(m.full).toEqual(fresh.full);
	expect([...m.counts].sort()).toEqual([...fresh.counts].sort());
	return { read, total: snap.length };
}

describe("timeline update work", () => {
	it("an edit of one brief reads its new events only, at 40,000 and at 80,000 events", () => {
		const small = workOfOneEdit(40_000);
		const big = workOfOneEdit(80_000);
		expect(small.total).toBe(40_000);
		expect(big.total).toBe(80_000);
		// The upsert replaced the brief's 4 events (new objects): those are read, and nothing else, even
		// though the index copied the ~1,000-event blocks they sit in (the rest is matched by pointer).
		expect(small.read).toBe(4);
		expect(big.read).toBe(4);
	});

	it("newest first reads the same blocks backwards and caches them the same way", () => {
		const index = indexOf(5_000);
		const courseOf = (p: string) => index.get(p)?.course ?? "";
		const measurer = new SeqMeasurer();
		const asc = measurer.measure(index.timelineSnapshot(), courseOf);
		const ascStarts = Array.from(asc.starts);
		const before = measureWork.events;
		const desc = measurer.measure(index.timelineSnapshot().reversed(), courseOf);
		expect(measureWork.events).toBe(before);
		expect(Array.from(desc.starts)).toEqual(ascStarts.reverse());
		// each break is the era level between the two neighbours, whichever way they are read
		for (let i = 1; i < desc.starts.length; i++)
			expect(desc.breaks[i]).toBe(breakLevel(desc.starts[i - 1], desc.starts[i]));
		expect(index.timelineSnapshot().reversed().at(0)).toBe(index.timelineSnapshot().at(-1));
	});

	it("layout reuses its buffers and keeps every event in order under its era header", () => {
		const index = indexOf(3_000);
		const m = new SeqMeasurer().measure(index.timelineSnapshot(), (p) => index.get(p)?.course ?? "");
		const lay = layout(m, 0);
		let expected = 0;
		for (let i = 0; i < lay.items.length; i++) {
			const pos = lay.items[i];
			if (pos < 0) continue;
			expect(pos).toBe(expected++);
			expect(lay.itemOf[pos]).toBe(i);
			expect(lay.items[lay.eraOf[i]]).toBeLessThan(0);
		}
		expect(expected).toBe(3_000);
		// every header holds events of its own era only, and a header is split when it is crowded
		for (let i = 0; i < lay.items.length; i++) {
			const pos = lay.items[i];
			if (pos < 0) continue;
			const era = lay.eras[-1 - lay.items[lay.eraOf[i]]];
			expect(eraKey(m.starts[pos], era.granularity)).toBe(era.key);
		}
		const sizes = new Map<number, number>();
		for (let i = 0; i < lay.items.length; i++)
			if (lay.items[i] >= 0) sizes.set(lay.eraOf[i], (sizes.get(lay.eraOf[i]) ?? 0) + 1);
		for (const [head, size] of sizes) {
			const era = lay.eras[-1 - lay.items[head]];
			if (era.granularity !== "year") expect(size).toBeLessThanOrEqual(splitLimit(era.granularity, 0));
		}
		// zooming in splits further
		expect(layout(m, 3).eras.length).toBeGreaterThan(lay.eras.length);
	});
});
