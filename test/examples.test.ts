/**
 * The runnable usage scripts in examples/ run (`npx tsx examples/<name>.ts`), exit 0 and
 * print their key results. Expected values come from the sources, not from the code:
 * the State Council notice for 2026 (国办发明电〔2025〕7号), the plan's tier rules
 * (宁市监质监〔2023〕146号 二（七）), the GB 32100 check character, the examples' own inputs.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX = join(ROOT, "node_modules/.bin/tsx");

const expectations: Record<string, (string | RegExp)[]> = {
  "calendar.ts": [
    "2026-04-30 + 5 working days = 2026-05-11",
    "2026-02-14 (Saturday) is a working day: true",
    "next working day after 2026-02-14 = 2026-02-24",
    "working days in (2026-02-13, 2026-02-27] = 5",
    /2026-12-30 \+ 5 working days: CalendarCoverageError/,
  ],
  "classify.ts": [
    "南京某灶具厂: special (特别监管)",
    /special\.major-risks \[r1, r2, r3\] — 宁市监质监〔2023〕146号 二（七）/,
    "南京某燃气具经营部: key (重点监管)",
    "南京某阀门厂: trigger (触发式监管)",
    "on-site inspection: required true, due by 2026-06-30, satisfied true",
    "official changed 2026-04-30, record by 2026-05-11",
  ],
  "validate.ts": [
    "/uscc uscc_checksum",
    /应为"3"/,
    "/riskEvents/0/date invalid_date",
  ],
  "checklist.ts": [
    /^producer-tasks: .*附件2\), 22 items$/m,
    /^seller-tasks: .*附件3\)/m,
    /^supervision: .*附件4\)/m,
    "complete: true, failed: 2.1",
    "counts: yes 20, no 1, na 1",
  ],
  "obligations.ts": [
    "in scope: true",
    // Licence holder → director required (FACTS.md §1 reading, the nanjing2023 default).
    "officer required: true, director required: true",
    // 灶管阀: 2023年11月底前 (plan 一（一）).
    "platform data due by: 2023-11-30",
    // Daily records on 11 and 12 May 2026; 13–15 May are ordinary working days.
    "days without a daily record: 2026-05-13, 2026-05-14, 2026-05-15",
    // Changed 2026-04-30, 5 working days → 2026-05-11, recorded 2026-05-13.
    /^ {2}2026-05-11 official-change late \(done 2026-05-13\)/m,
    // Key since 2025-06-10 and no on-site inspection in the second half of 2025.
    /^ {2}2025-12-31 onsite-inspection overdue/m,
  ],
  "policy.ts": [
    "nanjing2023 special: 3+ major risks within 2 years",
    "nanjing2023 key window: 2 years (a reading)",
    "nanjing2023: routine",
    "anhui2023: key",
    "no risk, nanjing2023: trigger — all-routine: routine",
    "PolicyError: /supervision/special/windowYears -1",
  ],
};

describe.concurrent("examples/", () => {
  for (const [file, lines] of Object.entries(expectations)) {
    it(`${file} runs and prints its results`, async () => {
      const { stdout } = await run(TSX, [join("examples", file)], { cwd: ROOT, timeout: 60_000 });
      for (const line of lines) {
        if (typeof line === "string") expect(stdout.split("\n")).toContain(line);
        else expect(stdout).toMatch(line);
      }
    }, 60_000);
  }
});
