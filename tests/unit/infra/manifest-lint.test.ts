/**
 * `npm run lint` checks manifest.json with Obsidian's manifest rule (eslint.config.mjs): the real manifest
 * passes, and a deliberately broken copy fails with the errors a plugin reviewer would give.
 * Uses ESLint's Node API with the project's own config (lintText with the manifest's file path).
 */
import { readFileSync } from "node:fs";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const MANIFEST = `${process.cwd()}/manifest.json`;
let eslint: ESLint;

async function lintManifest(text: string): Promise<{ rule: string | null; message: string; severity: number }[]> {
	const [result] = await eslint.lintText(text, { filePath: MANIFEST });
	return result.messages.map((m) => ({ rule: m.ruleId, message: m.message, severity: m.severity }));
}

function manifestWith(change: (m: Record<string, unknown>) => void): string {
	const m = JSON.parse(readFileSync(MANIFEST, "utf8")) as Record<string, unknown>;
	change(m);
	return `${JSON.stringify(m, null, 2)}\n`;
}

beforeAll(() => {
	eslint = new ESLint({ cwd: process.cwd() });
});

describe("manifest.json is linted with Obsidian's manifest rules", () => {
	it("is not ignored by the lint config, and the real manifest passes", async () => {
		expect(await eslint.isPathIgnored(MANIFEST)).toBe(false);
		const config = (await eslint.calculateConfigForFile(MANIFEST)) as { rules?: Record<string, unknown> };
		expect(config.rules?.["obsidianmd/validate-manifest"]).toEqual([2]);
		expect(await lintManifest(readFileSync(MANIFEST, "utf8"))).toEqual([]);
	});

	it("a broken manifest fails: forbidden word in the id, bad description, unknown key, missing key, wrong type", async () => {
		const broken = manifestWith((m) => {
			m.id = "obsidian-study";
			m.description = "timeline, quotes and quizzes 🎉";
			m.bogus = "x";
			delete m.author;
			m.isDesktopOnly = "no";
		});
		const messages = await lintManifest(broken);
		expect(messages.every((m) => m.rule === "obsidianmd/validate-manifest" && m.severity === 2)).toBe(true);
		const text = messages.map((m) => m.message).join("\n");
		expect(text).toContain("The 'id' property cannot contain 'obsidian'");
		expect(text).toContain("The 'description' property should be concise");
		expect(text).toContain("The 'bogus' property is not allowed");
		expect(text).toContain("missing the required 'author' property");
		expect(text).toContain("The 'isDesktopOnly' property must be of type 'boolean'");
		expect(messages).toHaveLength(5);
	});

	it("a manifest that is not one JSON object fails", async () => {
		const messages = await lintManifest("[]\n");
		expect(messages.map((m) => m.rule)).toEqual(["obsidianmd/validate-manifest"]);
		expect(messages[0].message).toMatch(/single JSON object/);
	});
});
