/**
 * The per-device logs of a vault folder, as the CLI reads them (review logs for `stats`, curation logs for every
 * command): the same robust walk as the vault (no symlink out of the folder, bad entries reported), a note without
 * the log's marker reported and skipped, an unreadable file a problem, never thrown.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Problem } from "../core/model";
import type { DeviceLog } from "../core/review";
import { deviceOf } from "../core/review/device-of";
import { blankFrontmatter } from "../core/text";
import { CliProgress, type ProgressStream } from "./progress";
import { walkVault } from "./walk";

/** Which logs: the marker in their front-matter and their name in messages ("review log"). */
export interface LogKind {
	marker: string;
	name: string;
}

export function readDeviceLogs(
	root: string,
	folder: string,
	kind: LogKind,
	progress: ProgressStream | null = null,
): { logs: DeviceLog[]; problems: Problem[] } {
	const dir = join(root, ...folder.split("/"));
	const logs: DeviceLog[] = [];
	const problems: Problem[] = [];
	if (!existsSync(dir) || !statSync(dir).isDirectory()) return { logs, problems };
	const walked = walkVault(dir);
	for (const p of walked.problems) problems.push({ ...p, path: `${folder}/${p.path}` });
	const files = walked.files.filter((f) => f.toLowerCase().endsWith(".md")).map((f) => join(dir, ...f.split("/")));
	const sizes = files.map((f) => statSync(f).size);
	const total = Math.round(sizes.reduce((a, b) => a + b, 0) / 1024);
	const bar = new CliProgress(progress, `reading ${kind.name}s (KB)`, total, { minTotal: 1024 });
	files.forEach((file, i) => {
		const path = relative(root, file).split(sep).join("/");
		const warn = (message: string) => problems.push({ path, line: 0, message, severity: "warning" });
		try {
			const text = readFileSync(file, "utf8");
			if (text.includes(kind.marker)) logs.push({ device: deviceOf(path), path, text: blankFrontmatter(text) });
			else warn(`not a Study Briefs ${kind.name} (no marker), skipped`);
		} catch (e) {
			warn(`${kind.name} could not be read: ${e instanceof Error ? e.message : String(e)}`);
		}
		bar.tick(Math.round(sizes[i] / 1024));
	});
	bar.finish();
	return { logs, problems };
}
