/** The CLI draws a progress bar on stderr while it reads a large vault's notes (issue 22), only on a terminal. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadVault } from "../../../src/cli/vault";

const root = mkdtempSync(join(tmpdir(), "sb-load-progress-"));
mkdirSync(join(root, "C"));
for (let i = 0; i < 250; i++)
	writeFileSync(
		join(root, "C", `N${i}.md`),
		`---\ndg-publish: true\n---\n# N${i}\n\nIn ${1000 + i} something happened.\n`,
	);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function stream(isTTY: boolean) {
	const chunks: string[] = [];
	return { isTTY, chunks, write: (t: string) => void chunks.push(t) };
}

describe("loadVault progress", () => {
	it("draws a bar while reading notes on a terminal, then clears its line", () => {
		const s = stream(true);
		const vault = loadVault(root, { progress: s, keepText: false });
		expect(vault.briefs).toHaveLength(250);
		expect(s.chunks.some((c) => c.includes("reading notes") && c.includes("/ 250"))).toBe(true);
		expect(s.chunks.some((c) => c.includes("100% reading notes 250 / 250"))).toBe(true);
		expect(s.chunks.at(-1)).toBe("\r\u001b[2K");
	});

	it("draws nothing when stderr is not a terminal (pipes, CI, --json consumers)", () => {
		const s = stream(false);
		loadVault(root, { progress: s, keepText: false });
		expect(s.chunks).toEqual([]);
	});
});
