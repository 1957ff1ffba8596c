/** "Copy garden link": a published brief's address in the garden, from Digital Garden's URL rules. */
import { Notice, type App } from "obsidian";
import { isPublished } from "../../core/brief/frontmatter";
import { gardenUrl } from "../../core/garden";
import { fileAt, publishKeysOf } from "../../obsidian/link-resolver";
import type { Settings } from "../../settings";
import { copyText } from "../../obsidian/clipboard";
import { t } from "../../obsidian/i18n";

function str(v: unknown): string | undefined {
	return typeof v === "string" && v.trim() ? v.trim() : undefined;
}

/** The garden URL of a published note, or null (not published, or no site address in the settings). */
export function gardenLinkFor(app: App, settings: Settings, path: string): string | null {
	if (!settings.gardenBaseUrl.trim()) return null;
	const file = fileAt(app, path);
	if (!file) return null;
	const fm = app.metadataCache.getFileCache(file)?.frontmatter ?? null;
	if (!isPublished(fm, publishKeysOf(settings))) return null;
	const permalink = str(fm?.["dg-permalink"]) ?? str(fm?.permalink);
	return gardenUrl({ permalink, home: isPublished(fm, ["dg-home"]) }, settings.gardenBaseUrl, path);
}

/** Copies the active brief's garden link, or explains why there is none. */
export async function copyGardenLink(app: App, settings: Settings, path: string | null): Promise<string | null> {
	if (!path) {
		new Notice(t("Open a brief first to copy its garden link."));
		return null;
	}
	if (!settings.gardenBaseUrl.trim()) {
		new Notice(t("Set the address of your garden in the settings first."));
		return null;
	}
	const url = gardenLinkFor(app, settings, path);
	if (!url) {
		new Notice(t("This note is not published, so it has no garden link."));
		return null;
	}
	const ok = await copyText(url);
	new Notice(ok ? t("Copied {0}", url) : t("Study Briefs: could not copy. The link is {0}", url));
	return url;
}
