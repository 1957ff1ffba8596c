/**
 * Whose publishing the garden pages follow (G2, issue 14). The pages are written for one publisher: the one
 * that reads the key they carry (`dg-publish` for Digital Garden, `publish` for Quartz or Obsidian Publish).
 * Only notes that publisher will publish may feed a page or be linked from one; a note published only under
 * one of the "Other publish keys" is a brief in the views, but its words never reach a garden page.
 */
export interface PublisherSettings {
	/** The key written into generated pages: "dg-publish", "publish" or "" (none). */
	gardenPublishKey: string;
	/** The brief marker key (used when the pages carry no key). */
	publishKey: string;
}

/** The front-matter keys the garden's publisher reads (exactly one). */
export function gardenPublishKeys(s: PublisherSettings): string[] {
	const key = s.gardenPublishKey.trim() || s.publishKey.trim() || "dg-publish";
	return [key];
}
