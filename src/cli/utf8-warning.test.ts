import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { _runQsd } from "./_test-io";

const unit = (id: string, name: Buffer | string) =>
  Buffer.concat([Buffer.from(`{"id":"${id}","name":"`), Buffer.isBuffer(name) ? name : Buffer.from(name), Buffer.from('","uscc":"91350100M000100Y43","roles":["producer"]}')]);

describe("bytes that are not UTF-8: one warning per record, never silent (issue 14)", () => {
  const dir = mkdtempSync(join(tmpdir(), "qsd-utf8-"));
  // Line 2's name holds 0xFF and a cut 3-byte sequence; line 3 holds a real U+FFFD, which is fine.
  const ndjson = join(dir, "u.ndjson");
  writeFileSync(ndjson, Buffer.concat([unit("A", "甲"), Buffer.from("\n"), unit("B", Buffer.from([0xe5, 0x8d, 0x97, 0xff, 0xe4, 0xba])), Buffer.from("\n"), unit("C", "\ufffd"), Buffer.from("\n")]));
  const json = join(dir, "d.json");
  writeFileSync(json, Buffer.concat([Buffer.from('{"units":['), unit("D", Buffer.from([0xc0])), Buffer.from("]}")]));

  it("classify: the line is still used (its bad bytes read as U+FFFD), with one warning naming it", async () => {
    const r = await _runQsd(["classify", ndjson, "--as-of", "2026-11-20", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/not UTF-8/g)).toHaveLength(1);
    expect(r.stderr).toContain(`qsd: warning: ${ndjson}:2 has bytes that are not UTF-8 (read as U+FFFD): save the file as UTF-8`);
    expect(r.stdout).toContain("南\ufffd\ufffd");
  });

  it("validate: the same warning, once per document (a JSON file is one)", async () => {
    const r = await _runQsd(["validate", ndjson, json]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`qsd: 警告：${ndjson}:2 含有不是 UTF-8 编码的字节（已读作 U+FFFD）：请将文件另存为 UTF-8`);
    expect(r.stderr).toContain(`qsd: 警告：${json} 含有不是 UTF-8 编码的字节`);
    expect(r.stderr.match(/UTF-8 编码/g)).toHaveLength(2);
  });
});
