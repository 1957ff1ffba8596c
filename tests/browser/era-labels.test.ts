/**
 * Issue 16 in Chromium: the timeline (list and axis) in the note's era convention with "AD 43" beside BC dates,
 * an inferred era shown "51 BCE?" with a tooltip saying where it came from, and the settings tab's era settings.
 */
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "../../src/ui/timeline/timeline.css";
import "../../src/ui/timeline/timeline-rows.css";
import "../../src/ui/timeline/axis/axis.css";
import "./helpers/obsidian-theme.css";
import "./helpers/obsidian-ui.css";
import { TimelineView } from "../../src/ui/timeline/view";
import { StudyBriefsSettingTab } from "../../src/ui/settings-tab";
import { migrateSettings } from "../../src/settings";
import { parseBrief } from "../../src/core/brief";
import { frames, mountView, TestHost, type Mounted } from "./helpers/test-host";
import { showTooltip } from "./helpers/tooltip";

let mounted: Mounted<TimelineView> | null = null;
afterEach(async () => {
	await mounted?.unmount();
	mounted = null;
	document.querySelectorAll(".tooltip, .sb-test-settings").forEach((e) => e.remove());
});

const EGYPT = parseBrief({
	path: "Ancient/Egypt/Ptolemies.md",
	text: [
		"---",
		"dg-publish: true",
		"---",
		"# The Ptolemies",
		"",
		"## Ptolemaic Egypt, 305–30 BCE",
		"",
		"- Ptolemy I took the title of king in 305 BCE.",
		"- Cleopatra became queen in 51.",
		"- Caesar arrived in Alexandria in 48.",
		"- Egypt became a Roman province in 30 BCE.",
		"",
	].join("\n"),
});

const BRITAIN = parseBrief({
	path: "Ancient/Britain/Roman Britain.md",
	text: "---\ndg-publish: true\n---\n# Roman Britain\n\n- Claudius invaded Britain in AD 43.\n- The legions left Britain in 410.\n- The Venerable Bede finished his history in 731.\n",
});

async function open(mode: "list" | "axis", eraLabels: "auto" | "bc-ad" | "bce-ce" = "auto") {
	const host = new TestHost([EGYPT, BRITAIN], { settings: { eraLabels } });
	mounted = await mountView(host, (leaf) => new TimelineView(leaf, host), { width: 960, height: 560 });
	if (mode === "axis") mounted.view.change({ mode: "axis" });
	await frames(3);
	return mounted.view;
}

describe("era labels and inferred eras in the timeline", () => {
	it("list: the note's own convention, 'AD 43' beside BC dates, '51 BCE?' with its reason", async () => {
		const view = await open("list");
		const rows = [...view.contentEl.querySelectorAll<HTMLElement>(".sb-tl-row")];
		const labels = rows.map((r) => r.querySelector(".sb-tl-date-label")!.textContent);
		expect(labels).toEqual(["305–30 BCE", "305 BCE", "51 BCE?", "48 BCE?", "30 BCE", "AD 43", "AD 410", "AD 731"]);
		const inferred = rows[labels.indexOf("51 BCE?")];
		expect(inferred.classList.contains("sb-tl-inferred")).toBe(true);
		const date = inferred.querySelector<HTMLElement>(".sb-tl-date")!;
		expect(date.getAttribute("aria-label")).toBe(
			"Year inferred: BC: the era of the heading “Ptolemaic Egypt, 305–30 BCE”",
		);
		showTooltip(date);
		await frames(1);
		await page.screenshot({ path: "../screenshots/timeline-era-inferred-tooltip.png", element: mounted!.pane });
	});

	it("list: the setting writes every era one way", async () => {
		const view = await open("list", "bc-ad");
		const labels = [...view.contentEl.querySelectorAll(".sb-tl-date-label")].map((e) => e.textContent);
		expect(labels).toEqual(["305–30 BC", "305 BC", "51 BC?", "48 BC?", "30 BC", "AD 43", "AD 410", "AD 731"]);
	});

	it("list: with BCE and CE, the era headers and ruler ticks say so too", async () => {
		const view = await open("list", "bce-ce");
		const labels = [...view.contentEl.querySelectorAll(".sb-tl-date-label")].map((e) => e.textContent);
		expect(labels).toEqual(["305–30 BCE", "305 BCE", "51 BCE?", "48 BCE?", "30 BCE", "43 CE", "410 CE", "731 CE"]);
		const headers = [...view.contentEl.querySelectorAll(".sb-tl-era-label")].map((e) => e.textContent ?? "");
		expect(headers.length).toBeGreaterThan(0);
		expect(headers.filter((h) => /\bBC\b|\bAD\b/.test(h))).toEqual([]);
		expect(headers.some((h) => h.endsWith("BCE"))).toBe(true);
		const ticks = [...view.contentEl.querySelectorAll(".sb-tl-tick")].map((e) => e.textContent ?? "");
		expect(ticks.filter((h) => /\bBC\b|\bAD\b/.test(h))).toEqual([]);
		await page.screenshot({ path: "../screenshots/timeline-era-bce-ce.png", element: mounted!.pane });
	});

	it("axis: a hovered inferred mark shows its label and where its era came from", async () => {
		const view = await open("axis");
		const axis = view.axis;
		const hit = axis.canvas.marks.find((h) => axis.events[h.event].text.startsWith("Cleopatra"));
		expect(hit).toBeDefined();
		const r = axis.canvas.el.getBoundingClientRect();
		const x = r.left + (hit!.x0 + hit!.x1) / 2;
		const y = r.top + (hit!.y0 + hit!.y1) / 2;
		axis.canvas.el.dispatchEvent(new MouseEvent("mousemove", { bubbles: true, clientX: x, clientY: y }));
		const tip = axis.canvas.el.getAttribute("aria-label") ?? "";
		expect(tip).toContain("51 BCE? · Cleopatra became queen in 51.");
		expect(tip).toContain("Year inferred: BC: the era of the heading");
		showTooltip(axis.canvas.el, { x, y });
		await frames(1);
		await page.screenshot({ path: "../screenshots/timeline-axis-era-tooltip.png", element: mounted!.pane });
	});
});

describe("the settings tab", () => {
	it("shows 'BCE folders' and 'Era labels' with the timeline settings", async () => {
		document.body.classList.add("theme-light");
		const box = document.body.createDiv({ cls: "sb-test-settings" });
		box.style.width = "860px";
		const owner = {
			settings: migrateSettings({ bceFolders: ["Egyptology"], eraLabels: "bce-ce" }),
			saveSettings: async () => {},
		};
		const tab = new StudyBriefsSettingTab({} as never, {} as never, owner);
		(tab as { display(): void }).display();
		const heading = [...tab.containerEl.querySelectorAll(".setting-item-heading")].find(
			(h) => h.textContent === "Timeline and quotes",
		)!;
		// the timeline section only, as a user scrolls to it
		const items: Element[] = [];
		for (let el: Element | null = heading; el; el = el.nextElementSibling) {
			if (el !== heading && el.classList.contains("setting-item-heading")) break;
			items.push(el);
		}
		for (const el of items) box.appendChild(el);
		expect(items.map((i) => i.querySelector(".setting-item-name")?.textContent)).toEqual([
			"Timeline and quotes",
			"Newest first",
			"Follow the active note",
			"BCE folders",
			"Era labels",
		]);
		expect(box.querySelector("select")?.value).toBe("bce-ce");
		await frames(1);
		await page.screenshot({ path: "../screenshots/settings-era.png", element: box });
	});
});
