/** Issue 16: the timeline in Chromium shows an inferred year as "Mar 1914?" (dotted), the written ones plain. */
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "../../src/ui/timeline/timeline.css";
import "../../src/ui/timeline/timeline-rows.css";
import "./helpers/obsidian-theme.css";
import { TimelineView } from "../../src/ui/timeline/view";
import { histDate, makeBrief } from "./helpers/events";
import { frames, mountView, TestHost, type Mounted } from "./helpers/test-host";

let mounted: Mounted<TimelineView> | null = null;
afterEach(async () => {
	await mounted?.unmount();
	mounted = null;
});

function inferred(year: number, month: number, from: string) {
	return { ...histDate({ year, month }), inferred: true, inferredFrom: from };
}

describe("inferred years in the timeline", () => {
	it("marks 'Mar 1914?' and 'Mar 1990?' and leaves written years plain", async () => {
		const brief = makeBrief("History/Europe/1914 and 1989.md", "Two turning points", [
			{ date: histDate({ year: 1914, month: 1 }), text: "In January 1914 the strikes in St Petersburg grew." },
			{ date: inferred(1914, 3, "year from an earlier sentence"), text: "In March the government sent troops." },
			{ date: histDate({ year: 1989, month: 11, day: 9 }), text: "Nov 9: the Berlin Wall falls." },
			{
				date: inferred(1990, 3, "year rolled forward: the list before it reached a later month"),
				text: "Mar 11th: Lithuania declares independence.",
			},
		]);
		const host = new TestHost([brief], { active: brief.path });
		mounted = await mountView(host, (leaf) => new TimelineView(leaf, host), {
			theme: "light",
			width: 980,
			height: 520,
		});
		await frames(3);
		const labels = [...mounted.view.contentEl.querySelectorAll(".sb-tl-date-label")].map((e) => e.textContent);
		expect(labels).toEqual(["Jan 1914", "Mar 1914?", "9 Nov 1989", "Mar 1990?"]);
		const marked = [...mounted.view.contentEl.querySelectorAll<HTMLElement>(".sb-tl-inferred .sb-tl-date-label")];
		expect(marked.length).toBe(2);
		expect(getComputedStyle(marked[0]).textDecorationStyle).toBe("dotted");
		await page.screenshot({ path: "../screenshots/timeline-inferred-light.png", element: mounted.pane });
	});
});
