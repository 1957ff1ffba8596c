/**
 * study-briefs garden [VAULT] --out DIR [--dry-run]: the publishable study pages, written into DIR only.
 * A page is written only when it changed; a file in DIR without the generated marker is never overwritten
 * (refused, not linked, exit 1); nothing is ever deleted: a page this tool wrote that no brief produces any
 * more is moved to DIR/.trash/ (see garden-out.ts). Every published brief that embeds an unpublished note
 * is named, with the note.
 */
import type { EraConvention } from "../core/dates/format";
import type { ProgressStream } from "./progress";
import { readVaultSettings } from "./settings";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { isPublished } from "../core/brief/frontmatter";
import { hexHash } from "../core/text";
import {
	embedLeakMessage,
	embedLeaks,
	embedTargets,
	gardenPublishKeys,
	gardenQuizFor,
	isGenerated,
	makeResolver,
	planGarden,
	publishedBriefs,
	type EmbedsOf,
	type NoteInfo,
	type WritePlan,
} from "../core/garden";
import type { Settings } from "../settings";
import type { CliIO } from "./io";
import { EXIT_FAILED, EXIT_OK } from "./io";
import {
	copyToTrash,
	listRealFiles,
	MANIFEST,
	moveToTrash,
	readManifest,
	TRASH,
	writeInside,
	writeManifest,
	type Manifest,
} from "./garden-out";
import { loadVault, type LoadedVault } from "./vault";
import { quizDay } from "../core/quiz/quiz-set";

export interface GardenCliOptions {
	out: string;
	dryRun: boolean;
	settings?: Settings;
	today?: Date;
	/** Where a progress bar may be drawn while notes are read (stderr). */
	progress?: ProgressStream | null;
	/** --era-labels: overrides the vault's "Era labels" setting. */
	eraLabels?: EraConvention;
}

/** Every file under `root` (vault-relative, "/"-separated) for link resolution, attachments included; links not followed. */
export function listFiles(root: string): string[] {
	return listRealFiles(root).files;
}

function normalizeFolder(folder: string): string {
	return folder.replace(/\\/g, "/").replace(/^\/+|\/+$/g, "") || "Study pages";
}

/**
 * The plugin's settings as saved in the vault (`.obsidian/plugins/study-briefs/data.json`), so the CLI
 * writes the same pages as the plugin; defaults when there is none or it cannot be read.
 */
export function vaultSettings(vaultDir: string): Settings {
	return readVaultSettings(vaultDir).settings;
}

/** The vault as the garden sees it: notes with publish state, generated pages left out of the briefs. */
export function gardenVault(vaultDir: string, settings: Settings, progress: ProgressStream | null = null) {
	const vault: LoadedVault = loadVault(vaultDir, { settings, progress });
	const generated = new Set(vault.notes.filter((n) => isGenerated(n.text)).map((n) => n.path));
	// Publish state as the garden's publisher reads it (G2): not the "Other publish keys".
	const keys = gardenPublishKeys(settings);
	const notes: NoteInfo[] = vault.notes.map((n) => ({
		path: n.path,
		publish: isPublished(n.frontmatter, keys),
		hidden: n.hidden,
		exists: true,
	}));
	const briefs = vault.briefs.filter((b) => !generated.has(b.path));
	const resolveLink = makeResolver(listFiles(vaultDir));
	const texts = new Map(vault.notes.map((n) => [n.path, n.text]));
	const embedsOf: EmbedsOf = (path) => embedTargets(texts.get(path) ?? "");
	return { vault, notes, briefs, resolveLink, embedsOf };
}

/** What is in DIR: Markdown pages (keyed as garden paths), the links in it, and the manifest. */
interface OutState {
	existing: Map<string, string | null>;
	texts: Map<string, string>;
	links: string[];
	manifest: Manifest;
}

function readOut(outDir: string, folder: string, io: CliIO): OutState {
	const state: OutState = { existing: new Map(), texts: new Map(), links: [], manifest: new Map() };
	if (!existsSync(outDir)) return state;
	const { files, links } = listRealFiles(outDir, (rel, why) => io.err(`garden: skipped ${rel}: ${why}`));
	state.links = links.map((l) => l.toLowerCase());
	for (const rel of files) {
		if (!/\.(md|svg)$/i.test(rel)) continue; // pages and the generated axis images
		try {
			const text = readFileSync(join(outDir, rel), "utf8");
			state.texts.set(rel, text);
			state.existing.set(`${folder}/${rel}`, text);
		} catch {
			state.existing.set(`${folder}/${rel}`, ""); // unreadable: no marker, never overwritten
		}
	}
	const m = readManifest(outDir);
	if (m.problem) io.err(`garden: ${m.problem}`);
	state.manifest = m.manifest;
	return state;
}

