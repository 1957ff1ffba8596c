/** The CLI reads per-device logs as the plugin does (src/cli/device-logs.ts): copies belong to their device. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readDeviceLogs } from "../../../src/cli/device-logs";

let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

function vault(files: Record<string, string>): string {
	root = mkdtempSync(join(tmpdir(), "sb-logs-"));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, ".."), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

const LOG = "---\ndg-publish: false\nstudy-briefs: review-log\n---\n# log\n\nline\n";

describe("readDeviceLogs", () => {
	it("a sync conflict copy is read as its device's log; a note without the marker is a warning", () => {
		const dir = vault({
			"Logs/phone.md": LOG,
			"Logs/phone 2.md": LOG,
			"Logs/laptop (conflicted copy 2026-11-25).md": LOG,
			"Logs/notes.md": "just a note\n",
		});
		const { logs, problems } = readDeviceLogs(dir, "Logs", {
			marker: "study-briefs: review-log",
			name: "review log",
		});
		expect(logs.map((l) => [l.path, l.device]).sort()).toEqual([
			["Logs/laptop (conflicted copy 2026-11-25).md", "laptop"],
			["Logs/phone 2.md", "phone"],
			["Logs/phone.md", "phone"],
		]);
		// Front-matter blanked, line numbers kept.
		expect(logs[0].text.split("\n")[6]).toBe("line");
		expect(problems).toEqual([
			{
				path: "Logs/notes.md",
				line: 0,
				message: "not a Study Briefs review log (no marker), skipped",
				severity: "warning",
			},
		]);
	});

	it("a missing folder is no logs and no problem", () => {
		expect(readDeviceLogs(vault({}), "Nowhere", { marker: "x", name: "review log" })).toEqual({
			logs: [],
			problems: [],
		});
	});
});
