/**
 * The streaming replay: events go in one at a time, in the global order (compareEvents), and card states are
 * kept up to date, so a new answer costs one step, not a replay of the whole history. The same engine does the
 * full replay (all events sorted, then fed), so both give the same states. An older event arriving late (another
 * device's log synced later) is slotted into its card, which alone is recomputed.
 *
 * - Duplicate events (the same event read from a conflict or backup copy of a log) count once (eventKey).
 * - A relink merges the card's history into its new id (a group of ids, named after the newest one).
 * - An undo takes a review out of its card's events, and that one card is recomputed from its own events.
 * - Events dated more than a day after `now` are kept in the log but not counted yet, and reported.
 */
import type { Problem } from "../model";
import type { LogEvent, ReviewEvent } from "./log";
import { eventKey } from "./log";
import type { Memory, Scheduler } from "./scheduler";
import type { CardState } from "./replay";

const DAY = 86_400_000;
/** How far ahead of this device's clock an event may be dated and still count (clock drift between devices). */
export const FUTURE_SLACK_MS = DAY;

/** Total order of events: time, then device id, then position in the device's file. */
export function compareEvents(
	a: Pick<LogEvent, "t" | "device" | "seq">,
	b: Pick<LogEvent, "t" | "device" | "seq">,
): number {
	if (a.t !== b.t) return a.t - b.t;
	if (a.device !== b.device) return a.device < b.device ? -1 : 1;
	return a.seq - b.seq;
}

/** What `apply` did with an event. "late": an undo or relink older than what was applied (the caller replays in full). */
export type ApplyOutcome = "applied" | "duplicate" | "future" | "late";

type Reviewed = LogEvent & ReviewEvent;

export interface EngineOptions {
	/**
	 * Now (epoch ms, or a clock read at each event, for an engine that lives for days): events dated after
	 * now + FUTURE_SLACK_MS are held back. Undefined: every event counts.
	 */
	now?: number | (() => number);
	/** The path of a card's brief for cards known only from the logs (resolved once, when the card appears). */
	briefPathOf?: (cardId: string) => string;
}

export class ReplayEngine {
	readonly states = new Map<string, CardState>();
	/** Problems met while applying (a review the scheduler refused). Held-back future events: futureProblems(). */
	readonly problems: Problem[] = [];
	/** Events applied to a card's memory, recomputes included: the work done, for growth tests. */
	steps = 0;
	/** Changes with every change to the states (events applied, cards made known): for caches built on them. */
	version = 0;
	private readonly seen = new Set<string>();
	/** Raw card id -> the id of the card its history now lives in (only ids that were relinked). */
	private readonly groupOf = new Map<string, string>();
	/** Card id -> the raw ids merged into it (relinks), in the order they joined. */
	private readonly members = new Map<string, string[]>();
	/** Card id -> its events that shape its memory (reviews not undone, orphan, restore, reset), in order. */
	private readonly eventsOf = new Map<string, LogEvent[]>();
	/** Device + raw card -> that device's reviews of the card not yet undone, oldest first. */
	private readonly stacks = new Map<string, Reviewed[]>();
	private readonly future = new Map<string, { count: number; latest: number; path: string }>();
	private last: LogEvent | null = null;
	/** Device + raw card -> the last undo applied: an older review of theirs cannot be slotted in. */
	private readonly undoneAt = new Map<string, LogEvent>();
	private readonly reported = new WeakSet<LogEvent>();

	constructor(
		private readonly scheduler: Scheduler,
		private readonly opts: EngineOptions = {},
	) {}

