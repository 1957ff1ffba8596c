/**
 * Scale (issue 14): an edit of one brief costs the same in a vault twice as large. Counted, not timed:
 * pointers the index's event lists copy or move (`listWork`: copy-on-write blocks, splices, the snapshot's
 * block table), numbers the timeline view allocates in new arrays (`measureWork.allocated`,
 * `layoutWork.allocated`: per-block measures, era header slots, buffers) and events it reads again. The
 * view's per-event buffers are reused from edit to edit and are not counted.
 */
import { describe, expect, it } from "vitest";
import { BriefIndex } from "../../../src/core/index/brief-index";
import { listWork } from "../../../src/core/index/event-list";
import type { Brief } from "../../../src/core/model";
import { mulberry32 } from "../../../src/core/quiz/rng";
import { layout, LayoutBuffers, layoutWork } from "../../../src/ui/timeline/data";
import { measureWork, SeqMeasurer } from "../../../src/ui/timeline/measure";
import { histDate, makeBrief, syntheticBriefs } from "../../browser/helpers/events";

const PER_BRIEF = 8;
const EDITS = 40;
/** The event list's largest block (twice its target size, src/core/index/event-list.ts). */
const MAX_BLOCK = 256;

interface Cost {
	events: number;
	copied: number;
	allocated: number;
	read: number;
}

/** One brief rewritten: two of its events move to other years, one is added or dropped. */
function edited(old: Brief, k: number, r: () => number): Brief {
	const kept = old.events.slice(2, k % 2 ? undefined : -1).map((e) => ({ date: e.date, text: e.text }));
	const year = () => Math.floor(-3000 + r() * 5020);
	const moved = [0, 1, 2].slice(0, k % 2 ? 3 : 2).map((i) => ({
		date: histDate({ year: year() }),
		text: `Edit ${k}, event ${i}.`,
	}));
	return makeBrief(old.path, old.title, [...kept, ...moved], { publish: old.publish });
}

/** Average cost of one edit (parse excluded) in an index of `briefs` briefs: upsert, snapshot, measure, layout. */
function editCost(briefs: number): Cost {
	const index = new BriefIndex();
	index.batch(() => {
		syntheticBriefs(briefs * PER_BRIEF, { seed: 5, perBrief: PER_BRIEF }).forEach((b, i) =>
			index.upsert({ ...b, publish: i % 10 !== 0 }),
		);
	});
	const measurer = new SeqMeasurer();
	const buffers = new LayoutBuffers();
	const courseOf = (p: string) => index.get(p)?.course ?? "";
	layout(measurer.measure(index.timelineSnapshot(), courseOf), 0, buffers);
	const paths = index.allBriefs().map((b) => b.path);
	const prng = mulberry32(77);
	const r = () => prng.next();
	const copied = listWork.copied;
	const allocated = measureWork.allocated + layoutWork.allocated;
	const read = measureWork.events;
	for (let k = 0; k < EDITS; k++) {
		const old = index.get(paths[Math.floor(r() * paths.length)])!;
		index.upsert(edited(old, k, r));
		layout(measurer.measure(index.timelineSnapshot(), courseOf), 0, buffers);
	}
	return {
		events: index.timelineSnapshot().length,
		copied: (listWork.copied - copied) / EDITS,
		allocated: (measureWork.allocated + layoutWork.allocated - allocated) / EDITS,
		read: (measureWork.events - read) / EDITS,
	};
}

describe("one edit's cost does not grow with the vault", () => {
	it("copies, allocates and reads as much at 4,000 briefs as at 2,000 (ratio <= 1.3)", () => {
		const small = editCost(2_000);
		const big = editCost(4_000);
		expect(big.events).toBeGreaterThan(1.9 * small.events);
		for (const k of ["copied", "allocated", "read"] as const) {
			expect(small[k], k).toBeGreaterThan(0);
			expect(big[k] / small[k], `${k}: ${small[k]} -> ${big[k]}`).toBeLessThanOrEqual(1.3);
		}
		// And small in itself: per changed event at most a block copied and shifted, in each of the two lists
		// (all, published); the view measures at most a block of numbers per changed event.
		const changed = 2 * (PER_BRIEF + 1);
		expect(big.copied).toBeLessThan(2 * changed * MAX_BLOCK);
		expect(big.allocated).toBeLessThan(changed * 4 * MAX_BLOCK);
		// The view reads the published events the upsert made (about PER_BRIEF), nothing else.
		expect(big.read).toBeLessThanOrEqual(PER_BRIEF + 1);
	});
});
