/** Issue 20: the CLI reads the curation logs the plugin writes (beside the review logs) and honours them. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { CURATION_HEADER, serializeOverride, targetOfItem } from "../../../src/core/overrides";
import type { OverrideBody } from "../../../src/core/overrides";
import { run, tempVault } from "./support";

const NOTE = `---
dg-publish: true
---
# Revolution

- The February Revolution began in Petrograd in March 1914 with bread riots and strikes.
- Lenin returned to Russia from exile in Switzerland in April 1917 aboard a sealed train.
- The regiment lost many men in the fighting around the city, the report says.

## Key quotes

> "Peace, land and bread."

> "All power to the Soviets." — Lenin
`;

describe("CLI honours the overrides", () => {
	let v: ReturnType<typeof tempVault>;
	beforeAll(() => {
		const b = parseBrief({ path: "Revolution.md", text: NOTE }, { publishKeys: ["dg-publish"] });
		const [feb, lenin] = b.events;
		const [bread, power] = b.quotes;
		const t = 1_700_000_000_000;
		const phone: OverrideBody[] = [
			{ k: "date", target: targetOfItem(b, feb.id, "event"), date: "March 1917", t, id: "p1" },
			{ k: "hide", target: targetOfItem(b, power.id, "quote"), t: t + 1, id: "p2" },
		];
		const laptop: OverrideBody[] = [
			{ k: "hide", target: targetOfItem(b, lenin.id, "event"), t: t + 2, id: "l1" },
			{ k: "speaker", target: targetOfItem(b, bread.id, "quote"), speaker: "Lenin", t: t + 3, id: "l2" },
			{
				k: "add",
				brief: b.id,
				line: 7,
				text: "The regiment lost many men in the fighting around the city.",
				date: "1916",
				label: "Losses",
				t: t + 4,
				id: "l3",
			},
			{ k: "undo", of: "l1", t: t + 5, id: "l4" },
			{ k: "hide", target: targetOfItem(b, lenin.id, "event"), t: t + 6, id: "l5" },
		];
		const log = (events: OverrideBody[]) => CURATION_HEADER + events.map(serializeOverride).join("\n") + "\n";
		v = tempVault({
			"Revolution.md": NOTE,
			"Study Briefs/curation/phone1234.md": log(phone),
			"Study Briefs/curation/laptop99.md": log(laptop),
		});
	});
	afterAll(() => v.cleanup());

	it("timeline: hidden event gone, date corrected, added event in", async () => {
		const json = JSON.parse((await run(["timeline", v.dir, "--json"])).out);
		const events = json.events as Array<{ text: string; date: { label: string }; label?: string }>;
		expect(events.map((e) => e.date.label)).toEqual(["1916", "Mar 1917"]);
		expect(events.map((e) => e.text)).toEqual([
			"The regiment lost many men in the fighting around the city.",
			"The February Revolution began in Petrograd in March 1917 with bread riots and strikes.",
		]);
		expect(events[0].label).toBe("Losses");
	});

	it("quotes: hidden quote gone, speaker set", async () => {
		const json = JSON.parse((await run(["quotes", v.dir, "--json"])).out);
		expect(json.quotes.map((q: { text: string; speaker?: string }) => [q.text, q.speaker])).toEqual([
			["Peace, land and bread.", "Lenin"],
		]);
	});

	it("quiz: the corrected date is asked, never the wrong one", async () => {
		const json = JSON.parse(
			(await run(["quiz", "Revolution.md", "--vault", v.dir, "--json", "--count", "20", "--seed", "4"])).out,
		);
		const answers = (json.questions as Array<{ answer: string }>).map((q) => q.answer);
		expect(answers.some((a) => a.includes("1914"))).toBe(false);
		expect(answers.some((a) => a.includes("1917"))).toBe(true);
	});
});
