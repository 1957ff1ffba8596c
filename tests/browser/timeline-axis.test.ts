/**
 * The timeline's axis mode in real Chromium: to-scale geometry (bar widths, BC before AD, no year 0, the axis
 * break), mouse, wheel, touch and keyboard, clusters, bounded DOM, export, and screenshots (light, dark, phone).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { Menu } from "obsidian";
import { page } from "vitest/browser";
import "../../src/ui/timeline/timeline.css";
import "../../src/ui/timeline/timeline-rows.css";
import "../../src/ui/timeline/axis/axis.css";
import "./helpers/obsidian-theme.css";
import { axisSvg, svgToPng } from "../../src/ui/timeline/axis/export";
import { markStyle, type MarkHit } from "../../src/ui/timeline/axis/paint";
import { TimelineView } from "../../src/ui/timeline/view";
import { histDate, makeBrief, romanBriefs, syntheticBriefs } from "./helpers/events";
import { frames, mountView, TestHost, type Mounted } from "./helpers/test-host";

let mounted: Mounted<TimelineView> | null = null;
afterEach(async () => {
	await mounted?.unmount();
	mounted = null;
	await page.viewport(1000, 760);
});

function vault() {
	const pre = makeBrief("History/Japan/Jomon.md", "Jōmon Japan", [
		{
			date: histDate({ year: -12999 }, { approximate: true, end: { year: -999 } }),
			text: "Jōmon pottery was made for millennia.",
			label: "Jōmon period",
		},
	]);
	const ww = makeBrief(
		"History/Europe/World wars.md",
		"The world wars",
		[
			{
				date: histDate({ year: 1914 }, { end: { year: 1918 } }),
				text: "The First World War.",
				label: "First World War",
			},
			{
				date: histDate({ year: 1939 }, { end: { year: 1945 } }),
				text: "The Second World War.",
				label: "Second World War",
			},
			{
				date: histDate({ year: 1917, month: 11, day: 7 }),
				text: "The Bolsheviks seized power.",
				label: "October Revolution",
			},
		],
		{ tags: ["europe"] },
	);
	return [pre, ww, ...romanBriefs()];
}

async function open(briefs = vault(), opts: { theme?: "light" | "dark"; width?: number; height?: number } = {}) {
	const host = new TestHost(briefs);
	mounted = await mountView(host, (leaf) => new TimelineView(leaf, host), { width: 960, height: 620, ...opts });
	const view = mounted.view;
	view.change({ mode: "axis" });
	await frames(2);
	return { host, view, axis: view.axis, root: view.contentEl };
}

/** The marks painted on the axis canvas in the last frame (where they are, in canvas pixels). */
function marks(): MarkHit[] {
	return mounted!.view.axis.canvas.marks;
}

function markOf(_root: HTMLElement, text: string): MarkHit {
	const events = mounted!.view.axis.events;
	const hit = marks().find((h) => {
		const ev = events[h.event];
		return ev?.text.includes(text) || ev?.label?.includes(text);
	});
	if (!hit) throw new Error(`no mark for ${text}`);
	return hit;
}

/** A painted shape's box on the page. */
function box(h: { x0: number; x1: number; y0: number; y1: number }): DOMRect {
	const r = mounted!.view.axis.canvas.el.getBoundingClientRect();
	return new DOMRect(r.left + h.x0, r.top + h.y0, h.x1 - h.x0, h.y1 - h.y0);
}

/** A mouse event at the centre of a painted shape (the canvas is its target, as in a real click). */
function mouseAt(h: { x0: number; x1: number; y0: number; y1: number }, type: string) {
	const b = box(h);
	mounted!.view.axis.canvas.el.dispatchEvent(
		new MouseEvent(type, { bubbles: true, clientX: b.left + b.width / 2, clientY: b.top + b.height / 2 }),
	);
}

function wheel(el: HTMLElement, x: number, deltaY: number, extra: WheelEventInit = {}) {
	const r = el.getBoundingClientRect();
	el.dispatchEvent(
		new WheelEvent("wheel", {
			clientX: r.left + x,
			clientY: r.top + 40,
			deltaY,
			bubbles: true,
			cancelable: true,
			...extra,
		}),
	);
}

