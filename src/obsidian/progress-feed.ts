/** The indexer's progress as something views can watch: the latest report and its listeners. */

export interface IndexingProgress {
	phase: "idle" | "loading-cache" | "indexing" | "ready" | "stopped";
	done: number;
	total: number;
}

/** The first pass is running (the parse cache loading counts: the index is still empty). */
export function isIndexing(p: IndexingProgress): boolean {
	return p.phase === "loading-cache" || p.phase === "indexing";
}

export class ProgressFeed {
	private latest: IndexingProgress = { phase: "idle", done: 0, total: 0 };
	private readonly listeners = new Set<(p: IndexingProgress) => void>();

	get current(): IndexingProgress {
		return this.latest;
	}

	get indexing(): boolean {
		return isIndexing(this.latest);
	}

	/** The indexer's onProgress. A listener that throws never stops the others (nor the indexer). */
	update(p: IndexingProgress): void {
		this.latest = { phase: p.phase, done: p.done, total: p.total };
		for (const cb of [...this.listeners]) this.call(cb);
	}

	private call(cb: (p: IndexingProgress) => void): void {
		try {
			cb(this.latest);
		} catch (e) {
			console.error("Study Briefs: progress display failed", e);
		}
	}

	/** Calls `cb` now and on every report; returns the unsubscribe. */
	watch(cb: (p: IndexingProgress) => void): () => void {
		this.listeners.add(cb);
		this.call(cb);
		return () => this.listeners.delete(cb);
	}
}
