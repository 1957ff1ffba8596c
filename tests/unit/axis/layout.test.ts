import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	buildScale,
	eventYears,
	fitView,
	laneKey,
	layoutAxis,
	prepareAxis,
	type LayoutOptions,
} from "../../../src/core/axis";
import type { HistEvent } from "../../../src/core/model";
import { fuzzParams } from "../../support/fuzz";
import { ev } from "./make-event";

const opts: LayoutOptions = {
	rows: 3,
	markerPx: 8,
	gapPx: 4,
	charPx: 7,
	minLabelPx: 24,
	clusterPx: 24,
	labelOf: (e) => e.text,
};

function setup(events: HistEvent[], width = 1000, laneOf: (e: HistEvent) => string = () => "") {
	const ys = events.map(eventYears);
	const scale = buildScale(
		ys.map((y) => y[0]),
		ys.map((y) => y[1]),
	);
	const data = prepareAxis(events, scale, laneOf);
	return { scale, data, view: fitView(scale, width) };
}

describe("axis layout", () => {
	it("draws a range's bar width in proportion to its span, BC before AD", () => {
		const events = [
			ev({ year: -43 }, { year: 56 }, "year"),
			ev({ year: 100 }, { year: 149 }, "year"),
			ev({ year: 300 }, { year: 300 }),
		];
		const { data, view } = setup(events);
		const lay = layoutAxis(data, view, opts);
		const bar = (i: number) => lay.marks.find((m) => m.event === i)!;
		expect(bar(0).x1 - bar(0).x0).toBeCloseTo(2 * (bar(1).x1 - bar(1).x0), 6);
		expect(bar(0).x0).toBeLessThan(bar(1).x0);
		expect(bar(2).point).toBe(true);
	});

	it("clusters a dense stretch with a count, and zooming in opens it", () => {
		const events = Array.from({ length: 200 }, (_, i) => ev({ year: 1900 + (i % 50) }));
		events.push(ev({ year: 1000 }), ev({ year: 2000 }));
		const { data, view, scale } = setup(events, 600);
		const lay = layoutAxis(data, view, opts);
		const clustered = lay.clusters.reduce((s, c) => s + c.count, 0);
		expect(lay.marks.length + clustered).toBe(202);
		expect(lay.clusters.length).toBeGreaterThan(0);
		const c = lay.clusters[0];
		const zoomed = { v0: c.v0, pxPerV: 600 / Math.max(c.v1 - c.v0, 1e-3) / 40, width: 600 };
		const near = layoutAxis(data, { ...zoomed, v0: scale.toV(1900), pxPerV: 600 / 1.2 }, opts);
		expect(near.marks.length).toBeGreaterThan(0);
		expect(near.clusters.reduce((s, k) => s + k.count, 0)).toBeLessThan(clustered);
	});

	it("puts events in lanes by key, in name order", () => {
		const events = [ev({ year: 1 }, { year: 1 }, "year", "B/x.md"), ev({ year: 2 }, { year: 2 }, "year", "A/y.md")];
		const { data } = setup(events, 800, (e) =>
			laneKey("course", e, { courseOf: (p) => p.split("/")[0], titleOf: (p) => p, tagsOf: () => [] }),
		);
		expect(data.lanes).toEqual(["A", "B"]);
		expect(data.lane[0]).toBe(1);
	});

	it("marks never overlap in a row, labels fit their room, and the mark count is bounded by the width (property)", () => {
		const arb = fc.array(
			fc.tuple(
				fc.integer({ min: -3000, max: 2000 }),
				fc.integer({ min: 0, max: 300 }),
				fc.integer({ min: 0, max: 3 }),
			),
			{ minLength: 1, maxLength: 400 },
		);
		fc.assert(
			fc.property(arb, fc.integer({ min: 200, max: 1400 }), (rows, width) => {
				const events = rows.map(([y, d, l]) => ev({ year: y }, { year: y + d }, "year", `L${l}/b.md`));
				const { data, view } = setup(events, width, (e) => e.briefPath);
				const lay = layoutAxis(data, view, opts);
				expect(lay.marks.length + lay.clusters.reduce((s, c) => s + c.count, 0)).toBe(lay.visible);
				const byRow = new Map<string, typeof lay.marks>();
				for (const m of lay.marks)
					byRow.set(`${m.lane}/${m.row}`, [...(byRow.get(`${m.lane}/${m.row}`) ?? []), m]);
				for (const ms of byRow.values()) {
					for (let k = 1; k < ms.length; k++) {
						const a = ms[k - 1];
						expect(ms[k].x0).toBeGreaterThanOrEqual(a.x1 + opts.gapPx - 1e-9);
						const labelEnd = (a.point ? a.x1 + 2 : Math.max(a.x0, 0) + 4) + a.label.length * opts.charPx;
						expect(labelEnd).toBeLessThanOrEqual(ms[k].x0 + 1e-9);
					}
				}
				// per lane and row, marks are at least markerPx + gapPx apart; clusters at most one per bin
				expect(lay.marks.length).toBeLessThanOrEqual(
					data.lanes.length * opts.rows * (width / (opts.markerPx + opts.gapPx) + 2),
				);
			}),
			fuzzParams(1903, 60),
		);
	});
});
