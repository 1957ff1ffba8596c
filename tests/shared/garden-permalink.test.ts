/** The shared seed brief's permalink is Digital Garden's own output: our slugs must give exactly it. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gardenUrl, gardenSlug, slugPath } from "../../src/core/garden";
import { SEED_BRIEF } from "../shims/test-paths";

const SEED_VAULT_PATH =
	"Network School/Lectures, Quizzes and References/Briefs, Timelines and Study Guides/Russian History/Russian History II/Russian History II - US Recognition of Soviet Union Brief.md";

function seedPermalink(): string {
	const text = readFileSync(SEED_BRIEF, "utf8");
	const json = text.split("\n")[1];
	return (JSON.parse(json) as { permalink: string }).permalink;
}

describe("gardenUrl on the seed brief", () => {
	it("slugifies the seed brief's file name and vault path exactly as Digital Garden did", () => {
		expect(gardenSlug("Russian History II - US Recognition of Soviet Union Brief")).toBe(
			"russian-history-ii-us-recognition-of-soviet-union-brief",
		);
		expect(slugPath(SEED_VAULT_PATH)).toBe(seedPermalink());
		expect(gardenUrl({}, "https://garden.example.org/", SEED_VAULT_PATH)).toBe(
			`https://garden.example.org${seedPermalink()}`,
		);
	});

	it("uses the seed brief's permalink when it has one", () => {
		const permalink = seedPermalink();
		expect(gardenUrl({ permalink }, "garden.example.org", "anything.md")).toBe(
			`https://garden.example.org${permalink}`,
		);
	});
});
