/** Temp vaults, captured output and a fresh CLI bundle for the command-line tests (no ../shared). */
import { buildSync } from "esbuild";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { main } from "../../../src/cli/index";
import type { CliIO } from "../../../src/cli/io";

/** A temp folder with `files` (vault path -> text); `cleanup` removes it. */
export function tempVault(
	files: Record<string, string> = {},
	prefix = "sb-cli-",
): { dir: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const brief = (body: string, fm = "dg-publish: true") => `---\n${fm}\n---\n${body}\n`;

export interface Captured extends CliIO {
	stdout: string[];
	stderr: string[];
	/** Everything written, in order (lines from `out` get their line break). */
	text(): string;
	/** The longest single string handed to the destination. */
	maxChunk: number;
}

/** Captures output like a terminal would receive it, through `write` (streamed) and `out`. */
export function capture(input: string[] = [], withWrite = true): Captured {
	const stdout: string[] = [];
	const stderr: string[] = [];
	const queue = [...input];
	const io: Captured = {
		stdout,
		stderr,
		maxChunk: 0,
		text: () => stdout.join(""),
		out: (t) => {
			io.maxChunk = Math.max(io.maxChunk, t.length + 1);
			stdout.push(`${t}\n`);
		},
		err: (t) => stderr.push(t),
		ask: async () => (queue.length ? queue.shift()! : null),
	};
	if (withWrite) {
		io.write = (chunk) => {
			io.maxChunk = Math.max(io.maxChunk, chunk.length);
			stdout.push(chunk);
		};
	}
	return io;
}

export async function run(args: string[], input: string[] = []) {
	const io = capture(input);
	const code = await main(args, io);
	return { code, out: io.text(), err: io.stderr.join("\n"), maxChunk: io.maxChunk };
}

/** Bundles src/cli/index.ts into `dir` (the current source, never a stale dist/). */
export function buildCli(dir: string): string {
	const outfile = join(dir, "cli.js");
	buildSync({
		entryPoints: ["src/cli/index.ts"],
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node20",
		outfile,
		logLevel: "error",
	});
	return outfile;
}

/** True when `s` holds a character a terminal would act on (C0 other than tab and line feed, DEL, C1). */
export function hasControl(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if ((c < 0x20 && c !== 9 && c !== 10) || (c >= 0x7f && c <= 0x9f)) return true;
	}
	return false;
}
