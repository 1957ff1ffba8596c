/**
 * study-briefs check [VAULT] [--json]: problems, and every link and embed of the briefs the garden publishes
 * classified as the garden will see it (published, unpublished = dead link, missing,
 * embedded-unpublished = its content would be published, hidden).
 * Exit 1 when a published brief embeds an unpublished note or a note has an error-level problem (G1).
 */
import {
	classifyLinks,
	countByStatus,
	embedLeakMessage,
	embedLeaks,
	gardenUrl,
	publishedBriefs,
	type LinkReport,
} from "../core/garden";
import type { Brief } from "../core/model";
import type { Settings } from "../settings";
import { gardenVault, vaultSettings } from "./garden";
import type { CliIO } from "./io";
import { EXIT_FAILED, EXIT_OK } from "./io";

export interface CheckOptions {
	json: boolean;
	settings?: Settings;
}

const MEANING: Record<LinkReport["status"], string> = {
	published: "published",
	hidden: "published, hidden from navigation",
	unpublished: "not published: a dead link in the garden",
	missing: "no such note",
	"embedded-unpublished": "WARNING: embedded but not published: its content would be published inside this brief",
};

function linkJson(r: LinkReport) {
	return {
		brief: r.from,
		line: r.link.line,
		target: r.link.target,
		embed: r.link.embed,
		status: r.status,
		path: r.path,
		...(r.attachment ? { attachment: true } : {}),
		...(r.via ? { via: r.via } : {}),
	};
}

function shown(r: LinkReport): string {
	const l = r.link;
	const inner = `${l.target}${l.heading ? `#${l.heading}` : ""}${l.alias ? `|${l.alias}` : ""}`;
	return l.kind === "wiki"
		? `${l.embed ? "!" : ""}[[${inner}]]`
		: `${l.embed ? "!" : ""}[${l.alias ?? ""}](${l.target})`;
}

export async function runCheck(vaultDir: string, opts: CheckOptions, io: CliIO): Promise<number> {
	const settings = opts.settings ?? vaultSettings(vaultDir);
	const g = gardenVault(vaultDir, settings);
	const { vault, notes, resolveLink, embedsOf } = g;
	const briefs = publishedBriefs(g.briefs, notes, settings.gardenFolder);
	const byPath = new Map(notes.map((n) => [n.path, n]));
	const leaks = embedLeaks(briefs, byPath, resolveLink, embedsOf);
	const errors = vault.problems.filter((p) => p.severity === "error").length;
	const code = leaks.length || errors ? EXIT_FAILED : EXIT_OK;
	const reports: { brief: Brief; links: LinkReport[] }[] = briefs.map((b) => ({
		brief: b,
		links: classifyLinks(b, byPath, resolveLink, embedsOf),
	}));
	const all = reports.flatMap((r) => r.links);
	const counts = countByStatus(all);
	const url = (b: Brief) =>
		settings.gardenBaseUrl ? gardenUrl({ permalink: b.permalink }, settings.gardenBaseUrl, b.path) : undefined;
	if (opts.json) {
		io.out(
			JSON.stringify(
				{
					briefs: briefs.map((b) => ({ path: b.path, title: b.title, ...(url(b) ? { url: url(b) } : {}) })),
					links: all.map(linkJson),
					counts,
					problems: vault.problems.map((p) => ({
						path: p.path,
						line: p.line,
						message: p.message,
						severity: p.severity,
					})),
					embeddedUnpublished: leaks,
				},
				null,
				2,
			),
		);
		return code;
	}
	io.out(`Linked notes of ${briefs.length} published briefs in ${vault.root}\n`);
	for (const { brief, links } of reports) {
		if (!links.length) continue;
		io.out(`${brief.path}${url(brief) ? `  <${url(brief)}>` : ""}`);
		for (const r of links) {
			const to = r.via
				? ` -> ${[...r.via, r.path].join(" -> ")}`
				: r.path && r.path !== r.link.target
					? ` -> ${r.path}`
					: "";
			io.out(
				`  line ${String(r.link.line + 1).padEnd(4)} ${r.status.padEnd(21)} ${shown(r)}${to}  (${MEANING[r.status]})`,
			);
		}
		io.out("");
	}
	io.out(
		`Links: ${counts.published} published, ${counts.hidden} hidden, ${counts.unpublished} unpublished, ` +
			`${counts["embedded-unpublished"]} embedded-unpublished, ${counts.missing} missing`,
	);
	if (vault.problems.length) {
		io.out(`\nProblems (${vault.problems.length}):`);
		for (const p of vault.problems) io.out(`  ${p.path}:${p.line + 1}  ${p.severity}: ${p.message}`);
	} else io.out("No problems.");
	if (leaks.length) {
		io.out(`\nEmbedded unpublished notes (${leaks.length}): their text would be published inside the brief.`);
		for (const l of leaks) io.out(`  ${embedLeakMessage(l)}`);
	}
	if (code !== EXIT_OK)
		io.out(`\ncheck failed: ${leaks.length} embedded unpublished notes, ${errors} error-level problems.`);
	return code;
}