function pointer(el: HTMLElement, type: string, x: number, id = 1, pointerType = "mouse") {
	const r = el.getBoundingClientRect();
	el.dispatchEvent(
		new PointerEvent(type, {
			clientX: r.left + x,
			clientY: r.top + 60,
			pointerId: id,
			pointerType,
			button: 0,
			bubbles: true,
			isPrimary: id === 1,
		}),
	);
}

function key(el: HTMLElement, k: string, shiftKey = false) {
	el.dispatchEvent(new KeyboardEvent("keydown", { key: k, shiftKey, bubbles: true, cancelable: true }));
}

describe("timeline axis: geometry", () => {
	it("draws ranges to scale, BC before AD, ticks without year 0, and a visible break for empty deep time", async () => {
		const { axis, root } = await open();
		// zoom on the 20th century so both wars are drawn as bars
		axis.view = { v0: axis.scale.toV(1900), pxPerV: 900 / 60, width: axis.view.width };
		axis.draw();
		const w1 = box(markOf(root, "First World War")).width;
		const w2 = box(markOf(root, "Second World War")).width;
		expect(w2 / w1).toBeCloseTo(7 / 5, 2); // 1939–1945 (7 years) vs 1914–1918 (5 years)
		axis.fit();
		axis.draw();
		expect(root.querySelectorAll(".sb-ax-break").length).toBe(1);
		const caesar = marks().find((h) => axis.events[h.event].date.label.endsWith("BC") && h.point)!;
		expect(box(caesar).left).toBeLessThan(box(markOf(root, "First World War")).left);
		const labels = [...root.querySelectorAll(".sb-ax-tick-label")].map((t) => t.textContent ?? "");
		expect(labels.length).toBeGreaterThan(2);
		expect(labels.some((l) => /^(AD )?0$|^0 BC$/.test(l))).toBe(false);
		// the Roman Republic and the world wars share most of the width: the break squeezes 11,000 empty years
		const wwX =
			box(markOf(root, "First World War")).left - root.querySelector(".sb-ax-svg")!.getBoundingClientRect().left;
		expect(wwX / axis.view.width).toBeGreaterThan(0.5);
	});

	it("tick labels and event labels never overlap", async () => {
		const { axis, root } = await open(syntheticBriefs(600, { seed: 3 }));
		for (const f of [1, 4, 16]) {
			axis.fit();
			axis.zoomBy(f);
			axis.draw();
			const boxes = [...root.querySelectorAll(".sb-ax-tick-label")].map((t) => t.getBoundingClientRect());
			for (let k = 1; k < boxes.length; k++)
				expect(boxes[k].left).toBeGreaterThanOrEqual(boxes[k - 1].right - 0.5);
			const rows = new Map<number, DOMRect[]>();
			for (const h of marks()) {
				const r = box(h);
				rows.set(Math.round(r.top), [...(rows.get(Math.round(r.top)) ?? []), r]);
			}
			expect(rows.size).toBeGreaterThan(0);
			for (const rs of rows.values()) {
				rs.sort((a, b) => a.left - b.left);
				for (let k = 1; k < rs.length; k++) expect(rs[k].left).toBeGreaterThanOrEqual(rs[k - 1].right - 1);
			}
		}
	});

	it("draws an inferred year (date.inferred) hollow, and a circa date dashed", async () => {
		const briefs = vault();
		(briefs[1].events[2].date as { inferred?: boolean }).inferred = true; // the October Revolution
		const { axis, root } = await open(briefs);
		axis.view = { v0: axis.scale.toV(1900), pxPerV: 900 / 60, width: axis.view.width };
		axis.draw();
		const inferred = markOf(root, "October Revolution");
		expect(inferred.inferred).toBe(true);
		expect(markStyle(inferred)).toMatchObject({ hollow: true, dash: [2, 2] });
		expect(markOf(root, "First World War").inferred).toBe(false);
		expect(markStyle(markOf(root, "First World War")).dash).toEqual([]);
		axis.fit();
		axis.draw();
		expect(markOf(root, "Jōmon period").approx).toBe(true);
		expect(markStyle(markOf(root, "Jōmon period")).dash).toEqual([4, 2]);
	});

	it("swimlanes by course, brief, tag or none", async () => {
		const { view, root } = await open();
		const titles = () => [...root.querySelectorAll(".sb-ax-lane-title")].map((t) => t.textContent);
		expect(titles()).toEqual(["History/Ancient Rome", "History/Europe", "History/Japan"]);
		view.change({ lanes: "tag" });
		expect(titles()).toContain("#europe");
		view.change({ lanes: "none" });
		expect(titles()).toEqual([]);
		view.change({ lanes: "brief" });
		expect(titles()).toContain("Jōmon Japan");
		expect(view.getState()).toMatchObject({ mode: "axis", lanes: "brief" });
	});
});

