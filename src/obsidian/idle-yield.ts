/**
 * How the indexer's first pass gives the UI its turn between slices: a promise that resolves on the next idle
 * period (requestIdleCallback, at most 50 ms away) or, where there is none, the next macrotask. Unload cancels
 * every pending yield, which resolves it at once.
 */
export class IdleYielder {
	/** Number of yields so far (tests, status). */
	count = 0;
	private readonly pending = new Set<() => void>();

	/** Yields still waiting (0 after cancelAll). */
	get size(): number {
		return this.pending.size;
	}

	/** Resolves on the next idle period (or macrotask); at once when `stopped`. */
	next(stopped: boolean): Promise<void> {
		this.count++;
		return new Promise((resolve) => {
			if (stopped) return resolve();
			const finish = () => {
				this.pending.delete(cancel);
				resolve();
			};
			let cancel: () => void;
			if (typeof window.requestIdleCallback === "function") {
				const id = window.requestIdleCallback(finish, { timeout: 50 });
				cancel = () => {
					window.cancelIdleCallback(id);
					finish();
				};
			} else {
				const id = window.setTimeout(finish, 0);
				cancel = () => {
					window.clearTimeout(id);
					finish();
				};
			}
			this.pending.add(cancel);
		});
	}

	/** Resolves every pending yield now (unload). */
	cancelAll(): void {
		for (const cancel of [...this.pending]) cancel();
		this.pending.clear();
	}
}
