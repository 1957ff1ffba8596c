/** The curation actions the views call (CurationHost), on the curation store and the curated index. */
import type { Brief, HistEvent, Quote } from "../core/model";
import { addedEventId, targetOfItem, targetOfQuestion } from "../core/overrides";
import type { AddOverride, CuratedIndex, OverrideBody } from "../core/overrides";
import type { Question } from "../core/quiz/types";
import type { CurationEntry, CurationHost, SentenceRef } from "./curation-host";
import type { CurationStore } from "./curation-store";

export class CurationActions implements CurationHost {
	/** Set when curation starts (the logs read, the index settled). */
	started: Promise<void> = Promise.resolve();

	constructor(
		private readonly store: CurationStore,
		private readonly index: CuratedIndex,
		private readonly open: () => void,
		private readonly now: () => number = () => Date.now(),
	) {}

	async hide(item: HistEvent | Quote, kind: "event" | "quote"): Promise<void> {
		const added = this.addedOf(item.id);
		if (added) return this.done(this.store.undo(added.id));
		await this.targeted(item, kind, (target) => ({ k: "hide", target, t: this.now() }));
	}

	async correctDate(ev: HistEvent, text: string): Promise<void> {
		const added = this.addedOf(ev.id);
		if (added) {
			const { id: _id, device: _d, seq: _s, key: _k, ...body } = added;
			return this.done(
				this.store.add([
					{ k: "undo", of: added.id, t: this.now() },
					{ ...body, date: text, t: this.now() },
				]),
			);
		}
		await this.targeted(ev, "event", (target) => ({ k: "date", target, date: text, t: this.now() }));
	}

	async notDate(ev: HistEvent): Promise<void> {
		const added = this.addedOf(ev.id);
		if (added) return this.done(this.store.undo(added.id));
		await this.targeted(ev, "event", (target) => ({ k: "not-date", target, t: this.now() }));
	}

	async setSpeaker(quote: Quote, speaker: string): Promise<void> {
		await this.targeted(quote, "quote", (target) => ({ k: "speaker", target, speaker, t: this.now() }));
	}

	async addEvent(at: SentenceRef, date: string, label?: string): Promise<void> {
		const brief = this.index.raw(at.path);
		if (!brief) throw new Error(`${at.path} is not a brief`);
		const body: AddOverride = {
			k: "add",
			brief: brief.id,
			line: at.line,
			text: at.text.trim(),
			date,
			t: this.now(),
		};
		if (label) body.label = label;
		const near = nearestItem(brief, at.line);
		if (near) body.near = near;
		await this.done(this.store.add(body));
	}

	async skipQuestion(q: Question): Promise<void> {
		await this.question(q, (target) => ({ k: "skip-question", target, t: this.now() }));
	}

	async reportQuestion(q: Question, reason?: string): Promise<void> {
		await this.question(q, (target) =>
			reason
				? { k: "report-question", target, reason, t: this.now() }
				: { k: "report-question", target, t: this.now() },
		);
	}

	async undo(overrideId: string): Promise<void> {
		await this.done(this.store.undo(overrideId));
	}

	entries(): CurationEntry[] {
		const { overrides, placed, orphans } = this.store.state();
		const why = new Map(orphans.map((o) => [o.override.id, o.reason]));
		return overrides.map((o) => {
			const p = placed.get(o.id);
			const reason = why.get(o.id);
			const entry: CurationEntry = { override: o, path: p?.path ?? (o.k === "add" ? o.brief : o.target.brief) };
			if (reason) entry.orphan = reason;
			else if (!p) entry.orphan = "brief";
			const src = p ? this.sourceOf(p.path, o.k === "add" ? "" : p.item, o) : undefined;
			if (src) entry.source = src;
			return entry;
		});
	}

	onChange(cb: () => void): () => void {
		return this.store.onChange(cb);
	}

	openPanel(): void {
		this.open();
	}

	/** Resolves when curation has started and every queued write has run (tests, and a clean unload). */
	async whenIdle(): Promise<void> {
		await this.started;
		await this.store.whenIdle();
	}

	private sourceOf(path: string, item: string, o: CurationEntry["override"]): CurationEntry["source"] {
		if (o.k === "add") return { path, line: o.line };
		const b = this.index.raw(path);
		const hit = b?.events.find((e) => e.id === item) ?? b?.quotes.find((q) => q.id === item);
		return hit ? { path, line: hit.source.line } : { path, line: 0 };
	}

	/** The add override behind an added event, when the item is one. */
	private addedOf(
		itemId: string,
	): (AddOverride & { id: string; device: string; seq: number; key?: string }) | undefined {
		if (!itemId.startsWith("e:added-")) return undefined;
		for (const o of this.store.state().overrides) if (o.k === "add" && addedEventId(o) === itemId) return o;
		return undefined;
	}

	private async targeted(
		item: HistEvent | Quote,
		kind: "event" | "quote",
		make: (target: ReturnType<typeof targetOfItem>) => OverrideBody,
	): Promise<void> {
		const brief = this.briefOf(item.briefPath);
		await this.done(this.store.add(make(targetOfItem(brief, item.id, kind))));
	}

	private async question(
		q: Question,
		make: (target: ReturnType<typeof targetOfQuestion>) => OverrideBody,
	): Promise<void> {
		const brief = this.briefOf(q.briefPath);
		await this.done(this.store.add(make(targetOfQuestion(brief, q))));
	}

	private briefOf(path: string): Brief {
		const b = this.index.raw(path);
		if (!b) throw new Error(`${path} is not a brief`);
		return b;
	}

	private async done(write: Promise<boolean>): Promise<void> {
		await write;
	}
}

/** The id of the event, quote or fact nearest to a line: finds an added event's brief again after a rename. */
function nearestItem(brief: Brief, line: number): string | undefined {
	let best: { id: string; d: number } | undefined;
	for (const i of [...brief.events, ...brief.quotes, ...brief.facts]) {
		const d = Math.abs(i.source.line - line);
		if (!best || d < best.d) best = { id: i.id, d };
	}
	return best?.id;
}
