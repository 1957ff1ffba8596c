/**
 * The CLI honours the student's curation (hidden, corrected, added items, skipped questions): it reads the same
 * per-device curation logs the plugin writes (beside the review logs) and applies them to the briefs it read.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Brief, Problem } from "../core/model";
import { applyOverrides, CURATION_MARKER, curationFolder, replayOverrides } from "../core/overrides";
import type { DeviceLog } from "../core/review";
import { walkVault } from "./walk";

/** Front-matter lines blanked (line numbers kept). */
function blankFrontmatter(text: string): string {
	const lines = text.split(/\r?\n/);
	if (lines[0]?.replace(/^\uFEFF/, "").trim() !== "---") return text;
	const end = lines.findIndex((l, i) => i > 0 && (l.trim() === "---" || l.trim() === "..."));
	if (end < 0) return text;
	return lines.map((l, i) => (i <= end ? "" : l)).join("\n");
}

/** Every device's curation log under the vault (none: an empty list). Unreadable files are problems, never thrown. */
export function readCurationLogs(root: string, reviewFolder: string): { logs: DeviceLog[]; problems: Problem[] } {
	const folder = curationFolder(reviewFolder);
	const dir = join(root, ...folder.split("/"));
	const logs: DeviceLog[] = [];
	const problems: Problem[] = [];
	if (!existsSync(dir) || !statSync(dir).isDirectory()) return { logs, problems };
	const walked = walkVault(dir);
	for (const p of walked.problems) problems.push({ ...p, path: `${folder}/${p.path}` });
	for (const f of walked.files.filter((x) => x.toLowerCase().endsWith(".md"))) {
		const full = join(dir, ...f.split("/"));
		const path = relative(root, full).split(sep).join("/");
		try {
			const text = readFileSync(full, "utf8");
			const name = path.split("/").pop() ?? path;
			const device = /^[A-Za-z0-9_-]+/.exec(name.replace(/\.md$/i, ""))?.[0] ?? name;
			if (text.includes(CURATION_MARKER)) logs.push({ device, path, text: blankFrontmatter(text) });
			else
				problems.push({
					path,
					line: 0,
					message: "not a Study Briefs curation log (no marker), skipped",
					severity: "warning",
				});
		} catch (e) {
			problems.push({
				path,
				line: 0,
				message: `curation log could not be read: ${e instanceof Error ? e.message : String(e)}`,
				severity: "warning",
			});
		}
	}
	return { logs, problems };
}

/** The briefs with the vault's overrides applied; orphaned overrides are reported as warnings (never dropped). */
export function curateVaultBriefs(
	root: string,
	reviewFolder: string,
	briefs: Brief[],
): { briefs: Brief[]; problems: Problem[] } {
	const { logs, problems } = readCurationLogs(root, reviewFolder);
	if (!logs.length) return { briefs, problems };
	const replayed = replayOverrides(logs);
	for (const p of replayed.problems) problems.push(p);
	const r = applyOverrides(briefs, replayed.overrides);
	// A brief not found may just be unpublished (left out of this run): only lost items are worth a warning.
	for (const o of r.orphans) {
		if (o.reason === "brief") continue;
		const ov = o.override;
		const what = ov.k === "add" ? `added event "${ov.text}"` : `${ov.k} of "${ov.target.text}"`;
		problems.push({
			path: `${curationFolder(reviewFolder)}/${ov.device}.md`,
			line: ov.seq,
			message: `curation: ${what} applies to nothing now (${o.reason} not found); kept`,
			severity: "warning",
		});
	}
	return { briefs: r.briefs, problems };
}
