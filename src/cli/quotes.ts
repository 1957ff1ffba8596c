import type { CliIO } from "./io";
import { EXIT_OK } from "./io";
import { indexOf, printProblems, problemJson } from "./timeline";
import type { LoadedVault } from "./vault";

export function runQuotes(vault: LoadedVault, opts: { json: boolean }, io: CliIO): number {
	const quotes = indexOf(vault).quotes({ includeUnpublished: true });
	if (opts.json) {
		const out = quotes.map((q) => ({ id: q.id, brief: q.briefPath, line: q.source.line, text: q.text, speaker: q.speaker ?? null, section: q.section }));
		io.out(JSON.stringify({ quotes: out, problems: vault.problems.map(problemJson) }, null, 2));
		return EXIT_OK;
	}
	const titles = new Map(vault.briefs.map((b) => [b.path, b.title]));
	io.out(`Key quotes in ${vault.root}: ${quotes.length}\n`);
	for (const q of quotes) {
		for (const line of q.text.split("\n")) io.out(`  > ${line}`);
		const who = q.speaker ? `${q.speaker}, ` : "";
		io.out(`  — ${who}${titles.get(q.briefPath) ?? q.briefPath} (line ${q.source.line + 1})\n`);
	}
	printProblems(vault.problems, io);
	return EXIT_OK;
}
