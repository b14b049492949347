import { describe, expect, it } from "vitest";
import { StreamingTable, renderTable } from "./table";
import { displayWidth } from "./text-width";

describe("renderTable", () => {
  it("aligns columns under Chinese text by display width", () => {
    const out = renderTable(
      [{ header: "层级 Level" }, { header: "数量", align: "right" }, { header: "说明" }],
      [
        ["特别监管", "4", "近2年内3次及以上重大风险"],
        ["routine", "12", "x"],
      ],
    );
    const lines = out.trimEnd().split("\n");
    // "层级 Level" is 10 columns wide, the widest cell of column 1; column 2 is right-aligned
    // to the width of "数量" (4 columns): every line has its third column at the same offset.
    expect(lines[0]).toBe("层级 Level  数量  说明");
    expect(lines[1]).toBe("特别监管       4  近2年内3次及以上重大风险");
    expect(lines[2]).toBe("routine       12  x");
  });
  it("cuts a column at maxWidth and the last column at the line width", () => {
    const out = renderTable([{ header: "名称", maxWidth: 8 }, { header: "理由" }], [["南京演示青禾燃具有限公司", "一二三四五六七八九十"]], { lineWidth: 20 });
    const line = out.split("\n")[1]!;
    expect(line.startsWith("南京演…  ")).toBe(true);
    expect(displayWidth(line)).toBeLessThanOrEqual(20);
  });
});

describe("StreamingTable", () => {
  it("measures the first rows, then prints each row as it comes", async () => {
    let text = "";
    const t = new StreamingTable([{ header: "id" }, { header: "x" }], (s) => void (text += s), {}, 2);
    await t.add(["a", "1"]);
    expect(text).toBe("");
    await t.add(["bbb", "2"]);
    expect(text).toBe("id   x\na    1\nbbb  2\n");
    await t.add(["ccccc", "3"]); // wider than measured: cut to fit
    await t.end();
    expect(text.split("\n")[3]).toBe("cc…  3");
  });
  it("prints a short table at the end", async () => {
    let text = "";
    const t = new StreamingTable([{ header: "id" }], (s) => void (text += s));
    await t.add(["a"]);
    expect(await t.end()).toBe(true);
    expect(text).toBe("id\na\n");
  });
});
