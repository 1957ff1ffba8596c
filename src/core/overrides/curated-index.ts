/**
 * The vault index with the student's overrides applied. The indexer puts briefs as read (raw) into it; every
 * query (timeline, axis, quote index, quiz, garden, public API) sees them curated. The raw briefs are kept, so
 * an override that is undone or changed, or a note that is edited or renamed, re-curates just the briefs concerned.
 *
 * Before `settle()` (the first pass of the indexer still running) overrides apply to the brief whose id they
 * name; once settled, overrides of briefs that went away follow their items to the renamed brief, and what is
 * found nowhere is listed as an orphan (never dropped).
 */
import { BriefIndex } from "../index/brief-index";
import { repathBrief } from "../index/repath";
import type { Brief } from "../model";
import { linkItemsOf } from "../review/relink";
import { curate, groupByBrief } from "./apply";
import { briefOf, itemOf } from "./follow";
import type { Orphan } from "./follow";
import type { Override } from "./types";

export interface CurationState {
	/** Overrides in force, in the global order. */
	overrides: Override[];
	/** Override id -> the brief (path, id) and item (id now) it applies to. */
	placed: Map<string, { path: string; briefId: string; item: string }>;
	/** Overrides that apply to nothing now, with the reason. */
	orphans: Orphan[];
}

export class CuratedIndex extends BriefIndex {
	private readonly raws = new Map<string, Brief>();
	private list: Override[] = [];
	private settled = false;
	/** Brief id -> its overrides (brief ids followed over renames once settled). */
	private groups = new Map<string, Override[]>();
	private briefOrphans: Orphan[] = [];
	/** The items of overrides that name a brief id no brief has (orphans, or followed to a renamed brief). */
	private detachedItems = new Set<string>();
	/** Per brief path: the ids of the overrides it was curated with, its placed overrides and its orphans. */
	private readonly applied = new Map<string, { sig: string; placed: Map<string, string>; orphans: Orphan[] }>();

	/** The brief as read, before curation (the parse cache keeps these). */
	raw(path: string): Brief | undefined {
		return this.raws.get(path) ?? super.raw(path);
	}

	upsert(brief: Brief): void {
		const before = this.raws.get(brief.path);
		this.raws.set(brief.path, brief);
		// Only a brief whose id changed, or overrides that lost their brief or follow a renamed one, need the whole
		// plan again; anything else is this brief's own overrides (a vault re-read stays linear).
		if (this.settled && ((before !== undefined && before.id !== brief.id) || this.mayHold(brief)))
			this.replan([brief.path]);
		else this.curateAt(brief.path);
	}

	remove(path: string): void {
		const had = this.applied.has(path);
		this.raws.delete(path);
		this.applied.delete(path);
		this.batch(() => {
			super.remove(path);
			if (this.settled && had) this.replan([]);
		});
	}

	rename(oldPath: string, newPath: string): void {
		const raw = this.raws.get(oldPath);
		if (!raw || oldPath === newPath) return super.rename(oldPath, newPath);
		this.raws.delete(oldPath);
		this.applied.delete(oldPath);
		this.raws.set(newPath, repathBrief(raw, newPath));
		this.batch(() => {
			super.rename(oldPath, newPath);
			if (this.settled) this.replan([newPath]);
			else this.curateAt(newPath);
		});
	}

	/** Drops every brief (a re-read of the vault follows): unsettled until `settle()` is called again. */
	clear(): void {
		this.raws.clear();
		this.applied.clear();
		this.settled = false;
		super.clear();
	}

	/** The overrides in force changed (a log was read, written or synced): re-curates the briefs concerned. */
	setOverrides(overrides: Override[]): void {
		this.list = overrides;
		this.replan([]);
	}

	/** The first pass (or a re-read after clear) is done: renamed briefs are followed and orphans listed from now on. */
	settle(): void {
		this.settled = true;
		this.replan([]);
	}

	/** Where each override applies now, and the orphans. */
	curation(): CurationState {
		const placed = new Map<string, { path: string; briefId: string; item: string }>();
		const orphans = this.settled ? [...this.briefOrphans] : [];
		for (const [path, a] of this.applied) {
			const briefId = this.raws.get(path)?.id ?? path;
			for (const [id, item] of a.placed) placed.set(id, { path, briefId, item });
			for (const o of a.orphans) orphans.push(o);
		}
		return { overrides: this.list, placed, orphans };
	}

	private replan(force: string[]): void {
		if (this.settled) {
			const r = groupByBrief(this.list, [...this.raws.values()], true);
			this.groups = r.byId;
			this.briefOrphans = r.orphans;
			this.detachedItems = new Set();
			for (const o of this.list) if (!r.byId.has(briefOf(o))) this.detachedItems.add(itemOf(o) ?? "");
		} else {
			this.groups = new Map();
			for (const o of this.list) {
				const id = briefOf(o);
				this.groups.set(id, [...(this.groups.get(id) ?? []), o]);
			}
		}
		const must = new Set(force);
		this.batch(() => {
			for (const [path, raw] of this.raws) {
				const sig = sigOf(this.groups.get(raw.id));
				if (must.has(path) || (this.applied.get(path)?.sig ?? "") !== sig) this.curateAt(path);
			}
		});
	}

	/** Whether this brief holds an item of an override that lost its brief (then the plan is made again). */
	private mayHold(brief: Brief): boolean {
		if (!this.detachedItems.size) return false;
		return linkItemsOf(brief).some((i) => this.detachedItems.has(i.id));
	}

	private curateAt(path: string): void {
		const raw = this.raws.get(path);
		if (!raw) return;
		const group = this.groups.get(raw.id);
		const r = curate(raw, group);
		if (group?.length)
			this.applied.set(path, {
				sig: sigOf(group),
				placed: new Map(r.placed.map((p) => [p.override.id, p.item])),
				orphans: r.orphans,
			});
		else this.applied.delete(path);
		super.upsert(r.brief);
	}
}

function sigOf(list: Override[] | undefined): string {
	return list?.length ? list.map((o) => o.id).join("|") : "";
}
