/**
 * study-briefs: the same core as the plugin, from a terminal.
 *   study-briefs timeline [VAULT] [--json] [--all]
 *   study-briefs quotes   [VAULT] [--json] [--all]
 *   study-briefs quiz NOTE [--vault VAULT] [--seed N] [--count N] [--json]
 *   study-briefs garden   [VAULT] --out DIR [--dry-run]
 *   study-briefs check    [VAULT] [--json]
 *   study-briefs problems [VAULT] [--json]
 *   study-briefs stats    [VAULT] [--json]
 * Exit: 0 success (problems are reported in the output), 2 bad arguments, 1 the command could not do its job.
 */
import { existsSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { intFlag, parseArgs, UsageError } from "./args";
import { runCheck } from "./check";
import { runGarden } from "./garden";
import type { CliIO } from "./io";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./io";
import { runQuiz } from "./quiz";
import { runQuotes } from "./quotes";
import { runStats } from "./stats";
import { printProblems, problemJson, runTimeline } from "./timeline";
import { loadVault } from "./vault";

export const USAGE = `Usage: study-briefs <command> [options]

  timeline [VAULT] [--json] [--all]      events of all briefs in chronological order
  quotes   [VAULT] [--json] [--all]      the quote index
  quiz NOTE [--vault VAULT] [--seed N] [--count N] [--json]
                                         a quiz on one brief (interactive; --json prints the questions)
  garden   [VAULT] --out DIR [--dry-run] write the publishable study pages
  check    [VAULT] [--json]              problems and the linked-notes report
  problems [VAULT] [--json]              notes that could not be read
  stats    [VAULT] [--json]              review statistics (streak, due forecast, retention, mastery, most missed)

VAULT defaults to examples/vault. --all includes notes not marked for publishing.`;

const DEFAULT_VAULT = "examples/vault";

function vaultArg(positionals: string[]): string {
	const dir = positionals[0] ?? DEFAULT_VAULT;
	if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`not a folder: ${dir}`);
	return dir;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
	const [command, ...rest] = argv;
	try {
		switch (command) {
			case "timeline":
			case "quotes":
			case "problems": {
				const a = parseArgs(rest, [], ["json", "all"]);
				if (a.positionals.length > 1) throw new UsageError(`${command} takes one VAULT`);
				const vault = loadVault(vaultArg(a.positionals), { all: a.flags.all === true });
				const json = a.flags.json === true;
				if (command === "timeline") return runTimeline(vault, { json }, io);
				if (command === "quotes") return runQuotes(vault, { json }, io);
				if (json) io.out(JSON.stringify({ problems: vault.problems.map(problemJson) }, null, 2));
				else if (vault.problems.length) printProblems(vault.problems, io);
				else io.out(`No problems in ${vault.root}.`);
				return EXIT_OK;
			}
			case "quiz": {
				const a = parseArgs(rest, ["vault", "seed", "count"], ["json"]);
				if (a.positionals.length !== 1) throw new UsageError("quiz takes one NOTE");
				const vault = typeof a.flags.vault === "string" ? a.flags.vault : undefined;
				return await runQuiz(a.positionals[0], {
					vault,
					seed: a.flags.seed === undefined ? undefined : intFlag(a.flags, "seed", 0),
					count: a.flags.count === undefined ? undefined : intFlag(a.flags, "count", 10),
					json: a.flags.json === true,
				}, io);
			}
			case "garden": {
				const a = parseArgs(rest, ["out"], ["dry-run"]);
				if (typeof a.flags.out !== "string") throw new UsageError("garden needs --out DIR");
				return await runGarden(vaultArg(a.positionals), { out: a.flags.out, dryRun: a.flags["dry-run"] === true }, io);
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
	return {
		out: (t) => process.stdout.write(`${t}\n`),
		err: (t) => process.stderr.write(`${t}\n`),
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
	void main(process.argv.slice(2), terminalIO()).then((code) => {
		process.exitCode = code;
		// readline keeps stdin open: end explicitly once the command is done.
		process.stdin.destroy();
	});
}
