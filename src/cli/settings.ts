/**
 * The plugin's settings as saved in a vault (`.obsidian/plugins/study-briefs/data.json`): every command reads
 * them through this one function, so `timeline`, `quotes`, `problems`, `quiz`, `garden` and `check` agree with
 * the plugin (and with each other) on publish keys, section names and the size limit.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "../core/model";
import { DEFAULT_SETTINGS, migrateSettings, type Settings } from "../settings";

export const SETTINGS_PATH = ".obsidian/plugins/study-briefs/data.json";
const MAX_SETTINGS_BYTES = 1024 * 1024;

/** The vault's settings; defaults (and a warning) when the file is missing, not a plain file or not JSON. */
export function readVaultSettings(vaultDir: string): { settings: Settings; problem?: Problem } {
	const file = join(vaultDir, ...SETTINGS_PATH.split("/"));
	const warn = (why: string) => ({
		settings: DEFAULT_SETTINGS,
		problem: {
			path: SETTINGS_PATH,
			line: 0,
			message: `plugin settings not used (${why}): defaults apply`,
			severity: "warning" as const,
		},
	});
	try {
		const st = statSync(file);
		if (!st.isFile()) return warn("not a regular file");
		if (st.size > MAX_SETTINGS_BYTES) return warn("too large");
		return { settings: migrateSettings(JSON.parse(readFileSync(file, "utf8"))) };
	} catch (e) {
		if ((e as { code?: unknown } | null)?.code === "ENOENT") return { settings: DEFAULT_SETTINGS };
		return warn(e instanceof Error ? e.message.split("\n")[0] : String(e));
	}
}
