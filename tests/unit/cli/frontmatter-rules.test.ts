/**
 * Issue 14 M5 and L3: front-matter is read exactly as Obsidian reads it (the opener and closer lines are exactly
 * `---`; a repeated key makes the block invalid), by core and by the CLI alike, and only keys the note itself
 * wrote count (never ones inherited from Object.prototype).
 */
import { load as loadYaml } from "js-yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadVault } from "../../../src/cli/vault";
import { isPublished, parseBrief, permalinkOf, splitFrontmatter, tagsOf } from "../../../src/core/brief";
import { duplicateJsonKey, parseFrontmatter } from "../../../src/core/brief/frontmatter";
import { hasPublishKey, rawHasPublishKey } from "../../../src/core/index/candidate";
import { DEFAULT_SETTINGS } from "../../../src/settings";
import { run, tempVault } from "./support";

/** Notes Obsidian shows without properties (or with invalid ones): none may be published. */
const NOT_PROPERTIES: Record<string, string> = {
	"Yaml lang.md": "---yaml\ndg-publish: true\n---\n# Y\n\nYAML-LANG-SECRET in 1917.\n",
	"Json lang.md": '---json\n{"dg-publish": true}\n---\n# J\n\nJSON-LANG-SECRET in 1917.\n',
	"Trailing space.md": "--- \ndg-publish: true\n---\n# T\n\nTRAILING-SECRET in 1917.\n",
	"Dots closer.md": "---\ndg-publish: true\n...\n# D\n\nDOTS-SECRET in 1917.\n",
	"Duplicate JSON.md": '---\n{"dg-publish": false, "dg-publish": true}\n---\n# Dup\n\nDUP-JSON-SECRET in 1917.\n',
	"Duplicate nested.md":
		'---\n{"dg-publish": true, "meta": {"a": 1, "a": 2}}\n---\n# Dup\n\nDUP-NESTED-SECRET in 1917.\n',
	"Duplicate YAML.md": "---\ndg-publish: false\ndg-publish: true\n---\n# Dup\n\nDUP-YAML-SECRET in 1917.\n",
};

describe("core splits front-matter as Obsidian does", () => {
	it("only an exact --- opener and closer make a block", () => {
		expect(splitFrontmatter("---\na: 1\n---\nbody").raw).toBe("a: 1");
		expect(splitFrontmatter("\uFEFF---\r\na: 1\r\n---\r\nbody").raw).toBe("a: 1");
		for (const opener of ["---yaml", "---json", "---js", "--- ", "---\t"]) {
			expect(splitFrontmatter(`${opener}\na: 1\n---\nbody`).raw).toBeNull();
		}
		const dots = splitFrontmatter("---\na: 1\n...\nbody");
		expect(dots.raw).toBeNull();
		expect(dots.problem?.message).toMatch(/not closed/);
	});

	it("a repeated key in JSON front-matter is invalid (Obsidian reads it as YAML), at any depth", () => {
		const dup = parseFrontmatter('{"dg-publish": false,\n "dg-publish": true}', "json");
		expect(dup.data).toBeNull();
		expect(dup.problem).toMatchObject({
			line: 2,
			message: 'front-matter is not valid JSON: duplicate key "dg-publish"',
		});
		expect(duplicateJsonKey('{"a": {"b": 1, "b": 2}}')).toEqual({ key: "b", line: 0 });
		expect(duplicateJsonKey('{"a\\"": 1, "a\\u0022": 2}')).toEqual({ key: 'a"', line: 0 });
		// The same key in sibling objects, in arrays of objects, or as a string value is fine.
		expect(
			duplicateJsonKey(
				'{"a": {"k": 1}, "b": {"k": 2}, "c": [{"k": 1}, {"k": 2}], "d": "k", "e": ["a", "a"], "k": "{\\"x\\": 1, \\"x\\": 2}"}',
			),
		).toBeNull();
		expect(parseFrontmatter('{"dg-publish": true, "tags": ["a", "a"]}', "json").data).toEqual({
			"dg-publish": true,
			tags: ["a", "a"],
		});
	});

	it("the reader publishes none of these notes", () => {
		for (const [path, text] of Object.entries(NOT_PROPERTIES)) {
			expect(parseBrief({ path, text }, { parseYaml: loadYaml }).publish, path).toBe(false);
			// A note without an exact opener is no "maybe" brief for the plugin's indexer either.
			if (!text.startsWith("---\n")) expect(rawHasPublishKey(text, ["dg-publish"], loadYaml), path).toBe(false);
		}
	});
});

