/**
 * The indexer's first pass as a schedule: look at items in slices of at most `sliceMs` of work, read the ones
 * that need reading in parallel (`concurrency` at a time; the wait is not counted as work), apply the reads in
 * slices too, and give the UI its turn between slices. Knows nothing of notes: the steps say what to do.
 */
export interface SweepSteps<T, R> {
	/** Looks at one item; pushes what must be read onto `toRead`. */
	classify(item: T, toRead: R[]): void;
	read(r: R): Promise<string | { error: string }>;
	apply(r: R, res: string | { error: string }): void;
	/** Runs a slice's changes as one batch (one change notice). */
	batch(fn: () => void): void;
	now(): number;
	/** A slice ended after `ms` of work: report and yield. False: stop (unloaded meanwhile). */
	endSlice(ms: number): Promise<boolean>;
	stopped(): boolean;
}

/** Sweeps every item; false when it stopped early. The last slice's work is reported through `lastSlice`. */
export async function sweepInSlices<T, R>(
	items: readonly T[],
	steps: SweepSteps<T, R>,
	sliceMs: number,
	concurrency: number,
	lastSlice: (ms: number) => void,
): Promise<boolean> {
	let sliceStart = steps.now();
	const overBudget = () => steps.now() - sliceStart >= sliceMs;
	const endSlice = async (): Promise<boolean> => {
		const go = await steps.endSlice(steps.now() - sliceStart);
		sliceStart = steps.now();
		return go;
	};
	let i = 0;
	while (i < items.length) {
		const toRead: R[] = [];
		steps.batch(() => {
			do steps.classify(items[i++], toRead);
			while (i < items.length && toRead.length < concurrency && !overBudget());
		});
		if (toRead.length) {
			const texts = await Promise.all(toRead.map((r) => steps.read(r)));
			if (steps.stopped()) return false;
			let k = 0;
			while (k < toRead.length) {
				steps.batch(() => {
					do steps.apply(toRead[k], texts[k++]);
					while (k < toRead.length && !overBudget());
				});
				if (k < toRead.length && !(await endSlice())) return false;
			}
		}
		if (i < items.length && overBudget() && !(await endSlice())) return false;
	}
	lastSlice(steps.now() - sliceStart);
	return true;
}
