/**
 * study-briefs garden [VAULT] --out DIR [--dry-run]: the publishable study pages, written into DIR only.
 * A page is written only when it changed; a file in DIR without the generated marker is never overwritten;
 * generated files no page produces any more (a brief was unpublished) are removed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { buildGardenPages, embedTargets, gardenQuizFor, isGenerated, makeResolver, planWrites, type EmbedsOf, type NoteInfo } from "../core/garden";
import { DEFAULT_SETTINGS, migrateSettings, type Settings } from "../settings";
import type { CliIO } from "./io";
import { EXIT_FAILED, EXIT_OK } from "./io";
import { loadVault, type LoadedVault } from "./vault";

export interface GardenCliOptions {
	out: string;
	dryRun: boolean;
	settings?: Settings;
	today?: Date;
}

const SKIP = new Set([".obsidian", ".git", "node_modules", ".trash"]);

/** Every file under `root` (vault-relative, "/"-separated), for link resolution including attachments. */
export function listFiles(root: string, dir = root, out: string[] = []): string[] {
	for (const name of readdirSync(dir).sort()) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) {
			if (!SKIP.has(name)) listFiles(root, full, out);
		} else out.push(relative(root, full).split(sep).join("/"));
	}
	return out;
}

/**
 * The plugin's settings as saved in the vault (`.obsidian/plugins/study-briefs/data.json`), so the CLI
 * writes the same pages as the plugin; defaults when there is none or it cannot be read.
 */
export function vaultSettings(vaultDir: string): Settings {
	const file = join(vaultDir, ".obsidian", "plugins", "study-briefs", "data.json");
	try {
		return existsSync(file) ? migrateSettings(JSON.parse(readFileSync(file, "utf8"))) : DEFAULT_SETTINGS;
	} catch {
		return DEFAULT_SETTINGS;
	}
}

/** The vault as the garden sees it: notes with publish state, generated pages left out of the briefs. */
export function gardenVault(vaultDir: string, settings: Settings) {
	const vault: LoadedVault = loadVault(vaultDir, { settings });
	const generated = new Set(vault.notes.filter((n) => isGenerated(n.text)).map((n) => n.path));
	const notes: NoteInfo[] = vault.notes.map((n) => ({ path: n.path, publish: n.publish, hidden: n.hidden, exists: true }));
	const briefs = vault.briefs.filter((b) => !generated.has(b.path));
	const resolveLink = makeResolver(listFiles(vaultDir));
	const texts = new Map(vault.notes.map((n) => [n.path, n.text]));
	const embedsOf: EmbedsOf = (path) => embedTargets(texts.get(path) ?? "");
	return { vault, notes, briefs, resolveLink, embedsOf };
}

/** Markdown files (and generated SVG images) already in DIR, keyed as garden paths ("<folder>/<relative path>"). */
function existingPages(outDir: string, folder: string): Map<string, string | null> {
	const map = new Map<string, string | null>();
	if (!existsSync(outDir)) return map;
	for (const rel of listFiles(outDir)) {
		if (!/\.(md|svg)$/i.test(rel)) continue;
		try {
			map.set(`${folder}/${rel}`, readFileSync(join(outDir, rel), "utf8"));
		} catch {
			map.set(`${folder}/${rel}`, "");
		}
	}
	return map;
}

/** A garden path -> its file in DIR, or null when it would land outside DIR. */
function fileIn(outDir: string, folder: string, path: string): string | null {
	const rel = path.slice(folder.length + 1);
	const full = resolve(outDir, rel);
	const root = resolve(outDir);
	return full.startsWith(root + sep) ? full : null;
}

export async function runGarden(vaultDir: string, opts: GardenCliOptions, io: CliIO): Promise<number> {
	const settings = opts.settings ?? vaultSettings(vaultDir);
	const folder = settings.gardenFolder;
	const outDir = resolve(opts.out);
	if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
		io.err(`garden: --out is not a folder: ${opts.out}`);
		return EXIT_FAILED;
	}
	const { vault, notes, briefs, resolveLink } = gardenVault(vaultDir, settings);
	const now = opts.today ?? new Date();
	const today = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
	const pages = buildGardenPages({
		briefs,
		notes,
		resolveLink,
		options: { folder, publishKey: settings.gardenPublishKey, mermaid: settings.gardenMermaid, perCourse: settings.gardenPerCourse, axisImage: true },
		quizFor: gardenQuizFor(settings.quizLength, today),
	});
	const plan = planWrites(pages, existingPages(outDir, folder), folder);
	const show = (path: string) => path.slice(folder.length + 1);
	const verb = opts.dryRun ? "would write" : "wrote";
	let failed = 0;
	let written = 0;
	for (const page of plan.write) {
		const file = fileIn(outDir, folder, page.path);
		if (!file) {
			plan.refused.push({ path: page.path, reason: "outside --out" });
			continue;
		}
		const isNew = !existsSync(file);
		if (!opts.dryRun) {
			try {
				mkdirSync(dirname(file), { recursive: true });
				writeFileSync(file, page.content, "utf8");
			} catch (e) {
				failed++;
				io.err(`garden: cannot write ${show(page.path)}: ${e instanceof Error ? e.message : String(e)}`);
				continue;
			}
		}
		written++;
		io.out(`  ${verb} ${show(page.path)}${isNew ? " (new)" : " (changed)"}`);
	}
	for (const path of plan.stale) {
		const file = fileIn(outDir, folder, path);
		if (!file) continue;
		if (!opts.dryRun) {
			try {
				rmSync(file);
			} catch (e) {
				failed++;
				io.err(`garden: cannot remove ${show(path)}: ${e instanceof Error ? e.message : String(e)}`);
				continue;
			}
		}
		io.out(`  ${opts.dryRun ? "would remove" : "removed"} ${show(path)} (no published brief produces it any more)`);
	}
	for (const r of plan.refused) io.err(`  not written: ${show(r.path)}: ${r.reason}; rename or move your note to let Study Briefs write it`);
	io.out(
		`${opts.dryRun ? "Dry run: " : ""}${briefs.length} published briefs -> ${pages.length} pages in ${opts.out}: ` +
			`${written} ${opts.dryRun ? "to write" : "written"}, ${plan.unchanged.length} unchanged, ` +
			`${plan.refused.length} refused, ${plan.stale.length} ${opts.dryRun ? "to remove" : "removed"}` +
			(vault.problems.length ? ` (${vault.problems.length} problems in the vault: run "check")` : ""),
	);
	return failed ? EXIT_FAILED : EXIT_OK;
}
