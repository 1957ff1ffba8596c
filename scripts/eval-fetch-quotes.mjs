#!/usr/bin/env node
// Fetches the "labels only" notes of the quote evaluation (tests/eval/quotes/SOURCES.tsv) by commit into
// tests/eval/quotes/cache/ (git-ignored). Notes with a permissive licence are already in tests/eval/quotes/notes/.
import { mkdir, readFile, writeFile, access } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "tests", "eval", "quotes");
const rows = (await readFile(join(root, "SOURCES.tsv"), "utf8"))
	.trim()
	.split("\n")
	.slice(1)
	.map((l) => l.split("\t"));
await mkdir(join(root, "cache"), { recursive: true });
let fetched = 0;
for (const [file, repo, path, commit] of rows) {
	if (!file.startsWith("cache/")) continue;
	const out = join(root, file);
	if (
		await access(out).then(
			() => true,
			() => false,
		)
	)
		continue;
	const url = `https://raw.githubusercontent.com/${repo}/${commit}/${path.split("/").map(encodeURIComponent).join("/")}`;
	const res = await fetch(url);
	if (!res.ok) {
		console.error(`${file}: ${res.status} from ${url}`);
		process.exitCode = 1;
		continue;
	}
	await writeFile(out, await res.text());
	fetched++;
}
console.log(`eval-fetch-quotes: ${fetched} note(s) fetched into ${join(root, "cache")}`);
