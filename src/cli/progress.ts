/**
 * A progress bar for long CLI work: on stderr, only when stderr is a terminal and the work is long, redrawn in place
 * at most once per percent, cleared when done. Never on stdout, so `--json` output stays clean.
 */

export interface ProgressStream {
	isTTY?: boolean;
	write(text: string): unknown;
}

export interface CliProgressOptions {
	/** Below this many steps no bar is drawn (short work needs none). Default 200. */
	minTotal?: number;
	/** Bar width in characters. Default 24. */
	width?: number;
}

export class CliProgress {
	private done = 0;
	private shown = -1;
	private readonly on: boolean;
	private readonly width: number;

	constructor(
		private readonly stream: ProgressStream | null,
		private readonly label: string,
		private readonly total: number,
		opts: CliProgressOptions = {},
	) {
		this.on = !!stream?.isTTY && total >= (opts.minTotal ?? 200);
		this.width = opts.width ?? 24;
	}

	/** The bar is drawn at all. */
	get active(): boolean {
		return this.on;
	}

	tick(steps = 1): void {
		this.done = Math.min(this.total, this.done + steps);
		if (!this.on) return;
		const pct = Math.floor((this.done / this.total) * 100);
		if (pct === this.shown) return;
		this.shown = pct;
		this.stream?.write(`\r${progressLine(this.label, this.done, this.total, this.width)}`);
	}

	/** Clears the bar's line. */
	finish(): void {
		if (this.on && this.shown >= 0) this.stream?.write("\r\u001b[2K");
		this.shown = -1;
	}
}

/** "[######------] 50% reading notes 5 / 10" */
export function progressLine(label: string, done: number, total: number, width = 24): string {
	const share = total > 0 ? Math.min(1, done / total) : 0;
	const full = Math.round(share * width);
	return `[${"#".repeat(full)}${"-".repeat(width - full)}] ${String(Math.floor(share * 100)).padStart(3)}% ${label} ${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")}`;
}