	/**
	 * Applies one event. Events should come in compareEvents order; an older review, orphan, restore or reset is
	 * slotted into its card's events (that card is recomputed) unless an undo of that device and card came after
	 * it; an older undo or relink is refused ("late": the caller replays in full).
	 */
	apply(e: LogEvent, path = ""): ApplyOutcome {
		const key = eventKey(e);
		if (this.seen.has(key)) return "duplicate";
		this.version++;
		const now = typeof this.opts.now === "function" ? this.opts.now() : this.opts.now;
		if (now !== undefined && e.t > now + FUTURE_SLACK_MS) {
			this.seen.add(key);
			const f = this.future.get(e.device) ?? { count: 0, latest: e.t, path };
			f.count++;
			f.latest = Math.max(f.latest, e.t);
			this.future.set(e.device, f);
			return "future";
		}
		if (this.last && compareEvents(e, this.last) < 0) {
			// Older than what was applied (another device's clock, a log synced late): slotted into its card if safe.
			if (!this.slotIn(e)) return "late";
			this.seen.add(key);
			return "applied";
		}
		this.seen.add(key);
		this.last = e;
		switch (e.k) {
			case "review":
				this.review(e);
				break;
			case "undo":
				this.undo(e);
				break;
			case "relink":
				this.relink(e.from, e.to);
				break;
			default: {
				const s = this.stateOf(this.idOf(e.card), e.card);
				this.push(s.id, e);
				this.step(s, e);
			}
		}
		return "applied";
	}

	/** A card the index knows: created new (due since the epoch) if it has no history; its brief path set. */
	know(id: string, briefPath: string): void {
		const s = this.states.get(id);
		if (s?.briefPath === briefPath) return;
		this.version++;
		if (s) s.briefPath = briefPath;
		else this.states.set(id, this.fresh(id, briefPath));
	}

	/** One problem per device whose log has events dated in the future (a wrong device clock). */
	futureProblems(): Problem[] {
		return [...this.future].map(([device, f]) => ({
			path: f.path,
			line: 0,
			severity: "warning" as const,
			message: `review log (${device}): ${f.count === 1 ? "1 event is" : `${f.count} events are`} dated in the future (up to ${new Date(f.latest).toISOString().slice(0, 10)}; is that device's clock wrong?). Kept in the log, not counted until then.`,
		}));
	}

	/** The card id a raw card id's history lives in now. */
	idOf(raw: string): string {
		return this.groupOf.get(raw) ?? raw;
	}

	private fresh(id: string, briefPath: string): CardState {
		return { id, briefPath, memory: this.scheduler.initial(0), history: [], orphaned: false, formerIds: [] };
	}

	private stateOf(id: string, raw: string): CardState {
		let s = this.states.get(id);
		if (!s) {
			s = this.fresh(id, this.opts.briefPathOf?.(id) ?? "");
			this.states.set(id, s);
		}
		if (raw !== id && !s.formerIds.includes(raw)) s.formerIds.push(raw);
		return s;
	}

	private push(id: string, e: LogEvent): void {
		const list = this.eventsOf.get(id);
		if (list) list.push(e);
		else this.eventsOf.set(id, [e]);
	}

	private review(e: Reviewed): void {
		const s = this.stateOf(this.idOf(e.card), e.card);
		const key = `${e.device}\u0000${e.card}`;
		const stack = this.stacks.get(key);
		if (stack) stack.push(e);
		else this.stacks.set(key, [e]);
		this.push(s.id, e);
		this.step(s, e);
	}

	/** One event on a card's memory (in order). A review the scheduler refuses, or that gives no date, is reported. */
	private step(s: CardState, e: LogEvent): void {
		this.steps++;
		if (e.k === "orphan") s.orphaned = true;
		else if (e.k === "restore") s.orphaned = false;
		else if (e.k === "reset") s.memory = this.scheduler.reset(s.memory, e.t);
		else if (e.k === "review") {
			let next: Memory | null = null;
			try {
				next = this.scheduler.review(s.memory, Math.max(e.t, s.memory.lastReview ?? e.t), e.grade);
			} catch {
				next = null;
			}
			if (next && Number.isFinite(next.due)) {
				s.memory = next;
				s.history.push({ t: e.t, grade: e.grade, device: e.device });
			} else if (!this.reported.has(e)) {
				// Reported once, however often its card is recomputed.
				this.reported.add(e);
				this.problems.push({
					path: "",
					line: e.seq,
					message: `review log (${e.device}): review of ${e.card} could not be applied, skipped`,
					severity: "warning",
				});
			}
		}
	}

