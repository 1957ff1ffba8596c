/** Where the CLI writes: injectable so tests capture output without spawning a process. */
export interface CliIO {
	out(text: string): void;
	err(text: string): void;
	/** Ask a question on the terminal; null when there is no terminal (stdin closed). */
	ask?(prompt: string): Promise<string | null>;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
