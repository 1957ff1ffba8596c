/** The timeline over the example vault, parsed by the real brief reader and date engine. */
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "../../src/ui/timeline/timeline.css";
import "../../src/ui/timeline/timeline-rows.css";
import "./helpers/obsidian-theme.css";
import { load } from "js-yaml";
import { parseBrief } from "../../src/core/brief";
import { yearValue } from "../../src/ui/timeline/eras";
import { TimelineView } from "../../src/ui/timeline/view";
import { frames, mountView, TestHost, type Mounted } from "./helpers/test-host";

const files = import.meta.glob<string>("../../examples/vault/**/*.md", {
	query: "?raw",
	import: "default",
	eager: true,
});

let mounted: Mounted<TimelineView> | null = null;
afterEach(async () => {
	await mounted?.unmount();
	mounted = null;
});

describe("timeline over the example vault", () => {
	it("shows the parsed briefs' events in true chronological order with the date engine's labels", async () => {
		const briefs = Object.entries(files).map(([p, text]) =>
			parseBrief({ path: p.replace("../../examples/vault/", ""), text }, { parseYaml: load }),
		);
		expect(briefs.length).toBeGreaterThanOrEqual(5);
		const host = new TestHost(briefs);
		mounted = await mountView(host, (leaf) => new TimelineView(leaf, host), { width: 980, height: 740 });
		const view = mounted.view;
		await frames(2);
		expect(view.events.length).toBeGreaterThan(10);
		// published only by default: the drafts (unpublished, and the one with broken YAML) stay out
		expect(view.events.every((e) => host.index.get(e.briefPath)?.publish)).toBe(true);
		expect(view.events.some((e) => e.briefPath.startsWith("Drafts/"))).toBe(false);
		const starts = view.events.map((e) => yearValue(e.date.start));
		for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]);
		expect(view.events[0].date.start.year).toBeLessThan(0);
		const labels = [...view.contentEl.querySelectorAll(".sb-tl-date-label")].map((e) => e.textContent ?? "");
		expect(labels.some((l) => /BC/.test(l))).toBe(true);
		await page.screenshot({ path: "../screenshots/timeline-vault-light.png", element: mounted.pane });
	});
});
