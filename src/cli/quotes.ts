import type { Quote } from "../core/model";
import type { CliIO } from "./io";
import { EXIT_OK } from "./io";
import { mapRows, OutStream, Rows, writeJson } from "./output";
import { count } from "./terminal-text";
import { indexOf, printProblems, trailerFields } from "./timeline";
import type { LoadedVault } from "./vault";

function quoteJson(q: Quote) {
	return {
		id: q.id,
		brief: q.briefPath,
		line: q.source.line,
		text: q.text,
		speaker: q.speaker ?? null,
		section: q.section,
	};
}

export async function runQuotes(vault: LoadedVault, opts: { json: boolean }, io: CliIO): Promise<number> {
	const quotes = indexOf(vault).quotes({ includeUnpublished: true });
	const out = new OutStream(io);
	if (opts.json) {
		await writeJson(out, [["quotes", new Rows(mapRows(quotes, quoteJson))], ...trailerFields(vault)]);
		return EXIT_OK;
	}
	const titles = new Map(vault.briefs.map((b) => [b.path, b.title]));
	await out.line(
		`Key quotes in ${vault.root}: ${count(quotes.length, "quote")} from ${count(vault.briefs.length, "brief")}`,
	);
	await out.line();
	for (const q of quotes) {
		for (const line of q.text.split("\n")) await out.line(`  > ${line}`);
		const who = q.speaker ? `${q.speaker}, ` : "";
		await out.line(`  — ${who}${titles.get(q.briefPath) ?? q.briefPath} (line ${q.source.line + 1})`);
		await out.line();
	}
	await printProblems(vault.problems, out);
	await out.flush();
	return EXIT_OK;
}
