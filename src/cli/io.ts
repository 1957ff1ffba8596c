/** Where the CLI writes: injectable so tests capture output without spawning a process. */
export interface CliIO {
	/** One line for a person (the CLI adds the line break). */
	out(text: string): void;
	err(text: string): void;
	/** Ask a question on the terminal; null when there is no terminal (stdin closed). */
	ask?(prompt: string): Promise<string | null>;
	/**
	 * Raw output, written as is (streamed JSON and long listings). Resolves when the destination can take more
	 * (stdout's "drain"), so output never piles up in memory. Without it, chunks go through `out`.
	 */
	write?(chunk: string): void | Promise<void>;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
