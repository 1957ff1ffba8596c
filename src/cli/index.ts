/**
 * study-briefs: the same core as the plugin, from a terminal.
 *   study-briefs timeline [VAULT] [--json] [--all] [--any-note]
 *   study-briefs quotes   [VAULT] [--json] [--all] [--any-note]
 *   study-briefs quiz NOTE [--vault VAULT] [--seed N] [--count N] [--kinds K,…] [--json] [--any-note]
 *   study-briefs garden   [VAULT] --out DIR [--dry-run]
 *   study-briefs check    [VAULT] [--json]
 *   study-briefs problems [VAULT] [--json] [--all] [--any-note]
 *   study-briefs stats    [VAULT] [--json]
 * Exit: 0 success (problems are reported in the output), 2 bad arguments, 1 the command could not do its job.
 *   check: 1 on an embedded unpublished note or an error-level problem; garden: 1 when a page was refused or a
 *   write or move failed.
 */
import { existsSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { intFlag, parseArgs, UsageError } from "./args";
import { runCheck } from "./check";
import { runGarden } from "./garden";
import type { CliIO } from "./io";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./io";
import { exitQuietlyOnEpipe } from "./output";
import { parseKinds, runQuiz } from "./quiz";
import { runQuotes } from "./quotes";
import { runStats } from "./stats";
import { terminalSafe } from "./terminal-text";
import { runProblems, runTimeline } from "./timeline";
import { isEraConvention } from "../settings";
import type { EraConvention } from "../core/dates/format";
import { loadVault } from "./vault";

export const USAGE = `Usage: study-briefs <command> [options]

  timeline [VAULT] [--json] [--all] [--any-note] [--era-labels auto|bc-ad|bce-ce]
      events of all briefs in chronological order
  quotes   [VAULT] [--json] [--all] [--any-note]
      the quote index
  quiz NOTE [--vault VAULT] [--seed N] [--count N] [--kinds K,…] [--json] [--any-note]
      a quiz on one brief (interactive; --json prints the questions);
      --kinds date,cloze,term,match,order,true-false (date-choice, date-typed also)
  garden   [VAULT] --out DIR [--dry-run] [--era-labels auto|bc-ad|bce-ce]
      write the publishable study pages
  check    [VAULT] [--json]
      problems and the linked-notes report
  problems [VAULT] [--json] [--all] [--any-note]
      notes that could not be read, and (--json) why each other file is not a brief
  stats    [VAULT] [--json]
      review statistics (streak, due forecast, retention, mastery, most missed)

VAULT defaults to examples/vault; NOTE is a path inside VAULT (--vault or the default) or a file path.
--all includes briefs not marked for publishing; --any-note reads every Markdown note as a brief.
--era-labels: how dates write their era (default: the plugin's "Era labels" setting, else as each note writes them).`;

/** `--era-labels auto|bc-ad|bce-ce`; undefined when absent (the vault's setting applies). */
function eraLabelsFlag(flags: Record<string, string | boolean>): EraConvention | undefined {
	const v = flags["era-labels"];
	if (v === undefined) return undefined;
	if (!isEraConvention(v)) throw new UsageError("--era-labels takes auto, bc-ad or bce-ce");
	return v;
}

const DEFAULT_VAULT = "examples/vault";

function vaultArg(positionals: string[]): string {
	const dir = positionals[0] ?? DEFAULT_VAULT;
	if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`not a folder: ${dir}`);
	return dir;
}

/**
 * Everything printed for a person goes through terminalSafe: note text with escape sequences cannot drive the
 * terminal. Raw `write` (streamed JSON, whose own escaping applies; text lines are made safe by OutStream) passes.
 */
export function safeIO(io: CliIO): CliIO {
	return {
		out: (t) => io.out(terminalSafe(t)),
		err: (t) => io.err(terminalSafe(t)),
		...(io.ask ? { ask: (prompt: string) => io.ask!(terminalSafe(prompt)) } : {}),
		...(io.write ? { write: (chunk: string) => io.write!(chunk) } : {}),
	};
}

