/** One FNV-1a for five old copies: every value that feeds stored ids, card ids, log keys and page hashes is kept. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fnv1a32, fnv1a32Step, FNV1A32_START, hexHash, mixedHash, shortHash, wideHash } from "../../../src/core/text";
import { hashString } from "../../../src/core/quiz";
import { fuzzParams } from "../../support/fuzz";
import { oldHash32, oldHash64, oldHashString, oldHashText, oldShortHash } from "./legacy";

/** Any UTF-16 text: lone surrogates, astral characters, controls. */
const anyText = fc.oneof(
	fc.string({ unit: "binary", maxLength: 200 }),
	fc.string({ maxLength: 60 }),
	fc.string({ unit: "grapheme", maxLength: 60 }),
);

describe("core/text hashes keep the values of the copies they replaced", () => {
	it("agree with the old shortHash, hashText, hash32, hashString and hash64 on many texts", () => {
		fc.assert(
			fc.property(anyText, (s) => {
				expect(shortHash(s)).toBe(oldShortHash(s));
				expect(hexHash(s)).toBe(oldHashText(s));
				expect(mixedHash(s)).toBe(oldHash32(s));
				expect(fnv1a32(s)).toBe(oldHashString(s));
				expect(hashString(s)).toBe(oldHashString(s));
				expect(wideHash(s)).toBe(oldHash64(s));
			}),
			fuzzParams(0x7e47a1, 500),
		);
	});

	it("pins known values (an id slug hash, a page hash, a log key)", () => {
		expect(shortHash("")).toBe("ztntfp");
		expect(shortHash("actium")).toBe(oldShortHash("actium"));
		expect(hexHash("old")).toBe(oldHashText("old"));
		expect(hexHash("")).toBe("811c9dc5");
		expect(fnv1a32("a")).toBe(0xe40c292c);
		expect(wideHash('{"t":1}')).toBe(oldHash64('{"t":1}'));
	});

	it("fnv1a32Step from FNV1A32_START is fnv1a32 one code unit at a time", () => {
		fc.assert(
			fc.property(anyText, (s) => {
				let h = FNV1A32_START;
				for (let i = 0; i < s.length; i++) h = fnv1a32Step(h, s.charCodeAt(i));
				expect(h).toBe(fnv1a32(s));
			}),
			fuzzParams(0x7e47a2, 300),
		);
	});
});
