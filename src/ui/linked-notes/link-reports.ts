/** What the linked-notes view shows: for the active brief or all published briefs, every link classified. */
import { classifyLinks, type LinkReport, type LinkStatus } from "../../core/garden";
import type { Brief } from "../../core/model";
import { baseName } from "../../core/text";
import { LazyNotes, obsidianEmbeds, obsidianResolver, publishKeysOf } from "../../obsidian/link-resolver";
import type { StudyHost } from "../host";
import { tk } from "../../obsidian/i18n";

export type LinkScope = "active" | "all";

export interface BriefLinks {
	brief: Brief;
	reports: LinkReport[];
}

export const STATUS_TEXT: Record<LinkStatus, string> = {
	published: tk("Published"),
	hidden: tk("Hidden"),
	unpublished: tk("Not published"),
	missing: tk("Missing"),
	"embedded-unpublished": tk("Embedded, not published"),
};

export const STATUS_HINT: Record<LinkStatus, string> = {
	published: tk("Published: the link works in the garden."),
	hidden: tk("Published but hidden from the garden's navigation: the link works."),
	unpublished: tk("Not published: a dead link in the garden."),
	missing: tk("No such note in the vault."),
	"embedded-unpublished": tk("Embedded but not published: its content would be published inside this brief."),
};

/** Briefs in scope: the active note when it is a brief (published or not), else all published briefs. */
export function briefsInScope(host: StudyHost, scope: LinkScope): Brief[] {
	if (scope === "all") return host.index.briefs();
	const path = host.activePath();
	const brief = path ? host.index.get(path) : undefined;
	return brief ? [brief] : [];
}

export function linkedNotes(host: StudyHost, scope: LinkScope): BriefLinks[] {
	const briefs = briefsInScope(host, scope);
	const notes = new LazyNotes(host.app, publishKeysOf(host.settings));
	const resolve = obsidianResolver(host.app);
	const embeds = obsidianEmbeds(host.app);
	return briefs.map((brief) => ({ brief, reports: classifyLinks(brief, notes, resolve, embeds) }));
}

/** Display name of a link: the resolved note's name, else the target as written. */
export function targetName(r: LinkReport): string {
	return baseName(r.path ?? r.link.target);
}
