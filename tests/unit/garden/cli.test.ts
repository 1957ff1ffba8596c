import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCheck } from "../../../src/cli/check";
import { runGarden } from "../../../src/cli/garden";
import type { CliIO } from "../../../src/cli/io";

const VAULT = new URL("../../../examples/vault", import.meta.url).pathname;
const TODAY = new Date("2026-11-28T12:00:00Z");

function io() {
	const out: string[] = [];
	const err: string[] = [];
	const cli: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
	return { cli, out, err };
}

/** Pages in a folder (the manifest and the trash left out). */
function files(dir: string, base = dir): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.name !== ".trash" && d.name !== ".study-briefs-pages.json")
		.flatMap((d) => (d.isDirectory() ? files(join(dir, d.name), base) : [join(dir, d.name).slice(base.length + 1)]))
		.sort();
}

const dirs: string[] = [];
function tmp(): string {
	const d = mkdtempSync(join(tmpdir(), "sb-garden-"));
	dirs.push(d);
	return d;
}
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("study-briefs garden", () => {
	it("writes the pages into --out only, then writes nothing on a second run", async () => {
		const out = join(tmp(), "site");
		const a = io();
		expect(await runGarden(VAULT, { out, dryRun: false, today: TODAY }, a.cli)).toBe(0);
		expect(files(out)).toEqual([
			"Key quotes.md",
			"Quizzes/La Première Guerre mondiale - quiz.md",
			"Quizzes/Stalin's Great Purges - quiz.md",
			"Quizzes/The Fall of the Republic - quiz.md",
			"Quizzes/The Punic Wars - quiz.md",
			"Quizzes/The Russian Revolution of 1917 - quiz.md",
			"Quizzes/US Recognition of the Soviet Union - quiz.md",
			"Study pages.md",
			"Timeline axis.svg",
			"Timeline.md",
		]);
		expect(a.out.at(-1)).toMatch(
			/^6 published briefs -> 10 pages in .*: 10 written, 0 unchanged, 0 refused, 0 moved to the trash/,
		);
		expect(
			Object.keys(JSON.parse(readFileSync(join(out, ".study-briefs-pages.json"), "utf8")).pages as object),
		).toHaveLength(10);
		const all = files(out)
			.map((f) => readFileSync(join(out, f), "utf8"))
			.join("\n");
		// The example vault's drafts and reading notes are not published: none of their words appear.
		for (const draft of ["Purges reading notes", "Unfinished brief"]) expect(all).not.toContain(`[[${draft}`);
		const b = io();
		expect(await runGarden(VAULT, { out, dryRun: false, today: TODAY }, b.cli)).toBe(0);
		expect(b.out).toHaveLength(1);
		expect(b.out[0]).toMatch(/0 written, 10 unchanged/);
	});

	it("--dry-run prints what would change and writes nothing", async () => {
		const out = join(tmp(), "site");
		const a = io();
		expect(await runGarden(VAULT, { out, dryRun: true, today: TODAY }, a.cli)).toBe(0);
		expect(existsSync(out)).toBe(false);
		expect(a.out).toContain("  would write Timeline.md (new)");
		expect(a.out.at(-1)).toMatch(/^Dry run: .* 10 to write, 0 unchanged/);
	});

	it("never overwrites a file without the marker: refused, not linked from the index, exit 1 (G3)", async () => {
		const out = tmp();
		writeFileSync(join(out, "Timeline.md"), "# My own timeline\n");
		writeFileSync(join(out, "Old brief - quiz.md"), "---\nstudy-briefs-generated: true\n---\nold\n");
		writeFileSync(join(out, "Notes.md"), "mine\n");
		const a = io();
		expect(await runGarden(VAULT, { out, dryRun: false, today: TODAY }, a.cli)).toBe(1);
		expect(readFileSync(join(out, "Timeline.md"), "utf8")).toBe("# My own timeline\n");
		expect(a.err.join("\n")).toContain(
			"not written: Timeline.md: a note without the generated marker has this name",
		);
		// A marked file this tool did not write here is never removed (M4).
		expect(readFileSync(join(out, "Old brief - quiz.md"), "utf8")).toContain("old");
		expect(a.out.join("\n")).toContain("kept Old brief - quiz.md: no published brief produces it any more");
		expect(readFileSync(join(out, "Notes.md"), "utf8")).toBe("mine\n");
		// Timeline.md is refused, so its axis image is not made either.
		expect(a.out.at(-1)).toMatch(/8 pages in .*: 8 written, 0 unchanged, 1 refused, 0 moved to the trash, 1 kept/);
		const index = readFileSync(join(out, "Study pages.md"), "utf8");
		expect(index).not.toContain("[[Timeline");
		expect(index).toContain("[[Key quotes]]");
		// Dry run reports the refusal with the same exit code.
		expect(await runGarden(VAULT, { out, dryRun: true, today: TODAY }, io().cli)).toBe(1);
	});

	it("uses the plugin's settings saved in the vault (publish key, Mermaid, per-course pages)", async () => {
		const v = tmp();
		mkdirSync(join(v, ".obsidian/plugins/study-briefs"), { recursive: true });
		writeFileSync(
			join(v, ".obsidian/plugins/study-briefs/data.json"),
			JSON.stringify({
				gardenPublishKey: "publish",
				extraPublishKeys: ["publish"],
				gardenMermaid: true,
				gardenPerCourse: true,
			}),
		);
		mkdirSync(join(v, "Rome"));
		writeFileSync(
			join(v, "Rome/Caesar.md"),
			"---\npublish: true\n---\n# Caesar\n\n- **Rubicon:** Caesar crossed the Rubicon in January 49 BC.\n",
		);
		const out = join(tmp(), "site");
		expect(await runGarden(v, { out, dryRun: false, today: TODAY }, io().cli)).toBe(0);
		const timeline = readFileSync(join(out, "Timeline.md"), "utf8");
		expect(timeline.startsWith("---\npublish: true\nstudy-briefs-generated: true\n")).toBe(true);
		expect(timeline).toContain("```mermaid\ntimeline\n");
		expect(files(out)).toContain("Courses/Rome - timeline.md");
	});

	it("--out that is a file cannot do its job: exit 1", async () => {
		const file = join(tmp(), "x.md");
		writeFileSync(file, "x");
		const a = io();
		expect(await runGarden(VAULT, { out: file, dryRun: false, today: TODAY }, a.cli)).toBe(1);
		expect(a.err[0]).toContain("--out is not a folder");
	});
});