describe("the CLI publishes nothing Obsidian would not (M5)", () => {
	let v: ReturnType<typeof tempVault>;
	beforeAll(() => {
		v = tempVault({
			...NOT_PROPERTIES,
			"Real.md": "---\ndg-publish: true\n---\n# Real\n\nThe war began in 1914.\n",
		});
	});
	afterAll(() => v.cleanup());

	it("timeline --all shows only the real brief; the others are reported, none of their text appears", async () => {
		const r = await run(["timeline", v.dir, "--json", "--all"]);
		expect(r.code).toBe(0);
		const json = JSON.parse(r.out);
		expect(json.briefs.map((b: { path: string }) => b.path)).toEqual(["Real.md"]);
		expect(r.out).not.toMatch(/SECRET/);
		const flagged = new Set(json.problems.map((p: { path: string }) => p.path));
		for (const path of Object.keys(NOT_PROPERTIES)) expect(flagged.has(path), path).toBe(true);
		const yaml = json.problems.find((p: { path: string }) => p.path === "Yaml lang.md");
		expect(yaml.message).toMatch(/exactly ---/);
	});
});

describe("only the note's own keys count (L3)", () => {
	const PROTO_KEYS = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"];

	it("isPublished, hasPublishKey, tagsOf and permalinkOf never see inherited members", () => {
		const fm = { title: "x" };
		for (const key of PROTO_KEYS) {
			expect(isPublished(fm, [key]), key).toBe(false);
			expect(hasPublishKey(fm, [key]), key).toBe(false);
		}
		const own = JSON.parse('{"constructor": true}') as Record<string, unknown>;
		expect(isPublished(own, ["constructor"])).toBe(true);
		expect(hasPublishKey({ constructor: "yes" }, ["constructor"])).toBe(true);
		const inherits = Object.create({ tags: ["leak"], permalink: "/leak" }) as Record<string, unknown>;
		expect(tagsOf(inherits)).toEqual([]);
		expect(permalinkOf(inherits)).toBeUndefined();
	});

	it("a vault whose publish key is `constructor` has exactly the briefs that say so", () => {
		const v = tempVault({
			"Plain.md": "---\ntitle: Plain\n---\n# Plain\n\nIn 1914.\n",
			"Marked.md": "---\nconstructor: true\n---\n# Marked\n\nIn 1917.\n",
			".obsidian/plugins/study-briefs/data.json": JSON.stringify({ publishKey: "constructor" }),
		});
		try {
			for (const key of PROTO_KEYS) {
				const vault = loadVault(v.dir, { settings: { ...DEFAULT_SETTINGS, publishKey: key } });
				expect(
					vault.briefs.map((b) => b.path),
					key,
				).toEqual(key === "constructor" ? ["Marked.md"] : []);
			}
			// The vault's own settings are read by default.
			expect(loadVault(v.dir).briefs.map((b) => b.path)).toEqual(["Marked.md"]);
		} finally {
			v.cleanup();
		}
	});
});

describe("duplicateJsonKey on large input", () => {
	it("40,000 keys, 200,000 levels of nesting: answers without recursion, and finds the last key repeated", () => {
		const keys = Array.from({ length: 40_000 }, (_, i) => `"key ${i}": {"k": [${i}, "a\\"b{"]}`);
		expect(duplicateJsonKey(`{${keys.join(",\n")}}`)).toBeNull();
		expect(duplicateJsonKey(`{${keys.join(",\n")},\n"key 0": 1}`)).toEqual({ key: "key 0", line: 40_000 });
		expect(duplicateJsonKey("[".repeat(200_000) + "]".repeat(200_000))).toBeNull();
	});
});
