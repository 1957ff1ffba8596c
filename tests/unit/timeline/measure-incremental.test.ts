/**
 * The timeline view's data step reuses what it can from one update to the next (per-block measures, the
 * blocks already in place in its buffers, the era headers of the last layout): after any run of edits,
 * removals, direction changes and zooms its answer equals a measure and a layout from scratch.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BriefIndex } from "../../../src/core/index/brief-index";
import type { EventSeq } from "../../../src/core/index/snapshot";
import { layout, LayoutBuffers, type Layout } from "../../../src/ui/timeline/data";
import type { Measured } from "../../../src/ui/timeline/measure";
import { SeqMeasurer } from "../../../src/ui/timeline/measure";
import { fuzzParams } from "../../support/fuzz";
import { histDate, makeBrief, syntheticBriefs } from "../../browser/helpers/events";

const op = fc.oneof(
	fc.record({
		kind: fc.constant("edit" as const),
		brief: fc.nat(),
		years: fc.array(fc.integer({ min: -3000, max: 2020 }), { maxLength: 12 }),
	}),
	fc.record({ kind: fc.constant("remove" as const), brief: fc.nat() }),
	fc.record({ kind: fc.constant("flip" as const) }),
	fc.record({ kind: fc.constant("zoom" as const), zoom: fc.integer({ min: 0, max: 4 }) }),
	fc.record({ kind: fc.constant("same" as const) }),
);

function plain(m: Measured) {
	return { starts: Array.from(m.starts), breaks: Array.from(m.breaks), full: m.full, counts: [...m.counts].sort() };
}

function plainLayout(l: Layout) {
	return {
		granularity: l.granularity,
		items: Array.from(l.items),
		itemOf: Array.from(l.itemOf),
		eraOf: Array.from(l.eraOf),
		eras: l.eras.map((e) => `${e.granularity}:${e.key}:${e.label}`),
	};
}

describe("incremental measure and layout", () => {
	it("equal a fresh measure and layout after any sequence of updates", () => {
		fc.assert(
			fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
				const index = new BriefIndex();
				index.batch(() => {
					for (const b of syntheticBriefs(3_000, { seed: 9, perBrief: 6 })) index.upsert(b);
				});
				const courseOf = (p: string) => index.get(p)?.course ?? "";
				const measurer = new SeqMeasurer();
				const buffers = new LayoutBuffers();
				let descending = false;
				let zoom = 0;
				for (const o of ops) {
					const paths = index.allBriefs().map((b) => b.path);
					if (o.kind === "edit" && paths.length) {
						const path = paths[o.brief % paths.length];
						const events = o.years.map((year, i) => ({ date: histDate({ year }), text: `New ${i}.` }));
						index.upsert(makeBrief(path, "Edited", events));
					} else if (o.kind === "remove" && paths.length) index.remove(paths[o.brief % paths.length]);
					else if (o.kind === "flip") descending = !descending;
					else if (o.kind === "zoom") zoom = o.zoom;
					const snap = index.timelineSnapshot();
					const seq: EventSeq = descending ? snap.reversed() : snap;
					const m = measurer.measure(seq, courseOf);
					const fresh = new SeqMeasurer().measure(seq, courseOf);
					expect(plain(m)).toEqual(plain(fresh));
					expect(plainLayout(layout(m, zoom, buffers))).toEqual(plainLayout(layout(fresh, zoom)));
				}
			}),
			fuzzParams(14_202, 12),
		);
	});

	it("a snapshot measured again after a newer one gives its own numbers", () => {
		const index = new BriefIndex();
		index.batch(() => {
			for (const b of syntheticBriefs(2_000, { seed: 4, perBrief: 5 })) index.upsert(b);
		});
		const courseOf = (p: string) => index.get(p)?.course ?? "";
		const measurer = new SeqMeasurer();
		const first = index.timelineSnapshot();
		const before = plain(measurer.measure(first, courseOf));
		const path = index.allBriefs()[3].path;
		index.upsert(makeBrief(path, "Edited", [{ date: histDate({ year: -500 }), text: "Moved." }]));
		measurer.measure(index.timelineSnapshot(), courseOf);
		expect(plain(measurer.measure(first, courseOf))).toEqual(before);
	});
});
