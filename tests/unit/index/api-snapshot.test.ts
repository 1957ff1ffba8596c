import { describe, expect, it } from "vitest";
import { BriefIndex } from "../../../src/core/index/brief-index";
import { createPublicApi } from "../../../src/obsidian/api";
import { histDate, makeBrief, syntheticBriefs } from "../../browser/helpers/events";

describe("public API: eventsSnapshot", () => {
	it("gives the same events as events(), without a copy, and stays as it was after an edit", () => {
		const index = new BriefIndex();
		index.batch(() => {
			for (const b of syntheticBriefs(3000, { seed: 2 })) index.upsert(b);
		});
		const api = createPublicApi(index);
		const snap = api.eventsSnapshot();
		const flat = api.events();
		expect(snap.length).toBe(flat.length);
		expect(snap.slice(100, 110)).toEqual(flat.slice(100, 110));
		expect(snap.at(-1)).toBe(flat.at(-1));
		expect([...snap].every((e, i) => e === flat[i])).toBe(true);
		expect(api.eventsSnapshot()).toBe(snap); // the same object until the index changes
		index.upsert(makeBrief("New/Note.md", "New", [{ date: histDate({ year: -5000 }), text: "Earliest of all." }]));
		expect(snap.length).toBe(flat.length);
		expect(snap.at(0)).toBe(flat[0]);
		const after = api.eventsSnapshot();
		expect(after.length).toBe(flat.length + 1);
		expect(after.at(0)?.text).toBe("Earliest of all.");
		const filtered = api.eventsSnapshot({ folder: "New" });
		expect(filtered.length).toBe(1);
	});
});
