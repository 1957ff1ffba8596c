/**
 * Card export (L8 of issue 14): overwrites only its own earlier export of the same brief (the generated
 * marker); a user's file with that name, or another brief's export with the same title, is left alone and
 * the export takes the next free name.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { exportOwner, markExport } from "../../src/core/quiz/export-file";
import type { Question } from "../../src/core/quiz/types";
import { exportCards } from "../../src/obsidian/exports";
import { noticeLog } from "../shims/obsidian";
import { createFakeApp } from "../shims/fake-app";

function cards(briefPath: string, answer = "1917"): Question[] {
	return [
		{
			id: `${briefPath}:q`,
			kind: "date-choice",
			prompt: "When did the revolution come?",
			options: ["1905", answer],
			answer,
			itemId: "e1",
			briefPath,
			source: { path: briefPath, line: 3 },
		},
	];
}

const DIR = "Study Briefs/reviews/exports";

function setup(files: Record<string, string> = {}) {
	const app = createFakeApp({ files });
	Object.assign(app.vault, { createFolder: async () => undefined });
	return app;
}

describe("exportCards", () => {
	beforeEach(() => {
		noticeLog.length = 0;
	});

	for (const format of ["anki", "sr"] as const) {
		const name = format === "anki" ? "Russia - Anki.tsv" : "Russia - flashcards.md";

		it(`${format}: never overwrites a user's file; takes the next free name`, async () => {
			const mine = "my own cards\n";
			const app = setup({ [`${DIR}/${name}`]: mine });
			const path = await exportCards(
				app as never,
				"Study Briefs/reviews",
				"Russia",
				cards("History/Russia.md"),
				format,
			);
			expect(app.vault.textOf(`${DIR}/${name}`)).toBe(mine);
			expect(path).toBe(`${DIR}/${name.replace("Russia", "Russia (2)")}`);
			expect(exportOwner(app.vault.textOf(path!)!, format)).toBe("History/Russia.md");
		});

		it(`${format}: overwrites its own export of the same brief; another brief with the same title gets its own file`, async () => {
			const app = setup();
			const first = await exportCards(
				app as never,
				"Study Briefs/reviews",
				"Russia",
				cards("History/Russia.md"),
				format,
			);
			expect(first).toBe(`${DIR}/${name}`);
			const again = await exportCards(
				app as never,
				"Study Briefs/reviews",
				"Russia",
				cards("History/Russia.md", "1918"),
				format,
			);
			expect(again).toBe(first);
			expect(app.vault.textOf(first!)).toContain("1918");
			const other = await exportCards(
				app as never,
				"Study Briefs/reviews",
				"Russia",
				cards("Other/Russia.md"),
				format,
			);
			expect(other).toBe(`${DIR}/${name.replace("Russia", "Russia (2)")}`);
			expect(app.vault.textOf(first!)).toContain("1918");
		});
	}

	it("the marker: Anki's own headers stay first; a Spaced Repetition note gets front-matter", () => {
		const tsv = markExport("#separator:tab\n#html:true\nQ\tA\n", "anki", "a.md");
		expect(tsv.split("\n").slice(0, 4)).toEqual([
			"#separator:tab",
			"#html:true",
			"# study-briefs-generated: true",
			'# study-briefs-brief: "a.md"',
		]);
		expect(exportOwner(tsv, "anki")).toBe("a.md");
		expect(exportOwner("#separator:tab\nQ\tA\n", "anki")).toBeNull();
		const sr = markExport("# Title\n\nq::a\n", "sr", "b.md");
		expect(sr.startsWith('---\nstudy-briefs-generated: true\nstudy-briefs-brief: "b.md"\n---\n# Title')).toBe(true);
		expect(exportOwner(sr, "sr")).toBe("b.md");
		expect(exportOwner("---\ntags: x\n---\nq::a", "sr")).toBeNull();
	});
});