export async function main(argv: string[], rawIO: CliIO): Promise<number> {
	const io = safeIO(rawIO);
	const [command, ...rest] = argv;
	// `study-briefs timeline --help` asks for help, not for an option named help.
	const options = rest.includes("--") ? rest.slice(0, rest.indexOf("--")) : rest;
	if (command !== undefined && (options.includes("--help") || options.includes("-h"))) {
		io.out(USAGE);
		return EXIT_OK;
	}
	try {
		switch (command) {
			case "timeline":
			case "quotes":
			case "problems": {
				const a = parseArgs(rest, command === "timeline" ? ["era-labels"] : [], ["json", "all", "any-note"]);
				if (a.positionals.length > 1) throw new UsageError(`${command} takes one VAULT`);
				const eraLabels = eraLabelsFlag(a.flags);
				const vault = loadVault(vaultArg(a.positionals), {
					all: a.flags.all === true,
					anyNote: a.flags["any-note"] === true,
					keepText: false,
					progress: process.stderr,
				});
				const json = a.flags.json === true;
				if (command === "timeline") return await runTimeline(vault, { json, eraLabels }, io);
				if (command === "quotes") return await runQuotes(vault, { json }, io);
				return await runProblems(vault, { json }, io);
			}
			case "quiz": {
				const a = parseArgs(rest, ["vault", "seed", "count", "kinds"], ["json", "any-note"]);
				if (a.positionals.length !== 1) throw new UsageError("quiz takes one NOTE");
				const vault = typeof a.flags.vault === "string" ? a.flags.vault : undefined;
				return await runQuiz(
					a.positionals[0],
					{
						vault,
						defaultVault: DEFAULT_VAULT,
						seed: a.flags.seed === undefined ? undefined : intFlag(a.flags, "seed", 0),
						count: a.flags.count === undefined ? undefined : intFlag(a.flags, "count", 10, 1),
						json: a.flags.json === true,
						anyNote: a.flags["any-note"] === true,
						kinds: typeof a.flags.kinds === "string" ? parseKinds(a.flags.kinds) : undefined,
					},
					io,
				);
			}
			case "garden": {
				const a = parseArgs(rest, ["out", "era-labels"], ["dry-run"]);
				if (typeof a.flags.out !== "string") throw new UsageError("garden needs --out DIR");
				const out = { out: a.flags.out, dryRun: a.flags["dry-run"] === true, progress: process.stderr };
				return await runGarden(vaultArg(a.positionals), { ...out, eraLabels: eraLabelsFlag(a.flags) }, io);
			}
			case "check": {
				const a = parseArgs(rest, [], ["json"]);
				return await runCheck(vaultArg(a.positionals), { json: a.flags.json === true }, io);
			}
			case "stats": {
				const a = parseArgs(rest, [], ["json"]);
				if (a.positionals.length > 1) throw new UsageError("stats takes one VAULT");
				return runStats(vaultArg(a.positionals), { json: a.flags.json === true, progress: process.stderr }, io);
			}
			case undefined:
			case "help":
			case "--help":
			case "-h":
				io.out(USAGE);
				return command === undefined ? EXIT_USAGE : EXIT_OK;
			default:
				throw new UsageError(`unknown command: ${command}`);
		}
	} catch (e) {
		if (e instanceof UsageError) {
			io.err(`study-briefs: ${e.message}\n\n${USAGE}`);
			return EXIT_USAGE;
		}
		io.err(`study-briefs: ${e instanceof Error ? e.message : String(e)}`);
		return EXIT_FAILED;
	}
}

function terminalIO(): CliIO {
	const lines: string[] = [];
	const waiting: ((s: string | null) => void)[] = [];
	let closed = false;
	let rl: ReturnType<typeof createInterface> | null = null;
	const ensure = () => {
		if (rl) return;
		rl = createInterface({ input: process.stdin, terminal: false });
		rl.on("line", (l) => (waiting.length ? waiting.shift()!(l) : lines.push(l)));
		rl.on("close", () => {
			closed = true;
			while (waiting.length) waiting.shift()!(null);
		});
	};
	const write = (chunk: string): void | Promise<void> => {
		if (process.stdout.write(chunk)) return;
		return new Promise((res) => process.stdout.once("drain", () => res()));
	};
	return {
		out: (t) => void process.stdout.write(`${t}\n`),
		err: (t) => void process.stderr.write(`${t}\n`),
		write,
		ask: (prompt) => {
			ensure();
			process.stdout.write(prompt);
			if (lines.length) return Promise.resolve(lines.shift()!);
			if (closed) return Promise.resolve(null);
			return new Promise((res) => waiting.push(res));
		},
	};
}

if (require.main === module) {
	// `study-briefs check | head`: the reader closed the pipe, which is not an error of ours.
	exitQuietlyOnEpipe(
		process.stdout,
		(code) => process.exit(code),
		(t) => process.stderr.write(`${t}\n`),
	);
	void main(process.argv.slice(2), terminalIO()).then((code) => {
		process.exitCode = code;
		// readline keeps stdin open: end explicitly once the command is done.
		process.stdin.destroy();
	});
}
