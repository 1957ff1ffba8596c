#!/usr/bin/env node
/**
 * Fetches the real public notes of the evaluation sets that are not copied into the repository (no permissive
 * licence), each at the commit its SOURCES.tsv records, from GitHub's raw URLs, into the set's git-ignored cache.
 * The evaluation tests score the cached notes too when they are there.
 *
 *   node scripts/eval-fetch.mjs [SET ...] [--force] [--mirror DIR]
 *     SET: dates, dates-i18n, lang, quotes, quiz-golden, quiz-blind (default all)
 *     --mirror DIR: read each note from a local git snapshot DIR/<owner>+<name> (a bare git directory, or one with
 *     `repo/` or `repo/.git` inside) at the recorded commit, instead of the network — for machines without GitHub.
 *
 * SOURCES.tsv columns are read by name (repo, path, commit). A note is fetched when its `where` is "cache"
 * (into `.cache/<id>`), or, in the quote set, when its `file` is under `cache/`.
 */
import { access, mkdir, readFile, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SETS = {
	dates: "tests/eval/dates",
	"dates-i18n": "tests/eval/dates-i18n",
	lang: "tests/eval/lang",
	quotes: "tests/eval/quotes",
	"quiz-golden": "tests/fixtures/quiz-golden",
	"quiz-blind": "tests/fixtures/quiz-golden/SOURCES-blind.tsv",
	"quiz-blind-c": "tests/fixtures/quiz-golden/SOURCES-blind-c.tsv",
};
const force = process.argv.includes("--force");
const mirrorAt = process.argv.indexOf("--mirror");
const mirror = mirrorAt > 0 ? process.argv[mirrorAt + 1] : undefined;
if (mirrorAt > 0 && !mirror) {
	console.error("--mirror needs a folder");
	process.exit(2);
}
const asked = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--mirror");
const unknown = asked.filter((s) => !(s in SETS));
if (unknown.length) {
	console.error(`unknown set ${unknown.join(", ")} (sets: ${Object.keys(SETS).join(", ")})`);
	process.exit(2);
}

const exists = (p) =>
	access(p).then(
		() => true,
		() => false,
	);

/** The notes of one set to fetch: [destination, raw URL]. A set is a folder with SOURCES.tsv, or one .tsv file. */
async function wanted(set) {
	const [dir, file] = set.endsWith(".tsv") ? [dirname(set), set] : [set, join(set, "SOURCES.tsv")];
	const [head, ...rows] = (await readFile(join(root, file), "utf8"))
		.split(/\r?\n/)
		.filter((r) => r.trim())
		.map((r) => r.split("\t"));
	const col = (name) => head.indexOf(name);
	const out = [];
	for (const r of rows) {
		const dest =
			col("where") >= 0
				? r[col("where")] === "cache" && join(root, dir, ".cache", r[col("id")])
				: r[col("file")].startsWith("cache/") && join(root, dir, r[col("file")]);
		if (!dest) continue;
		const path = r[col("path")].split("/").map(encodeURIComponent).join("/");
		const url = `https://raw.githubusercontent.com/${r[col("repo")]}/${r[col("commit")]}/${path}`;
		out.push([dest, url, { repo: r[col("repo")], commit: r[col("commit")], path: r[col("path")] }]);
	}
	return out;
}

/** The git directory of a repository's snapshot under --mirror, or undefined. */
function gitDirOf(repo) {
	const base = join(mirror, repo.replace("/", "+"));
	return [join(base, "repo", ".git"), join(base, "repo"), base].find((d) => existsSync(join(d, "HEAD")));
}

/** One note's bytes: from the mirror's git objects, or from GitHub. */
async function bytesOf(url, where) {
	if (!mirror) {
		const res = await fetch(url);
		if (!res.ok) throw new Error(`HTTP ${res.status}`);
		return Buffer.from(await res.arrayBuffer());
	}
	const gitDir = gitDirOf(where.repo);
	if (!gitDir) throw new Error(`no snapshot of ${where.repo} under ${mirror}`);
	return execFileSync("git", ["--git-dir", gitDir, "show", `${where.commit}:${where.path}`], {
		maxBuffer: 64 << 20,
		stdio: ["ignore", "pipe", "pipe"],
	});
}

let failed = 0;
for (const set of asked.length ? asked : Object.keys(SETS)) {
	let fetched = 0;
	let kept = 0;
	for (const [dest, url, where] of await wanted(SETS[set])) {
		if (!force && (await exists(dest))) {
			kept++;
			continue;
		}
		try {
			const bytes = await bytesOf(url, where);
			await mkdir(dirname(dest), { recursive: true });
			await writeFile(dest, bytes);
			fetched++;
		} catch (err) {
			failed++;
			const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
			console.error(`${set}: could not fetch ${mirror ? `${where.repo} ${where.path}` : url}: ${why}`);
		}
	}
	console.log(`${set}: ${fetched} fetched, ${kept} already cached`);
}
process.exitCode = failed ? 1 : 0;
