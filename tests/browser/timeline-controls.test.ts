import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import * as obsidian from "obsidian";
import "../../src/ui/timeline/timeline.css";
import "../../src/ui/timeline/timeline-rows.css";
import "./helpers/obsidian-theme.css";
import { TimelineView } from "../../src/ui/timeline/view";
import { histDate, makeBrief, romanBriefs, sovietRecognitionBrief, syntheticBriefs } from "./helpers/events";
import { frames, TestHost } from "./helpers/test-host";
import { rows, useTimeline } from "./helpers/timeline";

const { open, mounted } = useTimeline();
const button = (view: TimelineView, label: RegExp) =>
	[...view.contentEl.querySelectorAll<HTMLElement>(".sb-tl-button")].find((b) =>
		label.test(b.getAttribute("aria-label") ?? ""),
	)!;

describe("timeline controls", () => {
	it("zoom (buttons and keys) narrows the ruler window and refines the era headers; 0 fits", async () => {
		const host = new TestHost(syntheticBriefs(3000, { seed: 5 }));
		const view = await open(host);
		const fit = { ...view.body.window };
		const g0 = view.body.granularity;
		await userEvent.click(button(view, /^Zoom in/));
		expect(view.state.zoom).toBe(1);
		const w1 = view.body.window;
		expect(w1.hi - w1.lo).toBeCloseTo((fit.hi - fit.lo) / 2, 3);
		view.scroller.focus();
		await userEvent.keyboard("++++++");
		expect(view.state.zoom).toBe(7);
		const order = ["millennium", "century", "decade", "year"];
		expect(order.indexOf(view.body.granularity)).toBeGreaterThan(order.indexOf(g0));
		const ticks = [...view.contentEl.querySelectorAll(".sb-tl-tick")].map((t) => t.textContent);
		expect(ticks.length).toBeGreaterThan(1);
		await userEvent.keyboard("-");
		expect(view.state.zoom).toBe(6);
		await userEvent.keyboard("0");
		expect(view.state.zoom).toBe(0);
		expect(view.body.window).toEqual(fit);
		expect(view.body.granularity).toBe(g0);
	});

	it("clicking the ruler jumps the list to that year", async () => {
		const host = new TestHost([...romanBriefs(), sovietRecognitionBrief()]);
		const view = await open(host, { height: 300 });
		const ruler = view.contentEl.querySelector<HTMLElement>(".sb-tl-ruler")!;
		const r = ruler.getBoundingClientRect();
		// click near the right end: the 20th century
		ruler.dispatchEvent(
			new PointerEvent("pointerdown", { bubbles: true, clientX: r.right - 3, clientY: r.top + 5, pointerId: 1 }),
		);
		ruler.dispatchEvent(
			new PointerEvent("pointerup", { bubbles: true, clientX: r.right - 3, clientY: r.top + 5, pointerId: 1 }),
		);
		await frames(2);
		const top = view.events[view.topPos()];
		expect(top.date.start.year).toBeGreaterThan(1900);
		ruler.dispatchEvent(
			new PointerEvent("pointerdown", { bubbles: true, clientX: r.left + 1, clientY: r.top + 5, pointerId: 1 }),
		);
		await frames(2);
		expect(view.events[view.topPos()].date.label).toBe("c. 509 BC");
	});

	it("scopes: active brief, its course, a tag; unpublished off by default; newest first", async () => {
		const draft = makeBrief(
			"History/Russia/Draft.md",
			"Draft",
			[{ date: histDate({ year: 1991, month: 12 }), text: "The Soviet Union dissolved." }],
			{ publish: false },
		);
		const host = new TestHost([...romanBriefs(), sovietRecognitionBrief(), draft], {
			active: "History/Ancient Rome/Roman Empire.md",
		});
		const view = await open(host, { height: 2000 });
		expect(view.events.some((e) => e.text.includes("dissolved"))).toBe(false);
		view.change({ includeUnpublished: true });
		expect(view.events.some((e) => e.text.includes("dissolved"))).toBe(true);
		view.change({ includeUnpublished: false });

		const scope = view.contentEl.querySelector<HTMLSelectElement>(".sb-tl-scope")!;
		await userEvent.selectOptions(scope, "active");
		expect(view.events.length).toBe(2);
		expect(new Set(view.events.map((e) => e.briefPath))).toEqual(new Set(["History/Ancient Rome/Roman Empire.md"]));
		await userEvent.selectOptions(scope, "course");
		expect(new Set(view.events.map((e) => e.briefPath)).size).toBe(2);
		expect(view.events.every((e) => e.briefPath.startsWith("History/Ancient Rome/"))).toBe(true);
		host.setActive("History/Russia/US recognition of the Soviet Union.md");
		expect(view.events.every((e) => e.briefPath.startsWith("History/Russia/"))).toBe(true);
		await userEvent.selectOptions(scope, "tag");
		const tag = view.contentEl.querySelector<HTMLSelectElement>(".sb-tl-tag")!;
		await userEvent.selectOptions(tag, "russia");
		expect(view.events.length).toBe(5);
		await userEvent.selectOptions(scope, "all");
		await userEvent.click(button(view, /first/));
		expect(view.state.descending).toBe(true);
		const labels = rows(view).map((r) => r.querySelector(".sb-tl-date-label")!.textContent);
		expect(labels[0]).toBe("1939");
		expect(labels.at(-1)).toBe("c. 509 BC");
	});

	it("follows the active note: its events are highlighted and brought on screen", async () => {
		const host = new TestHost([...romanBriefs(), sovietRecognitionBrief()]);
		const view = await open(host, { height: 300 });
		expect(view.contentEl.querySelectorAll(".sb-tl-in-active").length).toBe(0);
		host.setActive("History/Russia/US recognition of the Soviet Union.md");
		await frames(2);
		const active = view.contentEl.querySelectorAll(".sb-tl-in-active");
		expect(active.length).toBeGreaterThan(0);
		const sr = view.scroller.getBoundingClientRect();
		expect(
			[...active].some(
				(el) => el.getBoundingClientRect().top < sr.bottom && el.getBoundingClientRect().bottom > sr.top,
			),
		).toBe(true);
	});

	it("copy as Markdown copies the filtered timeline", async () => {
		const host = new TestHost([...romanBriefs(), sovietRecognitionBrief()]);
		const view = await open(host);
		const all = view.events.length;
		view.change({ text: "Caesar" });
		// The text filter applies after a pause in typing: wait until it has.
		await expect.poll(() => view.events.length, { timeout: 5000 }).toBeLessThan(all);
		expect(view.events.length).toBeGreaterThan(0);
		let copied = "";
		const clip = navigator.clipboard;
		Object.defineProperty(navigator, "clipboard", {
			configurable: true,
			value: { writeText: async (t: string) => void (copied = t) },
		});
		try {
			await userEvent.click(button(view, /Copy as Markdown/));
			await expect.poll(() => copied.length).toBeGreaterThan(0);
			expect(copied).toContain(
				"- **15 Mar 44 BC** — Caesar was assassinated on the Ides of March. ([[History/Ancient Rome/Roman Republic|The Roman Republic]])",
			);
		} finally {
			Object.defineProperty(navigator, "clipboard", { configurable: true, value: clip });
		}
		expect(copied.trim().split("\n").length).toBe(view.events.length);
		expect((obsidian as unknown as { noticeLog: string[] }).noticeLog.at(-1)).toMatch(/Copied \d+ events/);
	});

	it("shows review stats in the brief chip tooltip and ARIA labels on rows", async () => {
		const host = new TestHost([sovietRecognitionBrief()]);
		host.stats.set("History/Russia/US recognition of the Soviet Union.md", { due: 3, mastery: 0.72 });
		const view = await open(host);
		const row = rows(view)[0];
		expect(row.getAttribute("role")).toBe("option");
		expect(row.getAttribute("aria-label")).toContain("1917, year");
		expect(row.querySelector(".sb-tl-brief")!.getAttribute("aria-label")).toContain(
			"3 due for review · 72% mastered",
		);
		expect(view.scroller.getAttribute("role")).toBe("listbox");
	});

	it("touch: the row's more button opens the menu (no hover-only actions)", async () => {
		const host = new TestHost([...romanBriefs()]);
		const view = await open(host);
		const row = rows(view)[1];
		const more = row.querySelector<HTMLElement>(".sb-tl-more")!;
		expect(getComputedStyle(more).display).not.toBe("none");
		expect(Number(getComputedStyle(more).opacity)).toBeGreaterThan(0.2);
		await userEvent.click(more);
		const menu = (obsidian.Menu as unknown as { last: { click(t: string): void } }).last;
		menu.click("Open");
		expect(host.opened.at(-1)).toEqual({ ref: view.events[Number(row.dataset.pos)].source, mode: "same" });
		expect(host.opened.length).toBe(1); // the tap on "more" itself did not open the note
	});

	it("PageDown/PageUp move by a screenful; dragging the ruler scrolls continuously", async () => {
		const host = new TestHost(syntheticBriefs(2000, { seed: 9 }));
		const view = await open(host);
		view.scroller.focus();
		await userEvent.keyboard("{ArrowDown}{PageDown}");
		const page1 = view.selected;
		expect(page1).toBeGreaterThan(3);
		await userEvent.keyboard("{PageDown}");
		expect(view.selected).toBeGreaterThan(page1);
		await userEvent.keyboard("{PageUp}{PageUp}");
		expect(view.selected).toBe(1); // focus selected the first event, ArrowDown the second
		await userEvent.keyboard("{PageUp}");
		expect(view.selected).toBe(0);
		const ruler = view.contentEl.querySelector<HTMLElement>(".sb-tl-ruler")!;
		const r = ruler.getBoundingClientRect();
		const tops: number[] = [];
		ruler.dispatchEvent(
			new PointerEvent("pointerdown", { bubbles: true, clientX: r.left + 10, clientY: r.top + 5, pointerId: 1 }),
		);
		for (const f of [0.25, 0.5, 0.75]) {
			ruler.dispatchEvent(
				new PointerEvent("pointermove", {
					bubbles: true,
					clientX: r.left + r.width * f,
					clientY: r.top + 5,
					pointerId: 1,
				}),
			);
			tops.push(view.scroller.scrollTop);
		}
		ruler.dispatchEvent(
			new PointerEvent("pointerup", {
				bubbles: true,
				clientX: r.left + r.width * 0.75,
				clientY: r.top + 5,
				pointerId: 1,
			}),
		);
		expect(tops[0]).toBeLessThan(tops[1]);
		expect(tops[1]).toBeLessThan(tops[2]);
		// after the drag ends, moving the pointer does nothing
		ruler.dispatchEvent(
			new PointerEvent("pointermove", { bubbles: true, clientX: r.left + 2, clientY: r.top + 5, pointerId: 1 }),
		);
		expect(view.scroller.scrollTop).toBe(tops[2]);
	});

	it("a hidden view defers index changes until it is shown again", async () => {
		const briefs = [...romanBriefs(), sovietRecognitionBrief()];
		const host = new TestHost(briefs);
		const view = await open(host);
		const rev = view.renderedRevision;
		mounted()!.pane.style.display = "none";
		// Fake timers: the view's debounced refresh runs now, with everything it schedules, and must find the
		// view hidden (so it only marks itself stale).
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
		try {
			host.index.remove("History/Ancient Rome/Roman Empire.md");
			await vi.runAllTimersAsync();
		} finally {
			vi.useRealTimers();
		}
		expect(view.renderedRevision).toBe(rev);
		mounted()!.pane.style.display = "";
		await expect.poll(() => view.renderedRevision, { timeout: 2000 }).toBe(host.index.revision);
		expect(view.events.some((e) => e.briefPath.endsWith("Roman Empire.md"))).toBe(false);
	});

	it("saves and restores its state (scope, order, zoom) and ignores garbage", async () => {
		const host = new TestHost([...romanBriefs(), sovietRecognitionBrief()]);
		const view = await open(host);
		view.change({ descending: true });
		view.zoom(2);
		const saved = view.getState();
		expect(saved).toEqual({
			scope: "all",
			tag: "",
			course: "",
			descending: true,
			zoom: 2,
			includeUnpublished: false,
			mode: "list",
			lanes: "course",
		});
		await view.setState(
			{ descending: false, zoom: 99, scope: "nonsense", tag: 3, mode: "grid", lanes: "colour" },
			{ history: false },
		);
		expect(view.state.mode).toBe("list");
		expect(view.state.lanes).toBe("course");
		expect(view.state.descending).toBe(false);
		expect(view.state.zoom).toBe(14);
		expect(view.state.scope).toBe("all");
		await view.setState(saved, { history: false });
		expect(view.state).toMatchObject(saved);
		expect(view.events[0].date.start.year).toBe(1939);
	});

	it("the context-menu key (and Shift+F10) opens the menu of the selected event", async () => {
		const host = new TestHost([...romanBriefs()]);
		const view = await open(host);
		view.scroller.focus();
		await userEvent.keyboard("{ArrowDown}");
		(obsidian.Menu as unknown as { last: unknown }).last = null;
		await userEvent.keyboard("{Shift>}{F10}{/Shift}");
		const menu = (obsidian.Menu as unknown as { last: { click(t: string): void } | null }).last;
		expect(menu).not.toBeNull();
		menu!.click("Quiz me on this event");
		expect(host.quizzes.at(-1)).toEqual({
			kind: "item",
			path: view.events[1].briefPath,
			itemId: view.events[1].id,
		});
	});
});