	/** Replays one card from its own events (after an undo or a merge). */
	private recompute(id: string): void {
		const s = this.states.get(id);
		if (!s) return;
		s.memory = this.scheduler.initial(0);
		s.history = [];
		s.orphaned = false;
		for (const e of this.eventsOf.get(id) ?? []) this.step(s, e);
	}

	/** An old event put in its place in its card's events; false when that could change what an undo took back. */
	private slotIn(e: LogEvent): boolean {
		if (e.k === "undo" || e.k === "relink") return false;
		if (e.k === "review") {
			const key = `${e.device}\u0000${e.card}`;
			const undo = this.undoneAt.get(key);
			if (undo && compareEvents(e, undo) < 0) return false;
			const stack = this.stacks.get(key);
			if (stack) insertSorted(stack, e);
			else this.stacks.set(key, [e]);
		}
		const s = this.stateOf(this.idOf(e.card), e.card);
		const list = this.eventsOf.get(s.id);
		if (list) insertSorted(list, e);
		else this.eventsOf.set(s.id, [e]);
		this.recompute(s.id);
		return true;
	}

	private undo(e: LogEvent & { k: "undo" }): void {
		this.stateOf(this.idOf(e.card), e.card);
		this.undoneAt.set(`${e.device}\u0000${e.card}`, e);
		const stack = this.stacks.get(`${e.device}\u0000${e.card}`);
		if (!stack?.length) return;
		let idx = stack.length - 1;
		if (e.of !== undefined) {
			while (idx >= 0 && stack[idx].t !== e.of) idx--;
		}
		if (idx < 0) return;
		const [r] = stack.splice(idx, 1);
		const id = this.idOf(r.card);
		const list = this.eventsOf.get(id);
		const at = list ? list.lastIndexOf(r) : -1;
		if (list && at >= 0) list.splice(at, 1);
		this.recompute(id);
	}

	/** from's card (and everything merged into it) joins to's card under the id `to`. */
	private relink(from: string, to: string): void {
		if (from === to) return;
		const a = this.idOf(from);
		const b = this.idOf(to);
		const ids = [a, b].filter((x, i, all) => all.indexOf(x) === i);
		const joined: string[] = [];
		const events: LogEvent[] = [];
		let briefPath = "";
		for (const id of ids) {
			for (const m of [...(this.members.get(id) ?? []), id]) if (!joined.includes(m)) joined.push(m);
			for (const e of this.eventsOf.get(id) ?? []) events.push(e);
			const s = this.states.get(id);
			if (s) {
				briefPath ||= s.briefPath;
				for (const f of s.formerIds) if (!joined.includes(f)) joined.push(f);
			}
			this.members.delete(id);
			this.eventsOf.delete(id);
			this.states.delete(id);
		}
		if (!joined.includes(from)) joined.push(from);
		for (const m of joined) if (m !== to) this.groupOf.set(m, to);
		this.groupOf.delete(to);
		const formerIds = joined.filter((m) => m !== to);
		this.members.set(to, formerIds);
		events.sort(compareEvents);
		this.eventsOf.set(to, events);
		// The new id's brief first: after a rename the old card's path is the old one.
		this.states.set(to, { ...this.fresh(to, this.opts.briefPathOf?.(to) || briefPath), formerIds });
		this.recompute(to);
	}
}

/** Inserts into a list sorted by compareEvents (after equal ones). */
function insertSorted<T extends LogEvent>(list: T[], e: T): void {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (compareEvents(list[mid], e) <= 0) lo = mid + 1;
		else hi = mid;
	}
	list.splice(lo, 0, e);
}
