/** The indexing progress line in real Chromium: above the timeline while the first pass runs, gone after. */
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "./helpers/obsidian-theme.css";
import "../../src/ui/timeline/timeline.css";
import "../../src/ui/timeline/timeline-rows.css";
import "../../src/ui/progress/progress.css";
import { ProgressFeed } from "../../src/obsidian/progress-feed";
import { TimelineView } from "../../src/ui/timeline/view";
import { frames, mountView, TestHost, type Mounted } from "./helpers/test-host";

let mounted: Mounted<TimelineView> | null = null;
afterEach(async () => {
	await mounted?.unmount();
	mounted = null;
});

describe("indexing progress line", () => {
	for (const theme of ["light", "dark"] as const) {
		it(`${theme}: a bar in place of the empty timeline, then the timeline`, async () => {
			const feed = new ProgressFeed();
			feed.update({ phase: "indexing", done: 1234, total: 10_000 });
			const host = Object.assign(new TestHost([]), { indexing: feed });
			mounted = await mountView(host, (leaf) => new TimelineView(leaf, host), { theme, width: 700, height: 260 });
			await frames(2);
			const line = mounted.view.containerEl.querySelector<HTMLElement>(".sb-progress-line")!;
			expect(line.textContent).toBe("Study Briefs: indexing 1,234 / 10,000\u2026");
			const fill = line.querySelector<HTMLElement>(".sb-progress-fill")!;
			const bar = line.querySelector<HTMLElement>(".sb-progress-bar")!;
			expect(fill.getBoundingClientRect().width / bar.getBoundingClientRect().width).toBeCloseTo(0.12, 1);
			// "No briefs yet" is not shown while indexing.
			expect(
				mounted.view.contentEl.querySelector<HTMLElement>(".sb-tl-empty")!.getBoundingClientRect().height,
			).toBe(0);
			await page.screenshot({ path: `../screenshots/progress-${theme}.png`, element: mounted.pane });
			feed.update({ phase: "ready", done: 10_000, total: 10_000 });
			await frames(1);
			expect(line.getBoundingClientRect().height).toBe(0);
			expect(
				mounted.view.contentEl.querySelector<HTMLElement>(".sb-tl-empty")!.getBoundingClientRect().height,
			).toBeGreaterThan(0);
		});
	}
});
