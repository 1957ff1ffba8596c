/**
 * Streamed output: text lines and JSON documents are written in bounded chunks as they are produced, waiting
 * for the destination to drain, so neither a whole document nor a whole listing is ever one string in memory.
 * Text lines are made terminal-safe (control characters shown as escapes); JSON is left to JSON's own escaping.
 */
import type { CliIO } from "./io";
import { jsonSafe, terminalSafe } from "./terminal-text";

/** Characters gathered before a chunk is written. A chunk is at most this plus one row. */
export const CHUNK_CHARS = 64 * 1024;

export class OutStream {
	private parts: string[] = [];
	private size = 0;

	constructor(
		private readonly io: CliIO,
		private readonly chunkChars = CHUNK_CHARS,
	) {}

	/** Queues raw text; writes a chunk (and waits for drain) once enough is gathered. */
	async push(text: string): Promise<void> {
		this.parts.push(text);
		this.size += text.length;
		if (this.size >= this.chunkChars) await this.flush();
	}

	/** One line of text for a terminal. */
	line(text = ""): Promise<void> {
		return this.push(`${terminalSafe(text)}\n`);
	}

	async flush(): Promise<void> {
		if (!this.size) return;
		const chunk = this.parts.join("");
		this.parts = [];
		this.size = 0;
		if (this.io.write) await this.io.write(chunk);
		else this.io.out(chunk.endsWith("\n") ? chunk.slice(0, -1) : chunk);
	}
}

/** A field of a streamed JSON document whose value is an array written row by row. */
export class Rows {
	constructor(readonly rows: Iterable<unknown>) {}
}

/** Lazily maps an iterable (rows are made as they are written, never all at once). */
export function* mapRows<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
	for (const item of items) yield f(item);
}

function pretty(value: unknown, indent: string): string {
	const json = JSON.stringify(value, null, 2) ?? "null";
	return jsonSafe(indent ? json.replace(/\n/g, `\n${indent}`) : json);
}

/**
 * Writes `{ "name": value, ... }` formatted exactly as JSON.stringify(doc, null, 2) would, but a Rows field is
 * written one element at a time.
 */
export async function writeJson(out: OutStream, fields: [string, unknown][]): Promise<void> {
	await out.push("{");
	for (const [i, [name, value]] of fields.entries()) {
		await out.push(`${i ? "," : ""}\n  ${JSON.stringify(name)}: `);
		if (!(value instanceof Rows)) {
			await out.push(pretty(value, "  "));
			continue;
		}
		let n = 0;
		for (const row of value.rows) {
			await out.push(`${n++ ? "," : "["}\n    ${pretty(row, "    ")}`);
		}
		await out.push(n ? "\n  ]" : "[]");
	}
	await out.push(fields.length ? "\n}\n" : "}\n");
	await out.flush();
}

/**
 * On EPIPE (the reader went away: `study-briefs check | head`) exit quietly with 0 instead of a stack trace;
 * any other output error is reported and exits 1.
 */
export function exitQuietlyOnEpipe(
	stream: { on(event: "error", listener: (e: Error) => void): unknown },
	exit: (code: number) => void,
	report: (text: string) => void,
): void {
	stream.on("error", (e: Error) => {
		if ((e as { code?: unknown }).code === "EPIPE") exit(0);
		else {
			report(`study-briefs: cannot write the output: ${e.message}`);
			exit(1);
		}
	});
}
