/**
 * The layer rules in eslint.config.mjs fire: layers run main -> ui -> obsidian -> core, src/core imports
 * nothing outside src/core (settings.ts included) and no package but chrono-node and ts-fsrs, core/index does
 * not reach into core/garden, and src/obsidian never imports src/ui. ESLint's Node API with the project's own
 * config: in-memory code linted as if it were a real file at that path (lintText with filePath).
 */
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

let eslint: ESLint;

beforeAll(() => {
	// Only the import rule, parsed without type information (the typed rules are not under test here).
	eslint = new ESLint({
		cwd: process.cwd(),
		ruleFilter: ({ ruleId }) => ruleId === "no-restricted-imports",
		overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
	});
});

/** The no-restricted-imports messages for `code` linted as the file at `path`. */
async function importErrors(path: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: `${process.cwd()}/${path}` });
	const fatal = result.messages.filter((m) => m.fatal);
	expect(fatal, "the probe must parse").toEqual([]);
	return result.messages
		.filter((m) => m.ruleId === "no-restricted-imports" && m.severity === 2)
		.map((m) => m.message);
}

describe("src/core imports nothing outside src/core", () => {
	it.each([
		["src/core/model.ts", 'import type { Settings } from "../settings";\nexport type S = Settings;\n'],
		[
			"src/core/brief/sections.ts",
			'import { DEFAULT_SETTINGS } from "../../settings";\nexport const D = DEFAULT_SETTINGS;\n',
		],
		[
			"src/core/quiz/kinds/terms.ts",
			'import { DEFAULT_SETTINGS } from "../../../settings";\nexport const D = DEFAULT_SETTINGS;\n',
		],
		["src/core/brief/types.ts", 'export { DEFAULT_SETTINGS } from "../../settings";\n'],
		[
			"src/core/review/log.ts",
			'import StudyBriefsPlugin from "../../main";\nexport const P = StudyBriefsPlugin;\n',
		],
	])("%s importing settings.ts or main.ts fails", async (path, code) => {
		const errors = await importErrors(path, code);
		expect(errors.some((m) => m.includes("src/core imports nothing outside src/core"))).toBe(true);
	});

	it("a package other than chrono-node and ts-fsrs fails; those two and core's own files pass", async () => {
		expect(
			await importErrors(
				"src/core/brief/sections.ts",
				'import { load } from "some-yaml-lib";\nexport const L = load;\n',
			),
		).toEqual([expect.stringContaining("only packages are chrono-node and ts-fsrs")]);
		const fine = [
			'import * as chrono from "chrono-node/en";',
			'import { fsrs } from "ts-fsrs";',
			'import type { Brief } from "../model";',
			'import { parseBrief } from "../brief";',
			'import type { ScanLine } from "./types";',
			"export const X = [chrono, fsrs, parseBrief] as const;",
			"export type B = Brief | ScanLine;",
		].join("\n");
		expect(await importErrors("src/core/brief/sections.ts", `${fine}\n`)).toEqual([]);
		expect(
			await importErrors(
				"src/core/quiz/kinds/terms.ts",
				'import type { Brief } from "../../model";\nexport type B = Brief;\n',
			),
		).toEqual([]);
	});

	it("core/index must not import core/garden", async () => {
		const errors = await importErrors(
			"src/core/index/candidate.ts",
			'import { isGeneratedFrontmatter } from "../garden/frontmatter";\nexport const G = isGeneratedFrontmatter;\n',
		);
		expect(errors).toEqual([expect.stringContaining("src/core/index must not import src/core/garden")]);
		expect(
			await importErrors(
				"src/core/index/candidate.ts",
				'import { isGeneratedFrontmatter } from "../brief/generated";\nexport const G = isGeneratedFrontmatter;\n',
			),
		).toEqual([]);
	});
});

describe("src/obsidian imports nothing from src/ui", () => {
	it.each([
		['import { copyText } from "../ui/clipboard";\nexport const C = copyText;\n'],
		['import type { StudyHost } from "../ui/host";\nexport type H = StudyHost;\n'],
		['export { QuizView } from "../ui/quiz/view";\n'],
	])("%s fails", async (code) => {
		const errors = await importErrors("src/obsidian/commands.ts", code);
		expect(errors).toEqual([expect.stringContaining("src/obsidian must not import src/ui")]);
	});

	it("src/ui may import src/obsidian (the layers run down), and src/obsidian may import core", async () => {
		expect(
			await importErrors(
				"src/ui/quiz/view.ts",
				'import type { OpenMode } from "../../obsidian/open-source";\nexport type M = OpenMode;\n',
			),
		).toEqual([]);
		expect(
			await importErrors(
				"src/obsidian/commands.ts",
				'import type { QuizScope } from "../core/quiz/quiz-set";\nexport type S = QuizScope;\n',
			),
		).toEqual([]);
	});

	it("the plugin's own rule still holds in src/obsidian: no CLI, no js-yaml", async () => {
		expect(
			await importErrors("src/obsidian/commands.ts", 'import { load } from "js-yaml";\nexport const L = load;\n'),
		).toEqual([expect.stringContaining("keep js-yaml in src/cli")]);
		expect(
			await importErrors(
				"src/obsidian/commands.ts",
				'import { main } from "../cli/index";\nexport const M = main;\n',
			),
		).toEqual([expect.stringContaining("must not bundle the CLI")]);
	});
});
