#!/usr/bin/env node
/**
 * Fetches the evaluation notes that are not copied into the repository (no permissive licence) into the
 * git-ignored cache tests/eval/dates-i18n/.cache/, each at the commit recorded in tests/eval/dates-i18n/SOURCES.tsv,
 * from GitHub's raw URLs. The multi-language date evaluation (issue 21, tests/unit/dates/eval-i18n.test.ts) scores them
 * too. Usage: node scripts/eval-fetch-i18n.mjs [--force]
 */
import { mkdir, readFile, writeFile, access } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const evalDir = join(root, "tests/eval/dates-i18n");
const force = process.argv.includes("--force");

const rows = (await readFile(join(evalDir, "SOURCES.tsv"), "utf8"))
	.split(/\r?\n/)
	.slice(1)
	.filter((r) => r.trim())
	.map((r) => r.split("\t"));

let fetched = 0;
let kept = 0;
let failed = 0;
for (const [id, , repo, path, commit, , where] of rows) {
	if (where !== "cache") continue;
	const dest = join(evalDir, ".cache", id);
	if (
		!force &&
		(await access(dest).then(
			() => true,
			() => false,
		))
	) {
		kept++;
		continue;
	}
	const url = `https://raw.githubusercontent.com/${repo}/${commit}/${path.split("/").map(encodeURIComponent).join("/")}`;
	try {
		const res = await fetch(url);
		if (!res.ok) throw new Error(`HTTP ${res.status}`);
		await mkdir(dirname(dest), { recursive: true });
		await writeFile(dest, Buffer.from(await res.arrayBuffer()));
		fetched++;
	} catch (err) {
		failed++;
		console.error(`could not fetch ${id} from ${url}: ${err instanceof Error ? err.message : String(err)}`);
	}
}
console.log(`i18n eval notes: ${fetched} fetched, ${kept} already cached, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
