/**
 * The CLI honours the student's curation (hidden, corrected, added items, skipped questions): it reads the same
 * per-device curation logs the plugin writes (beside the review logs) and applies them to the briefs it read.
 */
import type { Brief, Problem } from "../core/model";
import { applyOverrides, CURATION_MARKER, curationFolder, replayOverrides } from "../core/overrides";
import type { DeviceLog } from "../core/review";
import { readDeviceLogs } from "./device-logs";

/** Every device's curation log under the vault (none: an empty list). Unreadable files are problems, never thrown. */
export function readCurationLogs(root: string, reviewFolder: string): { logs: DeviceLog[]; problems: Problem[] } {
	return readDeviceLogs(root, curationFolder(reviewFolder), { marker: CURATION_MARKER, name: "curation log" });
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
