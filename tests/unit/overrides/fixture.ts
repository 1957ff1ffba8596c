import { parseBrief } from "../../../src/core/brief";
import type { Brief } from "../../../src/core/model";
import { serializeOverride } from "../../../src/core/overrides";
import type { OverrideBody } from "../../../src/core/overrides";

export const NOTE = `---
dg-publish: true
---
# The Russian Revolution

## Timeline

- The February Revolution began in Petrograd in March 1914 with bread riots and strikes.
- Lenin returned to Russia from exile in Switzerland in April 1917 aboard a sealed train.
- The Bolsheviks seized power in Petrograd on 7 November 1917 in a nearly bloodless coup.
- The regiment lost 1200 men in the fighting around the city, the report says.

## Key Quotes

> "Peace, land and bread." — Lenin

> "History will not forgive us if we do not assume power now."
`;

/** The same note with a word changed in the Lenin sentence and the bread quote. */
export const NOTE_EDITED = NOTE.replace("aboard a sealed train", "aboard a famous sealed train").replace(
	"nearly bloodless coup",
	"nearly bloodless takeover",
);

export function brief(text = NOTE, path = "History/Russia.md"): Brief {
	return parseBrief({ path, text }, { publishKeys: ["dg-publish"] });
}

/** A device's log text from override bodies (ids given like the store gives them). */
export function logText(device: string, events: OverrideBody[]): string {
	return (
		events.map((e, i) => serializeOverride({ ...e, id: e.id ?? `${device}.${e.t.toString(36)}.${i}` })).join("\n") +
		"\n"
	);
}
