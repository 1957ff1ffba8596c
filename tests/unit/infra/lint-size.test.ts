/**
 * The size rules in eslint.config.mjs fire (issue 15): a file in src over 300 lines of code, or a function
 * over 80, fails lint; the interface catalogues (data) are exempt from the file size.
 */
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

let eslint: ESLint;

beforeAll(() => {
	eslint = new ESLint({
		cwd: process.cwd(),
		ruleFilter: ({ ruleId }) => ruleId === "max-lines" || ruleId === "max-lines-per-function",
		overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
	});
});

async function sizeErrors(path: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: `${process.cwd()}/${path}` });
	expect(result.messages.filter((m) => m.fatal)).toEqual([]);
	return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? "");
}

const statements = (n: number) => Array.from({ length: n }, (_, i) => `\tx += ${i};`).join("\n");
const fn = (name: string, n: number) =>
	`export function ${name}(): number {\n\tlet x = 0;\n${statements(n)}\n\treturn x;\n}\n`;

describe("size rules", () => {
	it("a function of 83 lines fails, one of 80 passes", async () => {
		expect(await sizeErrors("src/core/probe.ts", fn("long", 79))).toEqual(["max-lines-per-function"]);
		expect(await sizeErrors("src/core/probe.ts", fn("short", 76))).toEqual([]);
	});

	it("a file of more than 300 lines of code fails; blank and comment lines do not count", async () => {
		const big = [0, 1, 2, 3].map((i) => fn(`f${i}`, 74)).join("\n");
		expect(await sizeErrors("src/ui/probe.ts", big)).toEqual(["max-lines"]);
		const commented = [0, 1, 2].map((i) => `/** f${i}. */\n\n${fn(`f${i}`, 74)}`).join("\n\n\n");
		expect(await sizeErrors("src/ui/probe.ts", commented)).toEqual([]);
	});

	it("the interface catalogues are data: exempt from the file size", async () => {
		const catalogue = `export const FR: Record<string, string> = {\n${Array.from({ length: 400 }, (_, i) => `\t"k${i}": "v${i}",`).join("\n")}\n};\n`;
		expect(await sizeErrors("src/obsidian/i18n/fr.ts", catalogue)).toEqual([]);
		expect(await sizeErrors("src/ui/probe.ts", catalogue)).toEqual(["max-lines"]);
	});
});