describe("study-briefs check", () => {
	it("reports the unpublished link of the example vault, as text and as JSON; exit 1 for its error-level problem", async () => {
		const a = io();
		expect(await runCheck(VAULT, { json: false }, a.cli)).toBe(1);
		expect(a.out.join("\n")).toContain("check failed: 0 embedded unpublished notes, 1 error-level problems.");
		const text = a.out.join("\n");
		expect(text).toContain(
			"unpublished           [[Purges reading notes]] -> Drafts/Purges reading notes.md  (not published: a dead link in the garden)",
		);
		expect(text).toContain("Links: 5 published, 0 hidden, 1 unpublished, 0 embedded-unpublished, 0 missing");
		const b = io();
		expect(await runCheck(VAULT, { json: true }, b.cli)).toBe(1);
		const json = JSON.parse(b.out.join("\n")) as {
			links: { target: string; status: string; line: number; brief: string }[];
			problems: unknown[];
		};
		expect(json.links.find((l) => l.status === "unpublished")).toEqual({
			brief: "Russian History/Stalin's Great Purges.md",
			line: 28,
			target: "Purges reading notes",
			embed: false,
			status: "unpublished",
			path: "Drafts/Purges reading notes.md",
		});
		expect(json.problems).toHaveLength(1);
	});

	it("embedded-unpublished (also through a published embed), hidden and missing links in a vault of its own", async () => {
		const v = tmp();
		writeFileSync(
			join(v, "Brief.md"),
			"---\ndg-publish: true\n---\n# Brief\n![[Private]] and [[Hidden]] and [[Gone]] and ![[pic.png]]\n",
		);
		writeFileSync(join(v, "Private.md"), "secret\n");
		writeFileSync(join(v, "Hidden.md"), "---\ndg-publish: true\ndg-hide: true\n---\nx\n");
		writeFileSync(join(v, "pic.png"), "png");
		writeFileSync(join(v, "Shared.md"), "---\ndg-publish: true\n---\n![[Deep secret]]\n");
		writeFileSync(join(v, "Deep secret.md"), "secret\n");
		writeFileSync(join(v, "Brief 2.md"), "---\ndg-publish: true\n---\n# Two\n![[Shared]]\n");
		const a = io();
		expect(await runCheck(v, { json: true }, a.cli)).toBe(1);
		const json = JSON.parse(a.out.join("\n")) as {
			links: { brief: string; target: string; status: string; path: string; via?: string[] }[];
			embeddedUnpublished: unknown[];
		};
		expect(json.embeddedUnpublished).toEqual([
			{ brief: "Brief 2.md", note: "Deep secret.md", via: ["Shared.md"] },
			{ brief: "Brief.md", note: "Private.md" },
			{ brief: "Shared.md", note: "Deep secret.md" },
		]);
		expect(json.links.map((l) => [l.brief, l.target, l.status, l.path, l.via])).toEqual([
			["Brief 2.md", "Shared", "published", "Shared.md", undefined],
			["Brief 2.md", "Shared", "embedded-unpublished", "Deep secret.md", ["Shared.md"]],
			["Brief.md", "Private", "embedded-unpublished", "Private.md", undefined],
			["Brief.md", "Hidden", "hidden", "Hidden.md", undefined],
			["Brief.md", "Gone", "missing", null, undefined],
			["Brief.md", "pic.png", "published", "pic.png", undefined],
			["Shared.md", "Deep secret", "embedded-unpublished", "Deep secret.md", undefined],
		]);
		const b = io();
		expect(await runCheck(v, { json: false }, b.cli)).toBe(1);
		expect(b.out.join("\n")).toContain(
			"Brief 2.md embeds Deep secret.md (through Shared.md), which is not published",
		);
		expect(b.out.join("\n")).toContain(
			"embedded-unpublished  ![[Shared]] -> Shared.md -> Deep secret.md  (WARNING: embedded but not published",
		);
	});
});