describe("timeline axis: input", () => {
	it("wheel zooms around the pointer, drag pans, a click opens the source line, hover previews", async () => {
		const { axis, host } = await open();
		const vp = axis.viewport;
		const before = axis.yearAt(600);
		const ppv = axis.view.pxPerV;
		wheel(vp, 600, -400);
		expect(axis.view.pxPerV).toBeGreaterThan(ppv * 1.5);
		expect(axis.yearAt(600)).toBeCloseTo(before, 6);
		const v0 = axis.view.v0;
		pointer(vp, "pointerdown", 500);
		pointer(vp, "pointermove", 400);
		pointer(vp, "pointerup", 400);
		expect(axis.view.v0).toBeCloseTo(v0 + 100 / axis.view.pxPerV, 6);
		axis.view = { v0: axis.scale.toV(1900), pxPerV: 900 / 60, width: axis.view.width };
		axis.draw();
		const mark = markOf(axis.el, "First World War");
		mouseAt(mark, "mouseover");
		expect(host.hovers.at(-1)).toMatchObject({ linktext: "History/Europe/World wars.md", state: { scroll: 4 } });
		pointer(vp, "pointerdown", 10);
		pointer(vp, "pointerup", 10);
		mouseAt(mark, "click");
		expect(host.opened.at(-1)).toEqual({ ref: { path: "History/Europe/World wars.md", line: 4 }, mode: "same" });
	});

	it("touch: two fingers pinch to zoom, one finger pans", async () => {
		const { axis } = await open(vault(), { width: 390, height: 700 });
		const vp = axis.viewport;
		const ppv = axis.view.pxPerV;
		pointer(vp, "pointerdown", 150, 1, "touch");
		pointer(vp, "pointerdown", 250, 2, "touch");
		pointer(vp, "pointermove", 100, 1, "touch");
		pointer(vp, "pointermove", 300, 2, "touch");
		pointer(vp, "pointerup", 100, 1, "touch");
		pointer(vp, "pointerup", 300, 2, "touch");
		expect(axis.view.pxPerV / ppv).toBeCloseTo(2, 6);
		const v0 = axis.view.v0;
		pointer(vp, "pointerdown", 200, 3, "touch");
		pointer(vp, "pointermove", 260, 3, "touch");
		pointer(vp, "pointerup", 260, 3, "touch");
		expect(axis.view.v0).toBeLessThan(v0);
	});

	it("keyboard: arrows move between events, shift-arrows pan, +/- zoom, 0 fits, Enter opens", async () => {
		const { axis, host } = await open();
		const vp = axis.viewport;
		vp.focus();
		await frames(1);
		key(vp, "Home");
		expect(axis.selected).toBe(0);
		expect(axis.status.textContent).toContain("Jōmon");
		key(vp, "ArrowRight");
		expect(axis.selected).toBe(1);
		key(vp, "End");
		key(vp, "Enter");
		expect(host.opened.at(-1)?.ref.path).toBe(axis.events.at(-1)!.source.path);
		const ppv = axis.view.pxPerV;
		key(vp, "+");
		expect(axis.view.pxPerV).toBeCloseTo(ppv * 2, 6);
		const v0 = axis.view.v0;
		key(vp, "ArrowLeft", true);
		expect(axis.view.v0).toBeLessThan(v0);
		key(vp, "0");
		expect(axis.view.pxPerV).toBeCloseTo(ppv, 6);
		expect(vp.querySelector(".sb-ax-cursor")).not.toBeNull();
	});
});

