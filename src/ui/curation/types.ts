import type { Override } from "../../core/overrides";
import { t } from "../../obsidian/i18n";

export type { CurationEntry, CurationHost, SentenceRef } from "../../obsidian/curation-host";

/** Title-free names of what an override does, for the panel and notices. */
export function overrideLabel(o: Override): string {
	switch (o.k) {
		case "hide":
			return o.target.kind === "quote" ? t("Hidden quote") : t("Hidden event");
		case "date":
			return t("Date corrected to {0}", o.date);
		case "not-date":
			return t("Not a date");
		case "speaker":
			return o.speaker ? t("Speaker set to {0}", o.speaker) : t("Speaker cleared");
		case "add":
			return t("Added event ({0})", o.date);
		case "skip-question":
			return t("Skipped question");
		case "report-question":
			return t("Reported question");
	}
}

/** The words the override is about: the item's sentence, or the added event's sentence. */
export function overrideText(o: Override): string {
	return o.k === "add" ? o.text : o.target.text;
}
