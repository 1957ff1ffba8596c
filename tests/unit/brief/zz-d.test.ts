import { test } from "vitest";
import { readFileSync } from "node:fs";
import { parseBrief } from "../../../src/core/brief/index";
import { SEED_BRIEF } from "../../shims/test-paths";
test("d", () => {
	const seed = readFileSync(SEED_BRIEF, "utf8");
	const body = seed.slice(seed.indexOf("## "));
	const parts: string[] = ["---\ndg-publish: true\n---\n"];
	let size = 0;
	for (let i = 0; size < 5 * 1024 * 1024; i++) { const c = `${body.replace("1933", String(1000 + (i % 900)))}\n\n> Quoted ${i}.\n\n— Speaker ${i}\n\n| ${1500 + (i % 400)} | Row ${i} |\n\n`; parts.push(c); size += c.length; }
	const text = parts.join("");
	for (const noop of [true, false, true]) {
		const t0 = performance.now();
		let calls = 0, chars = 0;
		const b = parseBrief({ path: "Big.md", text }, { maxBytes: 1e9, ...(noop ? { createDateReader: () => ({ read: (s: string) => { calls++; chars += s.length; return []; }, anchorYear: undefined }) } : {}) });
		console.log(noop ? "noop" : "real", (performance.now() - t0).toFixed(0), "ms", calls, chars, b.quotes.length);
	}
});