function message(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

interface RunCount {
	written: number;
	removed: number;
	kept: number;
	failed: number;
}

/** Writes the changed pages (a hand-edited text is copied to the trash first) and records them in the manifest. */
function writePages(
	plan: WritePlan,
	outDir: string,
	folder: string,
	out: OutState,
	opts: GardenCliOptions,
	io: CliIO,
	n: RunCount,
): void {
	if (plan.write.length && !opts.dryRun) {
		try {
			mkdirSync(outDir, { recursive: true });
		} catch (e) {
			io.err(`garden: cannot create ${outDir}: ${message(e)}`);
		}
	}
	for (const page of plan.write) {
		const rel = page.path.slice(folder.length + 1);
		const isNew = !out.texts.has(rel);
		if (!opts.dryRun) {
			try {
				const old = out.texts.get(rel);
				if (old !== undefined && out.manifest.get(rel) !== hexHash(old))
					io.out(`  kept a copy of ${rel} in ${copyToTrash(outDir, rel, old)} (it was edited)`);
				writeInside(outDir, rel, page.content);
				out.manifest.set(rel, hexHash(page.content));
			} catch (e) {
				n.failed++;
				io.err(`garden: cannot write ${rel}: ${message(e)}`);
				continue;
			}
		}
		n.written++;
		io.out(`  ${opts.dryRun ? "would write" : "wrote"} ${rel}${isNew ? " (new)" : " (changed)"}`);
	}
	for (const path of plan.unchanged) {
		const rel = path.slice(folder.length + 1);
		const text = out.texts.get(rel);
		if (text !== undefined && !out.manifest.has(rel)) out.manifest.set(rel, hexHash(text));
	}
}

/**
 * Removes only pages this tool wrote into DIR (in the manifest) whose text is still what it wrote, by moving
 * them to DIR/.trash/. A marked file it did not write, or one edited since, is kept and named.
 */
function removeStale(
	plan: WritePlan,
	outDir: string,
	folder: string,
	out: OutState,
	opts: GardenCliOptions,
	io: CliIO,
	n: RunCount,
): void {
	for (const k of plan.kept) {
		n.kept++;
		io.out(
			`  kept ${k.path.slice(folder.length + 1)}: no published brief produces it any more, but it was ${k.reason}`,
		);
	}
	for (const path of plan.stale) {
		const rel = path.slice(folder.length + 1);
		const text = out.texts.get(rel);
		const wrote = out.manifest.get(rel);
		if (text === undefined || wrote === undefined || wrote !== hexHash(text)) {
			n.kept++;
			const why =
				wrote === undefined ? "not written by study-briefs into this folder" : "edited since it was written";
			io.out(`  kept ${rel}: no published brief produces it any more, but it was ${why}`);
			continue;
		}
		if (!opts.dryRun) {
			try {
				const to = moveToTrash(outDir, rel);
				out.manifest.delete(rel);
				io.out(`  moved ${rel} to ${to} (no published brief produces it any more)`);
			} catch (e) {
				n.failed++;
				io.err(`garden: cannot move ${rel} to the trash: ${message(e)}`);
				continue;
			}
		} else io.out(`  would move ${rel} to ${TRASH}/ (no published brief produces it any more)`);
		n.removed++;
	}
	// Pages that are gone (removed by hand) leave the manifest.
	const writing = new Set(plan.write.map((p) => p.path.slice(folder.length + 1)));
	for (const rel of [...out.manifest.keys()]) if (!out.texts.has(rel) && !writing.has(rel)) out.manifest.delete(rel);
}

export async function runGarden(vaultDir: string, opts: GardenCliOptions, io: CliIO): Promise<number> {
	const settings = opts.settings ?? vaultSettings(vaultDir);
	const folder = normalizeFolder(settings.gardenFolder);
	const outDir = resolve(opts.out);
	if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
		io.err(`garden: --out is not a folder: ${opts.out}`);
		return EXIT_FAILED;
	}
	const g = gardenVault(vaultDir, settings, opts.progress ?? null);
	const now = opts.today ?? new Date();
	const today = quizDay(now);
	const out = readOut(outDir, folder, io);
	const blocked = (path: string) => {
		const rel = path.slice(folder.length + 1).toLowerCase();
		return out.links.some((l) => rel === l || rel.startsWith(`${l}/`));
	};
	const { pages, plan } = planGarden(
		{
			briefs: g.briefs,
			notes: g.notes,
			resolveLink: g.resolveLink,
			options: {
				folder,
				publishKey: settings.gardenPublishKey,
				mermaid: settings.gardenMermaid,
				perCourse: settings.gardenPerCourse,
				axisImage: true,
				lang: settings.noteLanguage,
				eraLabels: opts.eraLabels ?? settings.eraLabels,
			},
			quizFor: gardenQuizFor(settings.quizLength, today),
		},
		out.existing,
		blocked,
	);
	const published = publishedBriefs(g.briefs, g.notes, folder);
	const leaks = embedLeaks(published, g.notes, g.resolveLink, g.embedsOf);
	for (const l of leaks) io.err(`  warning: ${embedLeakMessage(l)}`);
	const n: RunCount = { written: 0, removed: 0, kept: 0, failed: 0 };
	writePages(plan, outDir, folder, out, opts, io, n);
	removeStale(plan, outDir, folder, out, opts, io, n);
	const show = (path: string) => path.slice(folder.length + 1);
	for (const r of plan.refused)
		io.err(
			`  not written: ${show(r.path)}: ${r.reason}; rename or move it to let Study Briefs write this page (it is not linked from the index)`,
		);
	if (!opts.dryRun && (n.written || n.removed || plan.unchanged.length)) {
		try {
			writeManifest(outDir, out.manifest);
		} catch (e) {
			n.failed++;
			io.err(`garden: cannot write ${MANIFEST}: ${message(e)}`);
		}
	}
	const dry = opts.dryRun;
	io.out(
		`${dry ? "Dry run: " : ""}${published.length} published briefs -> ${pages.length} pages in ${opts.out}: ` +
			`${n.written} ${dry ? "to write" : "written"}, ${plan.unchanged.length} unchanged, ` +
			`${plan.refused.length} refused, ${n.removed} ${dry ? "to move to the trash" : "moved to the trash"}` +
			(n.kept ? `, ${n.kept} kept` : "") +
			(leaks.length ? `, ${leaks.length} embedded unpublished ${leaks.length === 1 ? "note" : "notes"}` : "") +
			(g.vault.problems.length ? ` (${g.vault.problems.length} problems in the vault: run "check")` : ""),
	);
	return n.failed || plan.refused.length ? EXIT_FAILED : EXIT_OK;
}
