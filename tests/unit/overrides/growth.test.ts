/** Curation keeps the index linear: re-reading a vault with overrides in it costs each brief its own overrides. */
import { describe, expect, test } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import type { Brief } from "../../../src/core/model";
import { CuratedIndex, replayOverrides, targetOfItem } from "../../../src/core/overrides";
import type { Override } from "../../../src/core/overrides";
import { expectLinearGrowth } from "../../support/growth";
import { logText } from "./fixture";

function vault(n: number): { briefs: Brief[]; overrides: Override[] } {
	const briefs = Array.from({ length: n }, (_, i) =>
		parseBrief(
			{
				path: `C/B${i}.md`,
				text: `---\ndg-publish: true\n---\n# Brief ${i}\n\n- The council of town ${i} met in ${1000 + (i % 900)}.\n`,
			},
			{ publishKeys: ["dg-publish"] },
		),
	);
	// An override on every tenth brief, and one whose brief is gone (an orphan, kept).
	const events = briefs
		.filter((_, i) => i % 10 === 0)
		.map((b, i) => ({ k: "hide" as const, target: targetOfItem(b, b.events[0].id, "event"), t: i + 1 }));
	events.push({
		k: "hide",
		target: { brief: "Gone.md", item: "e:x:0", kind: "event", text: "A sentence that is nowhere." },
		t: 0,
	});
	return { briefs, overrides: replayOverrides([{ device: "d", text: logText("d", events) }]).overrides };
}

/** The plugin's life: the first pass, then a settings change re-reads the vault (clear, every brief again). */
function reread(v: { briefs: Brief[]; overrides: Override[] }): number {
	const index = new CuratedIndex();
	index.setOverrides(v.overrides);
	const pass = () => {
		index.batch(() => {
			for (const b of v.briefs) index.upsert(b);
		});
		index.settle();
	};
	pass();
	index.clear();
	pass();
	return index.timeline({}).length + index.curation().orphans.length;
}

describe("CuratedIndex growth", () => {
	test("the first pass and a re-read of every brief (a reindex) do linear work, orphans and all", () => {
		const small = vault(10);
		// 10 events, one hidden; the override of the brief that is gone is listed as an orphan.
		expect(reread(small)).toBe(9 + 1);
		expectLinearGrowth({ make: vault, run: reread, n: 200, label: "CuratedIndex reread" });
	});
});
