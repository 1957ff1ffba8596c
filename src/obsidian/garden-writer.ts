/**
 * "Write garden pages": builds the pages from the index, plans them against the vault, writes only what
 * changed (vault.create / vault.process), never a note without the generated marker, removes generated
 * pages no published brief produces any more, and sums it up in a Notice. A failed write is reported and
 * retried on the next run (its content still differs). Optional automatic refresh, debounced.
 */
import { Notice, normalizePath, TFile, type App } from "obsidian";
import { buildGardenPages, gardenQuizFor, isGenerated, planWrites, type GardenPage, type WritePlan } from "../core/garden";
import type { IndexQueries } from "../core/index/types";
import type { Settings } from "../settings";
import { fileAt, obsidianResolver, publishKeysOf, vaultNotes } from "./link-resolver";

export interface GardenRunResult {
	written: string[];
	unchanged: string[];
	refused: { path: string; reason: string }[];
	removed: string[];
	failed: { path: string; error: string }[];
}

export interface GardenRunOptions {
	/** Automatic refresh: no Notice when nothing was written and nothing went wrong. */
	quiet?: boolean;
}

function message(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

export class GardenWriter {
	private running: Promise<GardenRunResult> | null = null;
	private again = false;

	constructor(
		private readonly app: App,
		private readonly index: IndexQueries,
		private readonly settings: () => Settings,
		private readonly clock: () => Date = () => new Date(),
		/** Resolves when the first indexing pass is done: pages built earlier would miss briefs. */
		private readonly indexReady: Promise<unknown> = Promise.resolve(),
	) {}

	private folder(): string {
		return normalizePath(this.settings().gardenFolder);
	}

	/** The pages the current index produces (nothing written). */
	buildPages(): GardenPage[] {
		const s = this.settings();
		const now = this.clock();
		const today = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
		const keys = publishKeysOf(s);
		return buildGardenPages({
			briefs: this.index.briefs(),
			notes: vaultNotes(this.app, keys),
			resolveLink: obsidianResolver(this.app),
			options: { folder: this.folder(), publishKey: s.gardenPublishKey, mermaid: s.gardenMermaid, perCourse: s.gardenPerCourse, axisImage: true },
			quizFor: gardenQuizFor(s.quizLength, today),
		});
	}

	/** What a run would do right now. */
	async plan(): Promise<WritePlan> {
		const folder = this.folder();
		const existing = new Map<string, string | null>();
		for (const f of this.app.vault.getFiles()) {
			if (!f.path.startsWith(`${folder}/`) || !/\.(md|svg)$/i.test(f.path)) continue;
			try {
				existing.set(f.path, await this.app.vault.read(f));
			} catch {
				existing.set(f.path, ""); // unreadable: no marker, so it is never overwritten
			}
		}
		return planWrites(this.buildPages(), existing, folder);
	}

	/** One run at a time; a request during a run schedules exactly one more. */
	run(opts: GardenRunOptions = {}): Promise<GardenRunResult> {
		if (this.running) {
			this.again = true;
			return this.running;
		}
		this.running = this.runOnce(opts).finally(() => {
			this.running = null;
			if (this.again) {
				this.again = false;
				void this.run(opts);
			}
		});
		return this.running;
	}

	private async ensureFolder(path: string): Promise<void> {
		const parts = path.split("/");
		for (let i = 1; i <= parts.length; i++) {
			const dir = parts.slice(0, i).join("/");
			if (!this.app.vault.getAbstractFileByPath(dir)) {
				try {
					await this.app.vault.createFolder(dir);
				} catch {
					// Created meanwhile (or by another device): vault.create reports a real failure.
				}
			}
		}
	}

	private async writePage(page: GardenPage): Promise<void> {
		const file = fileAt(this.app, page.path);
		if (!file) {
			const dir = page.path.slice(0, page.path.lastIndexOf("/"));
			if (dir) await this.ensureFolder(dir);
			await this.app.vault.create(page.path, page.content);
			return;
		}
		await this.app.vault.process(file, (old) => {
			// Checked again at write time: the user may have replaced the page since it was read.
			if (!isGenerated(old)) throw new Error("a note without the generated marker has this name");
			return page.content;
		});
	}

	private async runOnce(opts: GardenRunOptions): Promise<GardenRunResult> {
		const result: GardenRunResult = { written: [], unchanged: [], refused: [], removed: [], failed: [] };
		let plan: WritePlan;
		try {
			await this.indexReady;
			plan = await this.plan();
		} catch (e) {
			result.failed.push({ path: this.folder(), error: message(e) });
			new Notice(`Study Briefs: could not build the garden pages: ${message(e)}`);
			return result;
		}
		result.unchanged = plan.unchanged;
		result.refused = plan.refused;
		for (const page of plan.write) {
			try {
				await this.writePage(page);
				result.written.push(page.path);
			} catch (e) {
				result.failed.push({ path: page.path, error: message(e) });
			}
		}
		for (const path of plan.stale) {
			const file = fileAt(this.app, path);
			if (!(file instanceof TFile)) continue;
			try {
				await this.app.fileManager.trashFile(file);
				result.removed.push(path);
			} catch (e) {
				result.failed.push({ path, error: message(e) });
			}
		}
		this.notify(result, opts);
		return result;
	}

	private notify(r: GardenRunResult, opts: GardenRunOptions): void {
		const trouble = r.failed.length + r.refused.length;
		if (opts.quiet && !trouble && !r.written.length && !r.removed.length) return;
		const parts = [`${r.written.length} written`, `${r.unchanged.length} unchanged`];
		if (r.removed.length) parts.push(`${r.removed.length} removed`);
		if (r.refused.length) parts.push(`${r.refused.length} refused`);
		if (r.failed.length) parts.push(`${r.failed.length} failed`);
		const lines = [`Study Briefs: garden pages: ${parts.join(", ")}.`];
		for (const x of r.refused) lines.push(`Not overwritten: ${x.path} (${x.reason}). Rename or move that note.`);
		for (const x of r.failed) lines.push(`Could not write ${x.path}: ${x.error}. The next run tries again.`);
		new Notice(lines.join("\n"), trouble ? 0 : undefined);
	}

	/**
	 * Regenerate when briefs change, at most once per `delayMs` of quiet. Changes to the garden folder
	 * itself (our own writes) do not trigger a run. Returns the function that stops it.
	 */
	startAutoRefresh(delayMs = 5000): () => void {
		let timer: number | null = null;
		const stopListening = this.index.onChange((_rev, changed) => {
			const folder = `${this.folder()}/`;
			if (changed.length && changed.every((p) => p.startsWith(folder))) return;
			if (timer !== null) window.clearTimeout(timer);
			timer = window.setTimeout(() => {
				timer = null;
				void this.run({ quiet: true });
			}, delayMs);
		});
		return () => {
			stopListening();
			if (timer !== null) window.clearTimeout(timer);
			timer = null;
		};
	}
}
