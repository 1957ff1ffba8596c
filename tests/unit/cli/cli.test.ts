/**
 * The command line as a user runs it (issue 2 acceptance), through main() with captured output,
 * plus one real process run of the built dist/cli.js.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../../src/cli/index";
import type { CliIO } from "../../../src/cli/io";
import {
	OWN_SEED_BRIEF as SEED_BRIEF,
	OWN_SEED_DIR as SEED_DIR,
	OWN_SEED_NAME as SEED_NAME,
} from "../../fixtures/paths";

function capture(input: string[] = []): CliIO & { stdout: string[]; stderr: string[] } {
	const stdout: string[] = [];
	const stderr: string[] = [];
	const queue = [...input];
	return {
		stdout,
		stderr,
		out: (t) => stdout.push(t),
		err: (t) => stderr.push(t),
		ask: async () => (queue.length ? queue.shift()! : null),
	};
}

async function run(args: string[], input: string[] = []) {
	const io = capture(input);
	const code = await main(args, io);
	return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

describe("timeline --json on a seed-format brief (tests/fixtures/own-seed)", () => {
	it("lists exactly the brief's events, each with its line, and not '16 countries'", async () => {
		const { code, out } = await run(["timeline", SEED_DIR, "--json"]);
		expect(code).toBe(0);
		const json = JSON.parse(out);
		expect(json.briefs).toHaveLength(1);
		expect(json.briefs[0].published).toBe(true);
		const labels: string[] = json.events.map((e: { date: { label: string } }) => e.date.label);
		// 1948 (the H2 title), 1945, June 1947, April 3 1948, 1952; the conclusion's "20th century" may join them.
		expect(new Set(labels.filter((l) => l !== "20th century"))).toEqual(
			new Set(["1948", "1945", "Jun 1947", "3 Apr 1948", "1952"]),
		);
		expect(labels.filter((l) => l !== "20th century")).toHaveLength(5);
		const title = json.events.find((e: { text: string }) => e.text === "The Marshall Plan, 1948");
		expect(title.line).toBe(6);
		const jun = json.events.find((e: { date: { label: string } }) => e.date.label === "Jun 1947");
		expect(jun.date.start).toEqual({ year: 1947, month: 6 });
		expect(jun.line).toBe(20);
		for (const e of json.events) {
			expect(typeof e.line).toBe("number");
			expect(e.text).not.toMatch(/^$/);
		}
		expect(out).not.toMatch(/"16"/);
		// chronological
		const starts = json.events.map((e: { date: { start: { year: number } } }) => e.date.start.year);
		expect([...starts].sort((a, b) => a - b)).toEqual(starts);
	});

	it("quotes --json gives the 3 key quotes", async () => {
		const { code, out } = await run(["quotes", SEED_DIR, "--json"]);
		expect(code).toBe(0);
		const json = JSON.parse(out);
		expect(json.quotes).toHaveLength(3);
		expect(json.quotes[0].text).toMatch(/^Aid that arrives/);
		expect(json.quotes.map((q: { line: number }) => q.line)).toEqual([28, 29, 30]);
	});

	it("quiz --json --seed 1 gives at least 5 valid questions, deterministically", async () => {
		const args = ["quiz", SEED_BRIEF, "--vault", SEED_DIR, "--json", "--seed", "1"];
		const a = await run(args);
		const b = await run(args);
		expect(a.code).toBe(0);
		expect(a.out).toBe(b.out);
		const json = JSON.parse(a.out);
		expect(json.seed).toBe(1);
		expect(json.brief).toBe(SEED_NAME);
		expect(json.questions.length).toBeGreaterThanOrEqual(5);
		for (const q of json.questions) {
			expect(typeof q.source.line).toBe("number");
			expect(q.source.path).toBe(SEED_NAME);
			if (q.options && q.kind !== "order" && q.kind !== "match") {
				expect(new Set(q.options).size).toBe(q.options.length);
				expect(q.options).toContain(q.answer);
			}
			if (q.kind === "cloze") expect(q.prompt).toContain("____");
		}
		expect(new Set(json.questions.map((q: { kind: string }) => q.kind)).size).toBeGreaterThanOrEqual(2);
	});

	it("NOTE can be a path inside VAULT", async () => {
		const { code, out } = await run(["quiz", SEED_NAME, "--vault", SEED_DIR, "--json", "--seed", "1"]);
		expect(code).toBe(0);
		expect(JSON.parse(out).questions.length).toBeGreaterThanOrEqual(5);
	});
});

describe("interactive quiz", () => {
	it("asks every question, grades the answers and prints a score", async () => {
		const json = JSON.parse((await run(["quiz", SEED_BRIEF, "--json", "--seed", "3", "--count", "4"])).out);
		const answers = json.questions.map((q: { kind: string; options?: string[]; answer: string }) =>
			q.options && q.kind !== "order" && q.kind !== "match"
				? String(q.options.indexOf(q.answer) + 1)
				: q.kind === "order" || q.kind === "match"
					? "1 2 3"
					: q.answer,
		);
		const { code, out } = await run(["quiz", SEED_BRIEF, "--seed", "3", "--count", "4"], answers);
		expect(code).toBe(0);
		expect(out).toMatch(/Question 1\/4/);
		expect(out).toMatch(/Score: [\d.]+ \/ 4/);
		expect(out.match(/Right\./g)?.length ?? 0).toBeGreaterThanOrEqual(2);
		expect(out).toMatch(/Source: marshall-plan-brief\.md, line \d+/);
	});
});

describe("bad input and arguments", () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), "sb-cli-"));
		writeFileSync(join(dir, "Good.md"), "---\ndg-publish: true\n---\n# Good\n\nThe war began in 1914.\n");
		writeFileSync(join(dir, "Broken.md"), "---\ndg-publish: [true\n---\n# Broken\n\nIn 1917.\n");
		writeFileSync(
			join(dir, "Js.md"),
			"---js\n{ \"dg-publish\": (function(){ require('fs').writeFileSync('" +
				join(dir, "PWNED").replace(/\\/g, "/") +
				"', 'x'); return true; })() }\n---\n# Js\n\nIn 1815.\n",
		);
		mkdirSync(join(dir, ".obsidian"));
		writeFileSync(join(dir, ".obsidian", "Hidden.md"), "---\ndg-publish: true\n---\nIn 1066.\n");
	});

	it("a note with malformed front-matter is a problem, not an exception; other notes still index", async () => {
		const { code, out } = await run(["timeline", dir, "--json"]);
		expect(code).toBe(0);
		const json = JSON.parse(out);
		expect(json.events.map((e: { date: { label: string } }) => e.date.label)).toEqual(["1914"]);
		const broken = json.problems.find((p: { path: string }) => p.path === "Broken.md");
		expect(broken.message).toMatch(/front-matter/);
		expect(typeof broken.line).toBe("number");
		const problems = JSON.parse((await run(["problems", dir, "--json"])).out).problems;
		expect(problems.map((p: { path: string }) => p.path)).toContain("Broken.md");
	});

	it("a ---js front-matter never executes", async () => {
		await run(["timeline", dir, "--json"]);
		expect(existsSync(join(dir, "PWNED"))).toBe(false);
		const json = JSON.parse((await run(["problems", dir, "--json"])).out);
		expect(
			json.problems.some(
				(p: { path: string; message: string }) => p.path === "Js.md" && /front-matter/.test(p.message),
			),
		).toBe(true);
	});

	it("bad arguments exit 2 with usage; a missing note exits 2; a non-brief exits 1", async () => {
		expect((await run(["timeline", "--bogus"])).code).toBe(2);
		expect((await run(["nope"])).code).toBe(2);
		expect((await run(["timeline", join(dir, "missing-folder")])).code).toBe(2);
		expect((await run(["quiz", join(dir, "missing.md")])).code).toBe(2);
		expect((await run(["quiz", "--seed", "x", join(dir, "Good.md")])).code).toBe(2);
		writeFileSync(join(dir, "Plain.md"), "# Plain\n\nNo front-matter.\n");
		const r = await run(["quiz", join(dir, "Plain.md")]);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/not a brief/);
	});
});

describe("the built CLI", () => {
	it("runs as a process: npm run --silent cli -- timeline <seed> --json", () => {
		if (!existsSync("dist/cli.js")) execFileSync("node", ["esbuild.config.mjs", "production"]);
		const out = execFileSync("node", ["dist/cli.js", "timeline", SEED_DIR, "--json"], { encoding: "utf8" });
		expect(JSON.parse(out).events.length).toBeGreaterThanOrEqual(4);
	});
});
