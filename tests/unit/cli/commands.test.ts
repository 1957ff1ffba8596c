/**
 * Issue 14 (Low) and issue 16's CLI piece: every command reads the vault's plugin settings the same way, text
 * output cannot drive the terminal, counts read "1 brief", `--any-note` reads every Markdown note as a brief
 * and `--json` says why each other file is not one.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, terminalSafe } from "../../../src/cli/terminal-text";
import { brief, hasControl, run, tempVault } from "./support";

describe("plugin settings apply to every command (L5)", () => {
	let v: ReturnType<typeof tempVault>;
	beforeAll(() => {
		v = tempVault({
			"Shared.md":
				"---\npublish: true\n---\n# Shared\n\nThe treaty was signed in 1648.\n\n## Key quotes\n\n> Peace at last.\n",
			"Draft.md": brief("# Draft\n\nIn 1066.", "dg-publish: true"),
			".obsidian/plugins/study-briefs/data.json": JSON.stringify({ publishKey: "publish" }),
		});
	});
	afterAll(() => v.cleanup());

	it("timeline, quotes and problems use the vault's publish key, as garden and check do", async () => {
		const timeline = JSON.parse((await run(["timeline", v.dir, "--json"])).out);
		expect(timeline.briefs.map((b: { path: string }) => b.path)).toEqual(["Shared.md"]);
		expect(timeline.events.map((e: { date: { label: string } }) => e.date.label)).toEqual(["1648"]);
		const quotes = JSON.parse((await run(["quotes", v.dir, "--json"])).out);
		expect(quotes.quotes.map((q: { text: string }) => q.text)).toEqual(["Peace at last."]);
		const problems = JSON.parse((await run(["problems", v.dir, "--json"])).out);
		expect(problems.skipped).toContainEqual({
			path: "Draft.md",
			reason: "no publish key",
			detail: "no publish in its front-matter",
		});
	});

	it("settings that are not JSON are reported and the defaults apply", async () => {
		const bad = tempVault({
			"A.md": brief("# A\n\nIn 1914."),
			".obsidian/plugins/study-briefs/data.json": "{ not json",
		});
		try {
			const json = JSON.parse((await run(["timeline", bad.dir, "--json"])).out);
			expect(json.briefs).toHaveLength(1);
			expect(json.problems).toContainEqual(
				expect.objectContaining({
					path: ".obsidian/plugins/study-briefs/data.json",
					message: expect.stringMatching(/plugin settings not used/),
				}),
			);
		} finally {
			bad.cleanup();
		}
	});

	it("a data.json that is a pipe is not opened (no hang): reported, defaults apply", async () => {
		const piped = tempVault({ "A.md": brief("# A\n\nIn 1914."), ".obsidian/plugins/study-briefs/keep": "" });
		try {
			execFileSync("mkfifo", [join(piped.dir, ".obsidian", "plugins", "study-briefs", "data.json")]);
			const json = JSON.parse((await run(["problems", piped.dir, "--json"])).out);
			expect(json.problems).toContainEqual(
				expect.objectContaining({ message: "plugin settings not used (not a regular file): defaults apply" }),
			);
		} finally {
			piped.cleanup();
		}
	});
});

describe("--any-note and the skipped list (issue 16)", () => {
	let v: ReturnType<typeof tempVault>;
	beforeAll(() => {
		v = tempVault({
			"Brief.md": brief("# Brief\n\nThe war began in 1914."),
			"Draft.md": brief("# Draft\n\nThe wall fell in 1989.", "dg-publish: false"),
			"Plain note.md": "# Plain\n\nThe Bastille fell in 1789.\n",
			"Other props.md": "---\ntags: [history]\n---\n# Props\n\nRome was sacked in 410.\n",
			"Image.png": "png",
			"Broken.md": "---\ndg-publish: [true\n---\n# Broken\n\nIn 1815.\n",
			"Huge.md": brief(`# Huge\n\n${"In 1917 it happened. ".repeat(80)}`),
			".obsidian/plugins/study-briefs/data.json": JSON.stringify({ maxNoteBytes: 1024 }),
		});
	});
	afterAll(() => v.cleanup());

	it("--json lists every file that is not a brief with its reason", async () => {
		const json = JSON.parse((await run(["timeline", v.dir, "--json"])).out);
		expect(json.briefs.map((b: { path: string }) => b.path)).toEqual(["Brief.md"]);
		const reasons = Object.fromEntries(
			json.skipped.map((s: { path: string; reason: string }) => [s.path, s.reason]),
		);
		expect(reasons).toEqual({
			"Broken.md": "unreadable",
			"Draft.md": "not published",
			"Huge.md": "too large",
			"Image.png": "not Markdown",
			"Other props.md": "no publish key",
			"Plain note.md": "no publish key",
		});
		for (const s of json.skipped) if (s.reason !== "not Markdown") expect(s.detail, s.path).toMatch(/\w/);
	});

	it("--any-note reads every readable Markdown note as a brief, front-matter or not", async () => {
		const json = JSON.parse((await run(["timeline", v.dir, "--json", "--any-note"])).out);
		expect(json.briefs.map((b: { path: string }) => b.path)).toEqual([
			"Brief.md",
			"Broken.md",
			"Draft.md",
			"Other props.md",
			"Plain note.md",
		]);
		expect(json.events.map((e: { date: { label: string } }) => e.date.label)).toEqual(
			expect.arrayContaining(["1789", "1914", "1989"]),
		);
		expect(json.skipped.map((s: { reason: string }) => s.reason).sort()).toEqual(["not Markdown", "too large"]);
		const quiz = await run(["quiz", "Plain note.md", "--vault", v.dir, "--json", "--any-note", "--seed", "1"]);
		expect(quiz.code).toBe(0);
		expect(JSON.parse(quiz.out).brief).toBe("Plain note.md");
		const without = await run(["quiz", "Plain note.md", "--vault", v.dir, "--json"]);
		expect(without.code).toBe(1);
		expect(without.err).toMatch(/Plain note\.md is not a brief \(no dg-publish in its front-matter\)/);
	});
});

describe("text output for a terminal (L1, finding 12)", () => {
	let v: ReturnType<typeof tempVault>;
	beforeAll(() => {
		v = tempVault({
			"Esc.md": brief(
				"# Esc \u001b]0;PWNED-TITLE\u0007 \u001b[31mRED \u009b1m\n\nIn 1931 \u001b[2J\u001b[H the screen \u009b31m cleared.\n\n## Key quotes\n\n> Quote \u001b[5m blinking.",
			),
		});
	});
	afterAll(() => v.cleanup());

	it("timeline, quotes and problems print no control character; the text is still there, escaped", async () => {
		for (const command of ["timeline", "quotes", "problems"]) {
			const r = await run([command, v.dir]);
			expect(r.code).toBe(0);
			expect(hasControl(r.out), command).toBe(false);
		}
		const timeline = (await run(["timeline", v.dir])).out;
		expect(timeline).toContain("\\u001b[2J");
		expect(timeline).toContain("PWNED-TITLE\\u0007");
		expect((await run(["quotes", v.dir])).out).toContain("Quote \\u001b[5m blinking.");
	});

	it("JSON printed as lines (check --json) stays valid JSON with the exact text", async () => {
		const r = await run(["check", v.dir, "--json"]);
		expect(r.code).toBe(0);
		expect(hasControl(r.out)).toBe(false);
		expect(JSON.parse(r.out).briefs[0].title).toBe("Esc \u001b]0;PWNED-TITLE\u0007 \u001b[31mRED \u009b1m");
	});

	it("JSON keeps the exact text under JSON escaping", async () => {
		const r = await run(["timeline", v.dir, "--json"]);
		expect(hasControl(r.out)).toBe(false);
		expect(JSON.parse(r.out).events[0].text).toContain("\u001b[2J\u001b[H");
	});

	it("counts read 1 brief, 1 event, 2 events", async () => {
		const r = await run(["timeline", v.dir]);
		expect(r.out.split("\n")[0]).toMatch(/: 1 event from 1 brief$/);
		expect(count(2, "event")).toBe("2 events");
		expect(count(0, "problem")).toBe("0 problems");
		expect(terminalSafe("a\tb\nc\rd\u007f\u009b")).toBe("a\tb\nc\\u000dd\\u007f\\u009b");
		const problems = await run(["problems", v.dir]);
		expect(problems.out.startsWith("\n")).toBe(false);
	});
});

describe("help", () => {
	it("`timeline --help` prints the usage and exits 0 (finding: --help only worked before the command)", async () => {
		for (const args of [["timeline", "--help"], ["quiz", "-h"], ["--help"]]) {
			const r = await run(args);
			expect(r.code, args.join(" ")).toBe(0);
			expect(r.out).toMatch(/^Usage: study-briefs/);
			expect(r.out).toMatch(/--any-note/);
		}
		// After "--" it is a name, not an option.
		const named = await run(["quiz", "--", "--help"]);
		expect(named.code).toBe(2);
		expect(named.err).toMatch(/no such note: --help/);
	});
});
