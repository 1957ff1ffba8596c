#!/usr/bin/env node
/**
 * Fetches the real public notes of the evaluation sets that are not copied into the repository (no permissive
 * licence), each at the commit its SOURCES.tsv records, from GitHub's raw URLs, into the set's git-ignored cache.
 * The evaluation tests score the cached notes too when they are there.
 *
 *   node scripts/eval-fetch.mjs [SET ...] [--force]      SET: dates, dates-i18n, lang, quotes, quiz-golden (default all)
 *
 * SOURCES.tsv columns are read by name (repo, path, commit). A note is fetched when its `where` is "cache"
 * (into `.cache/<id>`), or, in the quote set, when its `file` is under `cache/`.
 */
import { access, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SETS = {
	dates: "tests/eval/dates",
	"dates-i18n": "tests/eval/dates-i18n",
	lang: "tests/eval/lang",
	quotes: "tests/eval/quotes",
	"quiz-golden": "tests/fixtures/quiz-golden",
};
const force = process.argv.includes("--force");
const asked = process.argv.slice(2).filter((a) => !a.startsWith("--"));
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

/** The notes of one set to fetch: [destination, raw URL]. */
async function wanted(dir) {
	const [head, ...rows] = (await readFile(join(root, dir, "SOURCES.tsv"), "utf8"))
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
		out.push([dest, `https://raw.githubusercontent.com/${r[col("repo")]}/${r[col("commit")]}/${path}`]);
	}
	return out;
}

let failed = 0;
for (const set of asked.length ? asked : Object.keys(SETS)) {
	let fetched = 0;
	let kept = 0;
	for (const [dest, url] of await wanted(SETS[set])) {
		if (!force && (await exists(dest))) {
			kept++;
			continue;
		}
		try {
			const res = await fetch(url);
			if (!res.ok) throw new Error(`HTTP ${res.status}`);
			await mkdir(dirname(dest), { recursive: true });
			await writeFile(dest, Buffer.from(await res.arrayBuffer()));
			fetched++;
		} catch (err) {
			failed++;
			console.error(`${set}: could not fetch ${url}: ${err instanceof Error ? err.message : String(err)}`);
		}
	}
	console.log(`${set}: ${fetched} fetched, ${kept} already cached`);
}
process.exitCode = failed ? 1 : 0;
