import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { buildGardenPages } from "../../../src/core/garden";
import { groupLabel } from "../../../src/core/garden/chrono";
import { GARDEN_MESSAGES, sharedPageLang } from "../../../src/core/garden/messages";
import { generateQuiz } from "../../../src/core/quiz";
import type { GardenInput } from "../../../src/core/garden/types";
import type { Brief } from "../../../src/core/model";

const FR_PATH = "Histoire/La Première Guerre mondiale.md";
const fr = parseBrief({ path: FR_PATH, text: readFileSync(`examples/vault/${FR_PATH}`, "utf8") });
const en = parseBrief({
	path: "Rome/Punic.md",
	text: readFileSync("examples/vault/Roman Republic/The Punic Wars.md", "utf8"),
});

function input(briefs: Brief[], lang?: GardenInput["options"]["lang"]): GardenInput {
	return {
		briefs,
		notes: briefs.map((b) => ({ path: b.path, exists: true, publish: true, hidden: false })),
		options: { folder: "Study pages", publishKey: "dg-publish", lang },
		resolveLink: () => null,
		quizFor: (b) => generateQuiz(b, { seed: 1, today: { year: 2026, month: 12, day: 4 } }),
	};
}

function page(pages: { path: string; content: string }[], path: string): string {
	return pages.find((p) => p.path === path)?.content ?? "";
}

describe("garden pages in the briefs' language", () => {
	it("a French vault: French headings and labels, English file names", () => {
		const pages = buildGardenPages(input([fr]));
		expect(page(pages, "Study pages/Study pages.md")).toContain("# Pages d'étude");
		expect(page(pages, "Study pages/Study pages.md")).toContain(
			"| Fiche | Cours | Événements | Citations | Quiz |",
		);
		expect(page(pages, "Study pages/Timeline.md")).toContain("# Chronologie");
		expect(page(pages, "Study pages/Key quotes.md")).toContain("# Citations clés");
		const quiz = page(pages, "Study pages/Quizzes/La Première Guerre mondiale - quiz.md");
		expect(quiz).toContain("# Quiz : La Première Guerre mondiale, 1914–1918");
		expect(quiz).toContain("> > [!success]- Réponse");
		expect(quiz).toContain("Associez chaque terme à sa définition.");
		expect(quiz).not.toMatch(/Self-test|Answer|Each question/);
	});
	it("a mixed vault: shared pages follow the most common language, each quiz page its brief's", () => {
		const pages = buildGardenPages(input([fr, en, { ...en, path: "Rome/Other.md", id: "Rome/Other.md" }]));
		expect(page(pages, "Study pages/Timeline.md")).toContain("# Timeline");
		expect(page(pages, "Study pages/Quizzes/La Première Guerre mondiale - quiz.md")).toContain(
			"> > [!success]- Réponse",
		);
		expect(page(pages, "Study pages/Quizzes/Punic - quiz.md")).toContain("> > [!success]- Answer");
	});
	it("a set language wins", () => {
		const pages = buildGardenPages(input([fr, en], "de"));
		expect(page(pages, "Study pages/Timeline.md")).toContain("# Zeitleiste");
		expect(page(pages, "Study pages/Quizzes/Punic - quiz.md")).toContain("> > [!success]- Lösung");
	});
	it("an English vault is unchanged", () => {
		const pages = buildGardenPages(input([en]));
		expect(page(pages, "Study pages/Study pages.md")).toContain("| Brief | Course | Events | Quotes | Quiz |");
		expect(sharedPageLang([fr, en], "auto")).toBe("en");
	});
});

describe("period headings", () => {
	it.each([
		[1850, "century", "fr", "XIXe siècle"],
		[150, "century", "fr", "IIe siècle"],
		[50, "century", "fr", "Ier siècle"],
		[1850, "century", "de", "19. Jahrhundert"],
		[1850, "century", "es", "siglo XIX"],
		[1850, "century", "pt", "século XIX"],
		[1850, "century", "it", "XIX secolo"],
		[1934, "decade", "fr", "années 1930"],
		[1934, "decade", "de", "1930er Jahre"],
		[1934, "decade", "es", "años 1930"],
		[-43, "year", "fr", "44 av. J.-C."],
		[-263, "century", "de", "3. Jahrhundert v. Chr."],
		[1914, "year", "it", "1914"],
		[1850, "century", "en", "19th century"],
	] as const)("%i by %s in %s: %s", (year, g, lang, label) => {
		expect(groupLabel(year, g, lang)).toBe(label);
	});
	it("every catalogue has every word", () => {
		const keys = Object.keys(GARDEN_MESSAGES.en).sort();
		for (const m of Object.values(GARDEN_MESSAGES)) expect(Object.keys(m).sort()).toEqual(keys);
	});
});
