#!/usr/bin/env node
/**
 * Mutants the test suite must kill (README, "Development"). Each mutant is a small, realistic bug put into
 * a COPY of the project (a temp folder, node_modules linked; the working tree is never touched). The
 * relevant unit and dom test files run against it: a failing run kills the mutant, a passing run means
 * the suite would not notice that bug. Before the mutants, the same test files must pass unmutated.
 *
 *   npm run test:mutants              all mutants
 *   npm run test:mutants -- open bc   only mutants whose id contains one of the words
 *
 * The test files are the project's own (none reads ../shared), so this runs on a plain clone too.
 * Exit code: 0 when every mutant was killed; 1 when one survived, a mutation no longer applies (the code
 * moved: update the list) or the baseline failed.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

/** id, what the bug is, the file, the exact text it replaces (must occur once), and the tests that must catch it. */
const MUTANTS = [
	{
		id: "open-at-line-throws",
		what: "openAtLine throws on its first line (clicking a row or card opens nothing)",
		file: "src/obsidian/open-source.ts",
		find: "const file = app.vault.getAbstractFileByPath(ref.path);",
		replace: 'throw new Error("mutant"); const file = app.vault.getAbstractFileByPath(ref.path);',
		tests: ["tests/dom/plugin-wiring.test.ts"],
	},
	{
		id: "active-path-null",
		what: "PluginHost.activePath returns null (the views stop following the active note)",
		file: "src/ui/plugin-host.ts",
		find: "return this.app.workspace.getActiveFile()?.path ?? null;",
		replace: "return null;",
		tests: ["tests/dom/plugin-wiring.test.ts"],
	},
	{
		id: "open-split-as-tab",
		what: "Mod+Alt-click on a timeline row opens a tab instead of a split",
		file: "src/ui/timeline/interactions.ts",
		find: 'return m === "split" ? "split" : m ? "tab" : "same";',
		replace: 'return m ? "tab" : "same";',
		tests: ["tests/dom/plugin-wiring.test.ts"],
	},
	{
		id: "garden-publishes-unpublished",
		what: "the garden privacy filter lets a brief through that is not marked for publishing",
		file: "src/core/garden/pages.ts",
		find: "const ok = b.publish && !generated && !!n && n.exists && n.publish && !seen.has(b.path);",
		replace: "const ok = !generated && !seen.has(b.path);",
		tests: [
			"tests/unit/garden/pages.test.ts",
			"tests/unit/garden/privacy.property.test.ts",
			"tests/dom/garden-writer.test.ts",
		],
	},
	{
		id: "embeds-ignored",
		what: "the linked-notes check ignores the metadata cache's embeds (a private note embedded through a published one is missed)",
		file: "src/obsidian/link-resolver.ts",
		find: "return (app.metadataCache.getFileCache(file)?.embeds ?? []).map((e) => e.link);",
		replace: "return [];",
		tests: ["tests/dom/garden-linked-notes.test.ts"],
	},
	{
		id: "review-log-drops-answer",
		what: "reading a review log keeps only the first answer of each log",
		file: "src/core/review/log.ts",
		find: "else\n\t\t\tevents.push(",
		replace: "else if (events.length === 0)\n\t\t\tevents.push(",
		tests: ["tests/unit/review/log.test.ts", "tests/unit/review/replay.test.ts", "tests/dom/review-store.test.ts"],
	},
	{
		id: "bc-year-zero",
		what: "a BC year is negated without the year-0 shift (44 BC read as astronomical -44 instead of -43)",
		file: "src/core/dates/calendar.ts",
		find: "if (era && /^B/i.test(era)) return 1 - n;",
		replace: "if (era && /^B/i.test(era)) return -n;",
		tests: ["tests/unit/dates/semantics.test.ts"],
	},
];

/** A copy of the project in a temp folder (with `../shared` linked beside it when the checkout has one). */
function copyProject() {
	const base = mkdtempSync(join(tmpdir(), "study-briefs-mutants-"));
	const dir = join(base, "project");
	const shared = resolve(ROOT, "..", "shared");
	if (existsSync(shared)) symlinkSync(shared, join(base, "shared"), "dir");
	const skip = new Set(["node_modules", ".git", "dist", "main.js", "coverage"]);
	cpSync(ROOT, dir, {
		recursive: true,
		filter: (src) => {
			const rel = relative(ROOT, src);
			return !rel || (!skip.has(rel.split(/[\\/]/)[0]) && !rel.endsWith(".vitest-report.json"));
		},
	});
	symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
	return { base, dir };
}

function runTests(dir, tests) {
	const vitest = join(ROOT, "node_modules", "vitest", "vitest.mjs");
	const r = spawnSync(
		process.execPath,
		[vitest, "run", "--project", "unit", "--project", "dom", "--reporter=dot", ...tests],
		{
			cwd: dir,
			encoding: "utf8",
			env: { ...process.env, CI: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	// eslint-disable-next-line no-control-regex -- strips the colour codes vitest prints anyway
	const out = `${r.stdout ?? ""}${r.stderr ?? ""}`.replace(/\u001b\[[0-9;]*m/g, "");
	const summary = out
		.split("\n")
		.filter((l) => /^\s*(Test Files|Tests)\s/.test(l))
		.map((l) => l.trim())
		.join("; ");
	return { ok: r.status === 0, summary: summary || `exit ${r.status}`, out };
}

function main() {
	const words = process.argv.slice(2);
	const chosen = words.length ? MUTANTS.filter((m) => words.some((w) => m.id.includes(w))) : MUTANTS;
	if (!chosen.length) {
		console.error(`no mutant matches ${words.join(" ")}; ids: ${MUTANTS.map((m) => m.id).join(", ")}`);
		return 1;
	}
	const { base: tmp, dir } = copyProject();
	let bad = 0;
	try {
		const allTests = [...new Set(chosen.flatMap((m) => m.tests))];
		const base = runTests(dir, allTests);
		if (!base.ok) {
			console.error(
				`BASELINE FAILED (unmutated code): ${base.summary}\n${base.out.split("\n").slice(-40).join("\n")}`,
			);
			return 1;
		}
		console.log(`baseline passes: ${base.summary}`);
		for (const m of chosen) {
			const path = join(dir, m.file);
			const original = readFileSync(path, "utf8");
			const count = original.split(m.find).length - 1;
			if (count !== 1) {
				console.log(
					`STALE     ${m.id}: the text to mutate occurs ${count} times in ${m.file} (update scripts/mutants.mjs)`,
				);
				bad++;
				continue;
			}
			try {
				writeFileSync(path, original.replace(m.find, m.replace));
				const r = runTests(dir, m.tests);
				// Killed means a test failed on the mutant, not that the run broke (a crash proves nothing).
				const killed = !r.ok && /Tests\s+\d+ failed/.test(r.summary);
				const verdict = r.ok ? "SURVIVED" : killed ? "KILLED  " : "BROKEN  ";
				console.log(`${verdict}  ${m.id}: ${m.what}\n          ${m.tests.join(" ")}: ${r.summary}`);
				if (!killed) bad++;
				if (!r.ok && !killed) console.log(r.out.split("\n").slice(-30).join("\n"));
			} finally {
				writeFileSync(path, original);
			}
		}
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
	console.log(bad ? `${bad} of ${chosen.length} mutants not killed` : `all ${chosen.length} mutants killed`);
	return bad ? 1 : 0;
}

process.exitCode = main();
