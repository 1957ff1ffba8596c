/**
 * Incremental update latency of the vault index bench: edit one brief of the indexed vault (its title line
 * gets a new year), parse it, upsert it, take the timeline snapshot and run the timeline view's data step
 * (measure the changed blocks + era layout). CPU time of the process (robust to other load, but it also
 * counts the engine's helper threads: concurrent compilation and garbage collection). Warm-up edits run
 * first, untimed (JIT), as the bench warms up every other approach; the first edit after indexing is
 * reported on its own. Then the same edit path under the sampling heap profiler: bytes per edit.
 */
import { readFileSync } from "node:fs";
import process from "node:process";
import { parseBrief } from "../src/core/brief";
import type { BriefOptions } from "../src/core/brief";
import { BriefIndex, TimelineSnapshot } from "../src/core/index";
import type { Brief } from "../src/core/model";
import { ownStrings } from "../src/core/text/flat-strings";
import { layout, LayoutBuffers } from "../src/ui/timeline/data";
import { SeqMeasurer } from "../src/ui/timeline/measure";
import { allocationPerEdit, type EditAllocation, type EditPhases } from "./edit-alloc";
import { rng } from "./vault-gen";

export interface IncrementalResult {
	samples: number;
	warmup: number;
	/** CPU ms of the first edit after indexing (JIT of the edit path included). */
	firstCpu: number;
	p50: number;
	p99: number;
	max: number;
	cpuP50: number;
	cpuP99: number;
	indexP50: number;
	indexP99: number;
	flatCopyP50: number;
	flatCopyP99: number;
	/** The timeline view's data step after the snapshot (measure the changed blocks + era layout), CPU ms. */
	viewP50: number;
	viewP99: number;
	/** Floor, same run: parseBrief of the edited note alone (what any update must do), CPU ms. */
	floorP50: number;
	floorP99: number;
	/** cpuP99 / floorP99. */
	overFloorP99: number;
	/** For comparison, outside the update: the view's old path (flat timeline() copy, every event measured, era layout), CPU ms. */
	flatViewP50: number;
	flatViewP99: number;
	alloc: EditAllocation;
}

export interface IncrementalInput {
	index: BriefIndex;
	/** Each note's path and the line of its title (the edit rewrites it). */
	notes: { path: string; titleLine: number }[];
	full: string[];
	parseOpts: BriefOptions;
	samples: number;
	warmup?: number;
}

function round(x: number, digits = 3): number {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}

function percentile(list: number[], p: number): number {
	const sorted = list.slice().sort((a, b) => a - b);
	return round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]);
}

const cpu = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};

export async function benchIncremental(input: IncrementalInput): Promise<IncrementalResult> {
	const { index, notes, full, parseOpts } = input;
	const n = notes.length;
	const r = rng(4242);
	// The timeline view's data path (src/ui/timeline/body.ts show(): SeqMeasurer + layout), warmed once.
	const measurer = new SeqMeasurer();
	const buffers = new LayoutBuffers();
	const courseOf = (p: string) => index.get(p)?.course ?? "";
	layout(measurer.measure(index.timelineSnapshot(), courseOf), 0, buffers);
	let serial = 0;
	/** The next edit: a random brief whose title line gets a year it does not have yet. */
	const nextEdit = () => {
		const s = serial++;
		const i = Math.floor(r() * n);
		const path = notes[i].path;
		const lines = readFileSync(full[i], "utf8").split("\n");
		const had = new Set(index.get(path)?.events.map((e) => e.date.start.year));
		let year = 1111 + (s % 800);
		while (had.has(year)) year++;
		lines[notes[i].titleLine] = `## Edited brief ${s}, ${year}`;
		return { path, year, text: lines.join("\n") };
	};
	const t = { wall: [] as number[], cpu: [] as number[], index: [] as number[], view: [] as number[] };
	const floor: number[] = [];
	const warmup = input.warmup ?? 30;
	let firstCpu = 0;
	for (let s = 0; s < warmup + input.samples; s++) {
		const { path, year, text } = nextEdit();
		// Floor (same run, same note): the parse alone.
		const f0 = cpu();
		parseBrief({ path, text }, parseOpts);
		const f1 = cpu();
		const c0 = cpu();
		const t0 = performance.now();
		const brief: Brief = ownStrings(parseBrief({ path, text }, parseOpts));
		const t1 = performance.now();
		index.upsert(brief);
		// What a view reads after an edit: the block-shared snapshot (timeline() would copy every event).
		const tl = index.timelineSnapshot();
		const t2 = performance.now();
		const v0 = cpu();
		layout(measurer.measure(tl, courseOf), 0, buffers);
		const c1 = cpu();
		if (s === 0) firstCpu = c1 - c0;
		if (s >= warmup) {
			floor.push(f1 - f0);
			t.wall.push(t2 - t0);
			t.index.push(t2 - t1);
			t.view.push(c1 - v0);
			t.cpu.push(c1 - c0);
		}
		// Verification (not timed): the edited brief's new event is in the global timeline.
		const shown = tl.some((e) => e.briefPath === path && e.date.start.year === year);
		if (!shown && brief.publish) throw new Error(`incremental update of ${path} not reflected in timeline()`);
	}
	// Bytes per edit, the same path under the heap profiler (untimed).
	const edits: EditPhases[] = [];
	for (let s = 0; s < 100; s++) {
		const { path, text } = nextEdit();
		edits.push({
			editParse: () => ownStrings(parseBrief({ path, text }, parseOpts)),
			editIndex: (b) => {
				index.upsert(b as Brief);
				return index.timelineSnapshot();
			},
			editView: (tl) => layout(measurer.measure(tl as TimelineSnapshot, courseOf), 0, buffers),
		});
	}
	const alloc = await allocationPerEdit(edits);
	// For comparison, in a loop of its own (its garbage must not land in the updates' tail): the flat copy
	// timeline() makes, and the view's old path on it (flat copy, every event read again, era layout).
	const copy: number[] = [];
	const flatView: number[] = [];
	for (let s = 0; s < Math.min(input.samples, 50); s++) {
		const t3 = performance.now();
		const flat = index.timeline();
		copy.push(performance.now() - t3);
		const fv = cpu();
		layout(new SeqMeasurer().measure(TimelineSnapshot.of(flat), courseOf), 0);
		flatView.push(cpu() - fv);
	}
	return {
		samples: input.samples,
		warmup,
		firstCpu: round(firstCpu),
		p50: percentile(t.wall, 0.5),
		p99: percentile(t.wall, 0.99),
		max: percentile(t.wall, 1),
		cpuP50: percentile(t.cpu, 0.5),
		cpuP99: percentile(t.cpu, 0.99),
		indexP50: percentile(t.index, 0.5),
		indexP99: percentile(t.index, 0.99),
		flatCopyP50: percentile(copy, 0.5),
		flatCopyP99: percentile(copy, 0.99),
		viewP50: percentile(t.view, 0.5),
		viewP99: percentile(t.view, 0.99),
		floorP50: percentile(floor, 0.5),
		floorP99: percentile(floor, 0.99),
		overFloorP99: round(percentile(t.cpu, 0.99) / Math.max(percentile(floor, 0.99), 0.001), 2),
		flatViewP50: percentile(flatView, 0.5),
		flatViewP99: percentile(flatView, 0.99),
		alloc,
	};
}
