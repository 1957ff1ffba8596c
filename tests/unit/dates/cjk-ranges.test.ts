/** Issue 16: Chinese and Japanese years and ranges joined by 到, 至, ～ (full-width digits too). */
import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/dates";

function read(text: string): string[] {
	return findDates(text).map((m) => `${m.date.label} [${m.date.start.year}..${m.date.end.year}] ${m.date.text}`);
}

describe("CJK years", () => {
	it("reads ranges joined by 至, 到 and ～, with eras and full-width digits", () => {
		expect(read("秦朝（公元前221年至公元前206年）统一中国。")).toEqual([
			"221–206 BC [-220..-205] 公元前221年至公元前206年",
		]);
		expect(read("秦朝 公元前 221年至公元前 206年")).toEqual(["221–206 BC [-220..-205] 公元前 221年至公元前 206年"]);
		expect(read("清朝从1644年到1912年。")).toEqual(["1644–1912 [1644..1912] 1644年到1912年"]);
		expect(read("明治時代（１８６８年～１９１２年）")).toEqual(["1868–1912 [1868..1912] １８６８年～１９１２年"]);
		expect(read("明治時代 1868〜1912")).toEqual(["1868–1912 [1868..1912] 1868〜1912"]);
		expect(read("唐朝（618年至907年）")).toEqual(["618–907 [618..907] 618年至907年"]);
		// the second year takes the era of the first
		expect(read("战国时代：公元前475至221年")).toEqual(["475–221 BC [-474..-220] 公元前475至221年"]);
	});

	it("reads a single year with 年 when it has 4 digits or an era", () => {
		expect(read("1868年，明治维新开始。")).toEqual(["1868 [1868..1868] 1868年"]);
		expect(read("公元前221年，秦统一六国。")).toEqual(["221 BC [-220..-220] 公元前221年"]);
	});

	it("does not read durations, counts or ascending-only numbers as years", () => {
		expect(read("百年战争持续了116年。")).toEqual([]);
		expect(read("战争持续了1000年")).toEqual([]);
		expect(read("他活了85年")).toEqual([]);
		expect(read("第3至5章")).toEqual([]);
		expect(read("价格从300到100元")).toEqual([]);
		expect(read("价格从100到300元")).toEqual([]);
	});

	it("leaves English text as the English engine reads it", () => {
		expect(read("The Qin dynasty ruled from 221 to 206 BC.")).toEqual([
			"221–206 BC [-220..-205] from 221 to 206 BC",
		]);
	});
});