describe("timeline axis: scale of data", () => {
	it("clusters dense stretches with a count; a click on a cluster zooms into it", async () => {
		const { axis, root } = await open(syntheticBriefs(3000, { seed: 5, minYear: 1800, maxYear: 2000 }));
		const clusters = axis.canvas.clusters;
		expect(clusters.length).toBeGreaterThan(0);
		const counted = clusters.reduce((s, c) => s + c.count, 0);
		expect(counted + marks().length).toBe(3000);
		expect(root.querySelector(".sb-ax-canvas")?.getAttribute("data-clusters")).toBe(String(clusters.length));
		const ppv = axis.view.pxPerV;
		mouseAt(clusters[0], "click");
		expect(axis.view.pxPerV).toBeGreaterThan(ppv * 3);
	});

	it("the number of SVG nodes does not grow with the number of events", async () => {
		const count = async (n: number) => {
			const { root } = await open(syntheticBriefs(n, { seed: 9 }));
			const nodes = root.querySelectorAll(".sb-ax-svg *").length;
			await mounted?.unmount();
			mounted = null;
			return nodes;
		};
		const a = await count(5000);
		const b = await count(20000);
		expect(b).toBeLessThan(a * 1.3);
		expect(b).toBeLessThan(6000);
	});
});

describe("timeline axis: export and screenshots", () => {
	it("exports a standalone SVG with resolved colours, and a PNG", async () => {
		const { axis } = await open();
		axis.view = { v0: axis.scale.toV(1900), pxPerV: 900 / 60, width: axis.view.width };
		axis.draw();
		const svg = axisSvg(axis);
		expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(svg).not.toContain("var(");
		expect(svg).not.toContain("class=");
		expect(new DOMParser().parseFromString(svg, "image/svg+xml").querySelector("parsererror")).toBeNull();
		expect(svg).toContain("First World War");
		const png = new Uint8Array(await svgToPng(svg, axis.view.width, axis.last!.height));
		expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
	});

	it("the pane menu exports the axis into the vault as SVG and PNG", async () => {
		const { view, host } = await open();
		const files = new Map<string, string | ArrayBuffer>();
		(host.app as unknown as { vault: unknown }).vault = {
			getAbstractFileByPath: (p: string) => (files.has(p) ? {} : null),
			create: async (p: string, data: string) => void files.set(p, data),
			createBinary: async (p: string, data: ArrayBuffer) => void files.set(p, data),
		};
		const menu = new Menu();
		view.onPaneMenu(menu, "more-options");
		await (menu as unknown as { click(t: string): Promise<void> | void }).click("Export axis as SVG");
		await vi.waitFor(() => expect(files.has("Timeline axis.svg")).toBe(true));
		expect(files.get("Timeline axis.svg")).toMatch(/^<svg/);
		await (menu as unknown as { click(t: string): Promise<void> | void }).click("Export axis as SVG");
		await vi.waitFor(() => expect(files.has("Timeline axis 2.svg")).toBe(true));
		await (menu as unknown as { click(t: string): Promise<void> | void }).click("Export axis as PNG");
		await vi.waitFor(() => expect(files.get("Timeline axis.png")).toBeInstanceOf(ArrayBuffer));
		view.change({ mode: "list" });
		const listMenu = new Menu();
		view.onPaneMenu(listMenu, "more-options");
		expect((listMenu as unknown as { items: unknown[] }).items).toHaveLength(0);
	});

	for (const [name, theme, width] of [
		["axis-light", "light", 960],
		["axis-dark", "dark", 960],
		["axis-phone", "light", 390],
	] as const) {
		it(`screenshot: ${name}`, async () => {
			if (width < 500) await page.viewport(width + 40, 760);
			const { axis, root } = await open(
				[...vault(), ...syntheticBriefs(400, { seed: 2, minYear: -800, maxYear: 2000 })],
				{ theme, width, height: 620 },
			);
			axis.viewport.focus();
			key(axis.viewport, "Home");
			key(axis.viewport, "ArrowRight");
			await frames(2);
			expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
			await page.screenshot({ path: `../screenshots/timeline-${name}.png`, element: mounted!.pane });
		});
	}
});
