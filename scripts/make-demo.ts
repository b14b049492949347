/**
 * Generates the demo data set `examples/nanjing-demo.json`, its guide
 * `examples/nanjing-demo.md` (what each unit demonstrates and the tier it should land in)
 * and the list of demo units in README.md (between the `demo-units` markers).
 *
 *   npx tsx scripts/make-demo.ts          write both files
 *   npx tsx scripts/make-demo.ts --check  fail if the committed files (or README's list) differ
 *
 * Every company, person, phone number and code here is fictional (each name carries
 * 演示, "demo"). USCC and organisation-code check characters are computed (GB 32100,
 * GB 11714), not typed in. The script checks its own claims against the official 2024–2026
 * calendar as listed in FACTS.md §4 (an independent copy, not src/calendar) and against
 * `DatasetSchema`, and stops on any mismatch.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { DatasetSchema, type DatasetInput, type UnitInput } from "../src/entities";
import { addDays, addPeriod, isoWeekday } from "../src/dates";
import { USCC_ALPHABET, _usccCheckCharacter } from "../src/identifiers/uscc-checksum";
import { _orgCodeCheckCharacter } from "../src/identifiers/org-code";
import { mulberry32 } from "../bench/_random";

const AS_OF = "2026-11-20";
/** [asOf − 2 years, asOf] (FACTS §3, Civil Code Art. 202). */
const WINDOW_START = addPeriod(AS_OF, { years: -2 });

// ---------------------------------------------------------------------------------------
// The official calendar, 2024–2026, as listed in FACTS.md §4 (State Council notices).
// ---------------------------------------------------------------------------------------

function range(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

const OFF = new Set([
  // 2024 (国办发明电〔2023〕7号)
  "2024-01-01", ...range("2024-02-10", "2024-02-17"), ...range("2024-04-04", "2024-04-06"), ...range("2024-05-01", "2024-05-05"),
  "2024-06-10", ...range("2024-09-15", "2024-09-17"), ...range("2024-10-01", "2024-10-07"),
  // 2025 (国办发明电〔2024〕12号)
  "2025-01-01", ...range("2025-01-28", "2025-02-04"), ...range("2025-04-04", "2025-04-06"), ...range("2025-05-01", "2025-05-05"),
  ...range("2025-05-31", "2025-06-02"), ...range("2025-10-01", "2025-10-08"),
  // 2026 (notice of 2025-11-04)
  ...range("2026-01-01", "2026-01-03"), ...range("2026-02-15", "2026-02-23"), ...range("2026-04-04", "2026-04-06"),
  ...range("2026-05-01", "2026-05-05"), ...range("2026-06-19", "2026-06-21"), ...range("2026-09-25", "2026-09-27"), ...range("2026-10-01", "2026-10-07"),
]);
const WORKING_WEEKENDS = new Set([
  "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12",
  "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
  "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
]);

function isWorkingDay(d: string): boolean {
  if (d < "2024-01-01" || d > "2026-12-31") throw new Error(`no calendar data for ${d}`);
  if (OFF.has(d)) return false;
  if (WORKING_WEEKENDS.has(d)) return true;
  return isoWeekday(d) <= 5;
}

/** The 5th working day after a change: the last day to record it (plan 二（七）, FACTS §3). */
function fifthWorkingDayAfter(d: string): string {
  let n = 0;
  let day = d;
  while (n < 5) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) n++;
  }
  return day;
}

const workingDays = (from: string, to: string) => range(from, to).filter(isWorkingDay);

// ---------------------------------------------------------------------------------------
// Identifiers
// ---------------------------------------------------------------------------------------

/**
 * A USCC for an enterprise (authority 9, type 1) registered in `district`. Post-2015
 * enterprises get an organisation code "MA…" (as issued with the USCC), older ones a
 * numeric code; either way the 9th character is its GB 11714 check.
 */
function uscc(seed: number, district: string, era: "new" | "old"): string {
  const random = mulberry32(seed); // deterministic: the output never changes between runs
  let body = era === "new" ? "MA" : "7";
  const pool = era === "new" ? USCC_ALPHABET : "0123456789";
  while (body.length < 8) body += pool[random.int(pool.length)];
  const org = body + _orgCodeCheckCharacter(body)!;
  const first17 = `91${district}${org}`;
  return first17 + _usccCheckCharacter(first17)!;
}

// ---------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------

type Person = { id: string; name: string; role: "principal" | "director" | "officer"; from: string; to?: string; phone?: string };
type Records = NonNullable<UnitInput["records"]>;

let phoneSerial = 1000;
function person(id: string, name: string, role: Person["role"], from: string, to?: string): Person {
  phoneSerial += 37;
  const p: Person = { id, name, role, from };
  if (to) p.to = to;
  p.phone = `025-8000${phoneSerial}`;
  return p;
}

/** The usual three people: principal P1, director P2, officer P3. */
function trio(principal: string, director: string, officer: string, from: string): Person[] {
  return [person("P1", principal, "principal", "2015-01-01" > from ? from : "2015-01-01"), person("P2", director, "director", from), person("P3", officer, "officer", from)];
}

interface MechanismOptions {
  officer: string;
  director?: string;
  principal: string;
  missingDaily?: string[];
  missingWeekly?: string[];
  missingMonthly?: boolean;
  /** Weekly report dates written by the officer instead of the director. */
  weeklyByOfficer?: string[];
  /** No director is required: the officer makes every weekly review (plan 二（四）, a reading of the policy). */
  officerStandsIn?: boolean;
  findings?: Record<string, string>;
}

/** ISO weeks touching 2026-11-01..20: W44 (10-26..11-01), W45, W46, W47 (11-16..22, open on asOf). */
const NOV_WEEKLY = ["2026-10-30", "2026-11-06", "2026-11-13", "2026-11-19"];
const NOV_MONTHLY = "2026-11-10";

/** Daily records on every working day of 2026-11-01..20, weekly reports, November minutes. */
function novemberRecords(o: MechanismOptions): Records {
  const out: Records = [];
  const days = workingDays("2026-11-01", AS_OF).filter((d) => !o.missingDaily?.includes(d));
  const weekly = NOV_WEEKLY.filter((d) => !o.missingWeekly?.includes(d));
  const events: [string, Records[number]][] = [];
  for (const d of days) {
    const f = o.findings?.[d];
    events.push([d + "1", f ? { kind: "daily", date: d, byPersonId: o.officer, zeroRisk: false, findings: f } : { kind: "daily", date: d, byPersonId: o.officer, zeroRisk: true }]);
  }
  for (const d of weekly) {
    if (o.officerStandsIn) events.push([d + "2", { kind: "weekly", date: d, byPersonId: o.officer, zeroRisk: true, findings: "本单位无须配备质量安全总监，由质量安全员组织本周排查，未发现新增风险隐患" }]);
    else if (o.weeklyByOfficer?.includes(d)) events.push([d + "2", { kind: "weekly", date: d, byPersonId: o.officer, findings: "本周排查由质量安全员代为撰写，未发现新增风险隐患" }]);
    else if (o.director) events.push([d + "2", { kind: "weekly", date: d, byPersonId: o.director, zeroRisk: true, findings: "本周排查未发现新增风险隐患" }]);
  }
  if (!o.missingMonthly) events.push([NOV_MONTHLY + "3", { kind: "monthly", date: NOV_MONTHLY, byPersonId: o.principal, findings: o.director ? "听取质量安全总监10月工作情况汇报，研究部署11月风险防控重点" : o.officerStandsIn ? "听取质量安全员10月工作情况汇报，研究部署11月风险防控重点" : "质量安全总监空缺，听取质量安全员汇报，研究部署11月风险防控重点" }]);
  events.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  out.push(...events.map((e) => e[1]));
  return out;
}

const onsite = (id: string, date: string, findings?: string) => ({ id, date, kind: "onsite" as const, ...(findings ? { findings } : {}) });
const assignment = (official: string, department: string, from: string, recordedOn: string) => ({ official, department, from, recordedOn });
const dept = (district: string) => `南京市${DISTRICTS[district]}市场监督管理局`;

const DISTRICTS: Record<string, string> = {
  "320102": "玄武区",
  "320104": "秦淮区",
  "320105": "建邺区",
  "320106": "鼓楼区",
  "320111": "浦口区",
  "320113": "栖霞区",
  "320114": "雨花台区",
  "320115": "江宁区",
  "320116": "六合区",
  "320117": "溧水区",
  "320118": "高淳区",
};

type Tier = "special" | "key" | "routine" | "trigger";

interface DemoUnit {
  unit: UnitInput;
  tier: Tier;
  /** Why it lands in that tier as of AS_OF. */
  why: string;
  /** What else it demonstrates (one line each). */
  shows: string[];
}

// ---------------------------------------------------------------------------------------
// The units
// ---------------------------------------------------------------------------------------

const demo: DemoUnit[] = [];
let seed = 20261120;
function add(d: Omit<DemoUnit, "unit"> & { unit: Omit<UnitInput, "uscc"> & { era?: "new" | "old" } }): void {
  const { era = "new", id, name, ...rest } = d.unit;
  demo.push({ ...d, unit: { id, name, uscc: uscc(seed++, rest.district!, era), ...rest } as UnitInput });
}

add({
  tier: "trigger",
  why: "no risk event at all",
  shows: [
    "灶管阀 producer (家用燃气灶具), CCC holder: CCC number's year of first issue (2020) differs from the renewal date",
    "platform entry 2023-11-28, before the 灶管阀 deadline 2023-11-30 (plan 一（一）)",
    "officer P3 left 2025-06-30, successor P4 from 2025-07-01",
    "mechanism records 2026-11-01..20 complete (daily on all 15 working days, weekly W44–W47, November minutes)",
    "the regulator's spot-check assessments passed, their results published (publishedOn)",
    "its own training and assessment of director P2 and officer P4 (trainings): checklist item 2.5 ✓",
    "all three job-duty documents (dutyDocuments; 1.3 ✓) and a risk-control list adopted 2023-06-15, revised 2025-07-01 (1.4 ✓)",
    "a hazard found by the daily check of 2026-11-17 and rectified on 2026-11-19 (hazards; 2.4 ✓)",
  ],
  unit: {
    id: "NJ01",
    name: "南京演示青禾燃具有限公司",
    roles: ["producer"],
    size: "large",
    layer: "A",
    district: "320102",
    era: "old",
    products: {
      licences: [],
      cccCertificates: [{ number: "2020010801000318", product: "家用燃气灶具", issuedOn: "2025-09-10", expiresOn: "2030-09-09", status: "有效" }],
      mandatoryStandard: true,
      gasAppliance: true,
      foodContact: false,
    },
    people: [
      person("P1", "周明远", "principal", "2012-03-01"),
      person("P2", "陈静", "director", "2023-06-01"),
      person("P3", "李磊", "officer", "2023-06-01", "2025-06-30"),
      person("P4", "王芳", "officer", "2025-07-01"),
    ],
    assessments: [
      { personId: "P2", date: "2024-05-21", passed: true, score: 92, publishedOn: "2024-06-05" },
      { personId: "P3", date: "2024-05-21", passed: true, score: 88, publishedOn: "2024-06-05" },
      { personId: "P4", date: "2025-11-18", passed: true, score: 90, publishedOn: "2025-12-02" },
    ],
    trainings: [
      { personId: "P2", date: "2024-03-12", kind: "training", hours: 8 },
      { personId: "P2", date: "2024-03-20", kind: "assessment", passed: true },
      { personId: "P4", date: "2025-07-10", kind: "training", hours: 8 },
      { personId: "P4", date: "2025-07-18", kind: "assessment", passed: true },
    ],
    dutyDocuments: [
      { kind: "principal-duties", adoptedOn: "2023-06-01" },
      { kind: "director-duties", adoptedOn: "2023-06-01" },
      { kind: "officer-code", adoptedOn: "2023-06-01", revisedOn: "2025-07-01" },
    ],
    riskControlList: {
      adoptedOn: "2023-06-15",
      revisions: [{ date: "2025-07-01", summary: "质量安全员交接，更新各风险点责任人" }],
      points: [{ id: "K1", text: "熄火保护装置响应时间：逐台出厂检验", kind: "other" }],
    },
    hazards: [{ id: "H1", date: "2026-11-17", source: "daily", description: "1台样机熄火保护响应时间偏长", closedOn: "2026-11-19" }],
    creditRisk: { grade: "A", asOf: "2026-10-31" },
    inspections: [{ id: "I1", date: "2026-04-22", kind: "sampling", findings: "监督抽查合格" }],
    records: novemberRecords({ officer: "P4", director: "P2", principal: "P1", findings: { "2026-11-17": "1台样机熄火保护响应时间偏长，已隔离返工" } }),
    platformEntry: { enteredOn: "2023-11-28" },
  },
});

add({
  tier: "routine",
  why: "only a minor risk (2026-03-03) in the window",
  shows: [
    "灶管阀 seller; platform entry on the deadline day itself, 2023-11-30 (on time)",
    "daily records missing on 2026-11-11 and 2026-11-12 (both working days); weekly and monthly complete",
  ],
  unit: {
    id: "NJ02",
    name: "南京演示秦安燃气器具销售有限公司",
    roles: ["seller"],
    size: "small",
    layer: "C",
    district: "320104",
    products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: true, foodContact: false },
    people: trio("吴建国", "郑丽", "钱晓东", "2023-09-01"),
    riskEvents: [{ id: "R1", date: "2026-03-03", severity: "minor", kind: "verified-complaint", description: "消费者投诉燃气软管接头松动，经核实为个别批次", closedOn: "2026-03-20" }],
    creditRisk: { grade: "B", asOf: "2026-10-31" },
    records: novemberRecords({ officer: "P3", director: "P2", principal: "P1", missingDaily: ["2026-11-11", "2026-11-12"] }),
    platformEntry: { enteredOn: "2023-11-30" },
  },
});

add({
  tier: "special",
  why: "exactly three major risks inside the window (2025-01-08, 2025-09-16, 2026-05-27); an older minor one (2023) does not count",
  shows: [
    "灶管阀 producer (瓶装液化石油气调压器) with a provincial licence (苏)XK… issued after the 2024-09-25 catalogue change",
    "on-site inspections in 2026-H1 (03-18) and 2026-H2 (09-09): both half-years satisfied",
    "official changed 2026-04-30, recorded 2026-05-11 = the 5th working day (05-01..05-05 off, 05-09 Saturday worked): on time, on the last allowed day",
    "director P2 failed an assessment 2025-10-22, passed the re-test 2025-12-03",
  ],
  unit: {
    id: "NJ03",
    name: "南京演示江岳燃气调压器有限公司",
    roles: ["producer"],
    size: "medium",
    layer: "B",
    district: "320105",
    products: {
      licences: [{ number: "(苏)XK13-002-00071", product: "瓶装液化石油气调压器", issuedOn: "2024-12-18", expiresOn: "2029-12-17" }],
      cccCertificates: [],
      mandatoryStandard: true,
      gasAppliance: true,
      foodContact: false,
    },
    people: trio("孙立群", "马晓燕", "胡伟", "2023-08-15"),
    assessments: [
      { personId: "P2", date: "2025-10-22", passed: false, score: 58 },
      { personId: "P2", date: "2025-12-03", passed: true, score: 85 },
    ],
    riskEvents: [
      { id: "R1", date: "2023-05-10", severity: "minor", kind: "inspection-finding", description: "出厂检验记录不完整", closedOn: "2023-05-31" },
      { id: "R2", date: "2025-01-08", severity: "major", kind: "sampling-failure", description: "调压器出口压力项目监督抽查不合格", closedOn: "2025-02-20" },
      { id: "R3", date: "2025-09-16", severity: "major", kind: "risk-monitoring", description: "风险监测发现密封性能不符合强制性国家标准", closedOn: "2025-10-30" },
      { id: "R4", date: "2026-05-27", severity: "major", kind: "accident", description: "用户端调压器失效引发燃气泄漏", closedOn: "2026-07-10" },
    ],
    creditRisk: { grade: "B", asOf: "2026-10-31" },
    assignments: [assignment("赵文博", dept("320105"), "2025-01-20", "2025-01-20"), assignment("孙悦", dept("320105"), "2026-04-30", "2026-05-11")],
    inspections: [onsite("I1", "2026-03-18", "整改落实到位"), onsite("I2", "2026-09-09")],
    platformEntry: { enteredOn: "2023-11-29" },
  },
});

add({
  tier: "special",
  why: "credit-risk class D (高) as of 2026-10-31; no risk event at all",
  shows: [
    "seller of CCC electrical goods: it holds no certificate and says what it sells (products.categories: ccc), so its scope reason reads 销售实施强制性产品认证管理的产品",
    "its risk-control list names abnormal purchase prices but not untraceable products: seller checklist item 3.3 ✗",
    "responsible official first named 2026-11-03, recorded 2026-11-04",
    "no on-site inspection in 2026-H2 yet: not satisfied, due 2026-12-31 (open on asOf)",
    "platform entry 2023-12-12 (on time under any deadline that applies to a non-灶管阀 unit)",
  ],
  unit: {
    id: "NJ04",
    name: "南京演示鼓韵五金交电有限公司",
    roles: ["seller"],
    size: "small",
    layer: "C",
    district: "320106",
    products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: false, foodContact: false, categories: ["ccc"] },
    people: trio("黄志刚", "林小红", "何军", "2023-10-10"),
    riskControlList: { adoptedOn: "2024-03-01", points: [{ id: "K1", text: "进货价格明显低于市场价的，暂停进货并核实来源", kind: "abnormal-price" }] },
    creditRisk: { grade: "D", asOf: "2026-10-31" },
    assignments: [assignment("冯建华", dept("320106"), "2026-11-03", "2026-11-04")],
    platformEntry: { enteredOn: "2023-12-12" },
  },
});

add({
  tier: "key",
  why: "three majors in two years, but the oldest (2024-11-19) is one day before the window [2024-11-20, 2026-11-20]: two majors in the window → key. Special until 2026-11-19 inclusive (that day's window starts 2024-11-19)",
  shows: [
    "灶管阀 producer (燃气用不锈钢波纹软管), mandatory standard only",
    "on-site inspections on 2026-06-30 (last day of H1) and 2026-07-01 (first day of H2): both half-years satisfied",
    "official changed 2026-09-30, recorded 2026-10-13: on time (10-01..10-07 off, Saturday 10-10 worked; 5th working day = 10-13)",
    "platform entry 2023-12-01: one day late for the 灶管阀 deadline 2023-11-30",
    "records 2026-09-28..10-11: daily on 09-28, 09-29, 09-30, 10-08, 10-09 but NOT on Saturday 10-10, an official working day → one daily gap [2026-10-10]; none for 10-01..10-07 (holiday) or 10-11 (Sunday). A Mon–Fri calendar would get both wrong",
    "records 2026-11-01..20 complete",
  ],
  unit: {
    id: "NJ05",
    name: "南京演示浦瑞燃气软管有限公司",
    roles: ["producer"],
    size: "medium",
    layer: "B",
    district: "320111",
    products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: true, foodContact: false },
    people: trio("徐长江", "朱慧", "高远", "2023-07-01"),
    riskEvents: [
      { id: "R1", date: "2024-11-19", severity: "major", kind: "sampling-failure", description: "波纹软管耐压项目监督抽查不合格", closedOn: "2025-01-10" },
      { id: "R2", date: "2025-06-10", severity: "major", kind: "verified-complaint", description: "投诉软管破裂漏气，经核实", closedOn: "2025-07-25" },
      { id: "R3", date: "2026-03-25", severity: "major", kind: "media-exposure", description: "媒体曝光劣质燃气软管流入市场", closedOn: "2026-05-06" },
    ],
    creditRisk: { grade: "B", asOf: "2026-10-31" },
    assignments: [assignment("韩冬", dept("320111"), "2024-03-01", "2024-03-01"), assignment("唐敏", dept("320111"), "2026-09-30", "2026-10-13")],
    inspections: [onsite("I1", "2026-06-30"), onsite("I2", "2026-07-01")],
    records: [
      ...(
        [
          { kind: "monthly", date: "2026-09-24", byPersonId: "P1", findings: "9月调度会议" },
          { kind: "daily", date: "2026-09-28", byPersonId: "P3", zeroRisk: true },
          { kind: "daily", date: "2026-09-29", byPersonId: "P3", zeroRisk: true },
          { kind: "weekly", date: "2026-09-30", byPersonId: "P2", zeroRisk: true },
          { kind: "daily", date: "2026-09-30", byPersonId: "P3", zeroRisk: true },
          { kind: "daily", date: "2026-10-08", byPersonId: "P3", zeroRisk: true },
          { kind: "daily", date: "2026-10-09", byPersonId: "P3", zeroRisk: true },
          { kind: "weekly", date: "2026-10-09", byPersonId: "P2", zeroRisk: true },
          { kind: "monthly", date: "2026-10-09", byPersonId: "P1", findings: "10月调度会议" },
        ] as Records
      ),
      ...novemberRecords({ officer: "P3", director: "P2", principal: "P1" }),
    ],
    platformEntry: { enteredOn: "2023-12-01" },
  },
});

add({
  tier: "key",
  why: "credit-risk class C (较高) as of 2026-10-31; only minor risks",
  shows: [
    "both roles (makes and sells 电热水壶), CCC holder: appears in both the producer and the seller key lists",
    "no on-site inspection in 2026-H1 (only a document review on 03-11); one in 2026-H2 (08-19)",
    "official changed 2026-02-13, recorded 2026-02-27: on time across the 9-day Spring Festival (02-14 Saturday worked, 02-15..02-23 off; 5th working day = 02-27)",
  ],
  unit: {
    id: "NJ06",
    name: "南京演示栖岚电器有限公司",
    roles: ["producer", "seller"],
    size: "small",
    layer: "C",
    district: "320113",
    products: {
      licences: [],
      cccCertificates: [{ number: "2019010701004512", product: "电热水壶", issuedOn: "2024-03-05", expiresOn: "2029-03-04", status: "有效" }],
      mandatoryStandard: true,
      gasAppliance: false,
      foodContact: false,
    },
    people: trio("曹国平", "许婷", "邓超", "2023-09-20"),
    riskEvents: [
      { id: "R1", date: "2025-09-09", severity: "minor", kind: "inspection-finding", description: "产品标识不规范", closedOn: "2025-09-30" },
      { id: "R2", date: "2026-04-21", severity: "minor", kind: "verified-complaint", description: "说明书警示语缺失，经核实", closedOn: "2026-05-15" },
    ],
    creditRisk: { grade: "C", asOf: "2026-10-31" },
    assignments: [assignment("彭涛", dept("320113"), "2025-03-03", "2025-03-03"), assignment("蒋莉", dept("320113"), "2026-02-13", "2026-02-27")],
    inspections: [{ id: "I1", date: "2026-03-11", kind: "document" }, onsite("I2", "2026-08-19")],
    platformEntry: { enteredOn: "2023-12-20" },
  },
});

add({
  tier: "key",
  why: "a significant risk on 2026-08-12",
  shows: [
    "food-contact producer (食品用塑料包装容器工具) with a provincial licence",
    "director P2 left 2026-09-30 with no successor: a key unit without a director (required for a licence holder)",
    "no weekly reports 2026-11-01..20 (no director): weekly gaps W44, W45, W46 (and W47 if open weeks count); daily and monthly complete — the officer may not stand in, as a licence holder must have a director",
    "a hazard found by the daily check of 2026-11-10 still open on asOf (2.4 left for the inspector: no period is sourced)",
    "official changed 2026-04-30, recorded 2026-05-12: one working day late (due 2026-05-11)",
    "on-site inspections 2026-04-14 (H1) and 2026-08-20 (H2)",
  ],
  unit: {
    id: "NJ07",
    name: "南京演示雨岚塑料制品有限公司",
    roles: ["producer"],
    size: "medium",
    layer: "B",
    district: "320114",
    products: {
      licences: [{ number: "(苏)XK16-204-00562", product: "食品用塑料包装容器工具", issuedOn: "2022-06-30", expiresOn: "2027-06-29" }],
      cccCertificates: [],
      mandatoryStandard: true,
      gasAppliance: false,
      foodContact: true,
    },
    people: [person("P1", "谢永强", "principal", "2016-05-01"), person("P2", "刘洋", "director", "2023-07-01", "2026-09-30"), person("P3", "宋佳", "officer", "2023-07-01")],
    assessments: [{ personId: "P2", date: "2024-06-12", passed: true, score: 80 }],
    riskEvents: [{ id: "R1", date: "2026-08-12", severity: "significant", kind: "sampling-failure", description: "总迁移量项目监督抽查不合格", closedOn: "2026-09-25" }],
    creditRisk: { grade: "B", asOf: "2026-10-31" },
    assignments: [assignment("罗斌", dept("320114"), "2025-02-10", "2025-02-10"), assignment("梁雪", dept("320114"), "2026-04-30", "2026-05-12")],
    inspections: [onsite("I1", "2026-04-14"), onsite("I2", "2026-08-20", "抽查不合格整改复查")],
    records: novemberRecords({ officer: "P3", principal: "P1" }),
    hazards: [{ id: "H1", date: "2026-11-10", source: "daily", description: "包装容器迁移试验留样不足" }],
    platformEntry: { enteredOn: "2023-12-28" },
  },
});

add({
  tier: "key",
  why: "a significant risk on 2024-11-20, the day the window opens (inclusive); plus a minor one",
  shows: [
    "national licence XK06-… (no province) and a CCC certificate",
    "2026-H1 on-site inspection 05-19; in 2026-H2 only a document review (09-02) and a sampling inspection (10-15): H2 not satisfied (open, due 2026-12-31)",
    "official changed 2026-09-30, recorded 2026-10-14: one day late (due 2026-10-13)",
    "platform entry on 2023-12-31, the licence/CCC producers' deadline day (on time)",
  ],
  unit: {
    id: "NJ08",
    name: "南京演示宁川线缆有限公司",
    roles: ["producer"],
    size: "large",
    layer: "A",
    district: "320115",
    era: "old",
    products: {
      licences: [{ number: "XK06-001-00783", product: "电线电缆", issuedOn: "2026-07-20", expiresOn: "2031-07-19" }],
      cccCertificates: [{ number: "2018010105007731", product: "电线组件", issuedOn: "2023-04-10", expiresOn: "2028-04-09", status: "有效" }],
      mandatoryStandard: true,
      gasAppliance: false,
      foodContact: false,
    },
    people: trio("潘建新", "杜娟", "袁博", "2023-06-20"),
    riskEvents: [
      { id: "R1", date: "2024-11-20", severity: "significant", kind: "risk-monitoring", description: "风险监测发现导体电阻偏大", closedOn: "2024-12-30" },
      { id: "R2", date: "2025-05-06", severity: "minor", kind: "inspection-finding", description: "进货查验记录不全", closedOn: "2025-05-20" },
    ],
    creditRisk: { grade: "A", asOf: "2026-10-31" },
    assignments: [assignment("董明", dept("320115"), "2024-11-25", "2024-11-26"), assignment("萧红", dept("320115"), "2026-09-30", "2026-10-14")],
    inspections: [onsite("I1", "2026-05-19"), { id: "I2", date: "2026-09-02", kind: "document" }, { id: "I3", date: "2026-10-15", kind: "sampling", findings: "合格" }],
    platformEntry: { enteredOn: "2023-12-31" },
  },
});

add({
  tier: "key",
  why: "two major risks in the window (2025-04-02, 2026-01-15): fewer than three, so key, not special",
  shows: [
    "a confirmed defect (2026-09-15) with no recall started",
    "director P2's proposal of 2026-09-15 to stop production (vetoProposals) never decided by the principal: a veto-proposal obligation due that day, overdue",
    "officer P3 failed an assessment 2025-10-22, no re-test",
    "platform entry 2024-01-15: late for the CCC producers' deadline 2023-12-31",
    "on-site inspections 2026-02-10 (H1) and 2026-10-20 (H2)",
  ],
  unit: {
    id: "NJ09",
    name: "南京演示六和电动车有限公司",
    roles: ["producer"],
    size: "medium",
    layer: "B",
    district: "320116",
    products: {
      licences: [],
      cccCertificates: [{ number: "2019011119001207", product: "电动自行车", issuedOn: "2024-11-01", expiresOn: "2029-10-31", status: "有效" }],
      mandatoryStandard: true,
      gasAppliance: false,
      foodContact: false,
    },
    people: trio("姚刚", "卢婷婷", "秦浩", "2023-11-01"),
    assessments: [{ personId: "P3", date: "2025-10-22", passed: false, score: 52 }],
    riskEvents: [
      { id: "R1", date: "2025-04-02", severity: "major", kind: "enforcement", description: "擅自改装限速装置，立案查处", closedOn: "2025-06-30" },
      { id: "R2", date: "2026-01-15", severity: "major", kind: "sampling-failure", description: "整车防火性能监督抽查不合格", closedOn: "2026-03-01" },
    ],
    defects: [{ id: "D1", confirmedOn: "2026-09-15" }],
    vetoProposals: [{ id: "V1", date: "2026-09-15", byPersonId: "P2", action: "stop-production", description: "整车防火性能缺陷，建议停止生产该型号" }],
    creditRisk: { grade: "B", asOf: "2026-10-31" },
    assignments: [assignment("魏强", dept("320116"), "2025-04-07", "2025-04-08")],
    inspections: [onsite("I1", "2026-02-10"), onsite("I2", "2026-10-20")],
    platformEntry: { enteredOn: "2024-01-15" },
  },
});

add({
  tier: "key",
  why: "a significant risk on 2025-12-02",
  shows: [
    "灶管阀 producer and seller (both roles)",
    "no responsible official named at all (no assignments)",
    "on-site inspection 2026-01-20 (H1); none in H2 yet (open, due 2026-12-31)",
    "no platform entry: overdue since the 灶管阀 deadline 2023-11-30",
  ],
  unit: {
    id: "NJ10",
    name: "南京演示溧源燃气设备有限公司",
    roles: ["producer", "seller"],
    size: "small",
    layer: "C",
    district: "320117",
    products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: true, foodContact: false },
    people: trio("陆建军", "范晓琳", "金磊", "2024-02-01"),
    riskEvents: [{ id: "R1", date: "2025-12-02", severity: "significant", kind: "verified-complaint", description: "燃气连接管件漏气投诉，经核实", closedOn: "2026-01-09" }],
    creditRisk: { grade: "B", asOf: "2026-10-31" },
    inspections: [onsite("I1", "2026-01-20")],
  },
});

add({
  tier: "special",
  why: "four major risks in the window, and credit class C",
  shows: [
    "both roles (makes and sells 日用陶瓷): appears in both special lists",
    "food-contact products, mandatory standard only",
    "the fourth major risk (2026-09-03) is still open (no closedOn)",
    "official changed 2026-06-18, recorded 2026-06-26: on time (06-19..06-21 Dragon Boat off; 5th working day = 06-26)",
    "on-site inspection 2026-03-05 (H1); none in H2 yet (open)",
  ],
  unit: {
    id: "NJ11",
    name: "南京演示淳溪陶瓷有限公司",
    roles: ["producer", "seller"],
    size: "small",
    layer: "D",
    district: "320118",
    products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: false, foodContact: true },
    people: trio("汪海", "田甜", "任杰", "2023-12-01"),
    riskEvents: [
      { id: "R1", date: "2025-02-18", severity: "major", kind: "sampling-failure", description: "铅、镉溶出量监督抽查不合格", closedOn: "2025-04-01" },
      { id: "R2", date: "2025-08-07", severity: "major", kind: "risk-monitoring", description: "风险监测铅溶出量超标", closedOn: "2025-09-19" },
      { id: "R3", date: "2026-01-22", severity: "major", kind: "sampling-failure", description: "铅溶出量再次不合格", closedOn: "2026-03-10" },
      { id: "R4", date: "2026-09-03", severity: "major", kind: "enforcement", description: "生产销售不合格产品立案查处" },
    ],
    creditRisk: { grade: "C", asOf: "2026-10-31" },
    assignments: [assignment("沈磊", dept("320118"), "2025-02-24", "2025-02-24"), assignment("姜涛", dept("320118"), "2026-06-18", "2026-06-26")],
    inspections: [onsite("I1", "2026-03-05")],
    platformEntry: { enteredOn: "2023-12-22" },
  },
});

add({
  tier: "special",
  why: "three major risks, the oldest on 2024-11-20 — the day the window opens (inclusive); credit class A does not lower it",
  shows: [
    "CCC holder (电钻) whose certificate number carries first-issue year 2004",
    "principal changed: P1 until 2025-12-31, P4 from 2026-01-01",
    "official changes: 2025-09-30 recorded 2025-10-14 (on time across the 2025 National Day, 10-11 Saturday worked); 2026-06-18 recorded 2026-06-29 (late, due 2026-06-26)",
    "on-site inspections 2026-01-07 (H1) and 2026-07-15 (H2)",
  ],
  unit: {
    id: "NJ12",
    name: "南京演示宁锐电动工具有限公司",
    roles: ["producer"],
    size: "large",
    layer: "A",
    district: "320115",
    era: "old",
    products: {
      licences: [],
      cccCertificates: [{ number: "2004010601002233", product: "电钻", issuedOn: "2024-05-20", expiresOn: "2029-05-19", status: "有效" }],
      mandatoryStandard: true,
      gasAppliance: false,
      foodContact: false,
    },
    people: [
      person("P1", "贾正义", "principal", "2010-05-01", "2025-12-31"),
      person("P2", "夏雨", "director", "2023-06-05"),
      person("P3", "钟鸣", "officer", "2023-06-05"),
      person("P4", "贾思远", "principal", "2026-01-01"),
    ],
    riskEvents: [
      { id: "R1", date: "2024-11-20", severity: "major", kind: "accident", description: "电钻外壳带电致人受伤", closedOn: "2025-01-15" },
      { id: "R2", date: "2025-07-01", severity: "major", kind: "sampling-failure", description: "防触电保护监督抽查不合格", closedOn: "2025-08-20" },
      { id: "R3", date: "2026-02-10", severity: "major", kind: "media-exposure", description: "媒体曝光电钻开关过热", closedOn: "2026-03-30" },
      { id: "R4", date: "2026-06-15", severity: "significant", kind: "verified-complaint", description: "投诉电池包鼓包，经核实", closedOn: "2026-07-20" },
    ],
    creditRisk: { grade: "A", asOf: "2026-10-31" },
    assignments: [
      assignment("邵华", dept("320115"), "2024-12-02", "2024-12-03"),
      assignment("孔亮", dept("320115"), "2025-09-30", "2025-10-14"),
      assignment("崔颖", dept("320115"), "2026-06-18", "2026-06-29"),
    ],
    inspections: [onsite("I1", "2026-01-07"), onsite("I2", "2026-07-15")],
    platformEntry: { enteredOn: "2023-12-18" },
  },
});

add({
  tier: "routine",
  why: "only a minor risk (2025-07-11) in the window",
  shows: [
    "micro seller of toys (CCC products, products.categories); no director (not required for a micro seller under the default reading)",
    "its officer makes the weekly reviews of 2026-11 and they count: no director is required and none is in post (the weekly review without a director, a reading)",
    "platform entry 2023-12-26",
  ],
  unit: {
    id: "NJ13",
    name: "南京演示鼓楼童趣玩具商贸有限公司",
    roles: ["seller"],
    size: "micro",
    layer: "D",
    district: "320106",
    products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: false, foodContact: false, categories: ["ccc"] },
    people: [person("P1", "毛晓峰", "principal", "2019-04-01"), person("P2", "江雪", "officer", "2023-11-15")],
    records: novemberRecords({ officer: "P2", principal: "P1", officerStandsIn: true }),
    riskEvents: [{ id: "R1", date: "2025-07-11", severity: "minor", kind: "verified-complaint", description: "玩具小零件脱落投诉，经核实", closedOn: "2025-07-30" }],
    creditRisk: { grade: "A", asOf: "2026-10-31" },
    platformEntry: { enteredOn: "2023-12-26" },
  },
});

add({
  tier: "routine",
  why: "a significant risk dated 2024-11-19, one day before the window opens, no longer counts; only a minor one (2026-04-08) inside",
  shows: [
    "seller of power banks (CCC from 2024-08-01; products.categories: ccc)",
    "director P2 failed a spot-check assessment 2025-11-11, the result published 2025-11-25",
    "platform entry 2025-01-03: late under any deadline (the latest is 2024-12-31)",
  ],
  unit: {
    id: "NJ14",
    name: "南京演示建邺数码商贸有限公司",
    roles: ["seller"],
    size: "small",
    layer: "C",
    district: "320105",
    products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: false, foodContact: false, categories: ["ccc"] },
    people: trio("熊伟", "秦雯", "白杨", "2024-08-01"),
    assessments: [{ personId: "P2", date: "2025-11-11", passed: false, score: 48, publishedOn: "2025-11-25" }],
    riskEvents: [
      { id: "R1", date: "2024-11-19", severity: "significant", kind: "sampling-failure", description: "移动电源监督抽查不合格", closedOn: "2024-12-20" },
      { id: "R2", date: "2026-04-08", severity: "minor", kind: "inspection-finding", description: "进货查验记录缺失", closedOn: "2026-04-20" },
    ],
    creditRisk: { grade: "B", asOf: "2026-10-31" },
    platformEntry: { enteredOn: "2025-01-03" },
  },
});

add({
  tier: "routine",
  why: "two minor risks in the window",
  shows: ["micro seller of food-contact kitchenware", "no platform entry at all: overdue (deadline 2024-12-31 at the latest)"],
  unit: {
    id: "NJ15",
    name: "南京演示秦淮厨具贸易有限公司",
    roles: ["seller"],
    size: "micro",
    layer: "D",
    district: "320104",
    products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: false, foodContact: true },
    people: [person("P1", "龚平", "principal", "2018-09-01"), person("P2", "史蕾", "officer", "2024-03-01")],
    riskEvents: [
      { id: "R1", date: "2025-12-16", severity: "minor", kind: "verified-complaint", description: "不锈钢锅具标识不全" },
      { id: "R2", date: "2026-06-02", severity: "minor", kind: "inspection-finding", description: "进货票据不全", closedOn: "2026-06-12" },
    ],
    creditRisk: { grade: "B", asOf: "2026-10-31" },
  },
});

add({
  tier: "routine",
  why: "only a minor risk (2025-10-10) in the window",
  shows: ["small producer under mandatory standards only (儿童家具), no director (not required for a small category-(c) unit by default)", "platform entry 2023-12-08"],
  unit: {
    id: "NJ16",
    name: "南京演示浦江儿童家具有限公司",
    roles: ["producer"],
    size: "small",
    layer: "C",
    district: "320111",
    products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: false, foodContact: false },
    people: [person("P1", "武文", "principal", "2017-02-01"), person("P2", "黎明", "officer", "2023-10-01")],
    riskEvents: [{ id: "R1", date: "2025-10-10", severity: "minor", kind: "sampling-failure", description: "警示标识项目不合格", closedOn: "2025-11-05" }],
    creditRisk: { grade: "B", asOf: "2026-10-31" },
    platformEntry: { enteredOn: "2023-12-08" },
  },
});

add({
  tier: "trigger",
  why: "no risk event at all",
  shows: ["large licence holder (电线电缆, provincial licence) with NO director ever appointed: a staffing gap", "platform entry 2023-12-15"],
  unit: {
    id: "NJ17",
    name: "南京演示栖光电线电缆有限公司",
    roles: ["producer"],
    size: "large",
    layer: "A",
    district: "320113",
    era: "old",
    products: {
      licences: [{ number: "(苏)XK06-001-01126", product: "电线电缆", issuedOn: "2023-03-01", expiresOn: "2028-02-29" }],
      cccCertificates: [],
      mandatoryStandard: true,
      gasAppliance: false,
      foodContact: false,
    },
    people: [person("P1", "邱国栋", "principal", "2008-01-01"), person("P2", "顾晨", "officer", "2023-07-10")],
    creditRisk: { grade: "A", asOf: "2026-10-31" },
    platformEntry: { enteredOn: "2023-12-15" },
  },
});

add({
  tier: "trigger",
  why: "no risk event at all",
  shows: [
    "micro seller with no credit-risk record, no director, no certificate, no inspection: not a priority unit, so its deadline is 2024-12-31 under every reading",
    "platform entry on 2024-12-31, the deadline day (on time)",
  ],
  unit: {
    id: "NJ18",
    name: "南京演示花台家居用品销售有限公司",
    roles: ["seller"],
    size: "micro",
    layer: "D",
    district: "320114",
    products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: false, foodContact: false },
    people: [person("P1", "薛梅", "principal", "2021-06-01"), person("P2", "雷鸣", "officer", "2024-06-01")],
    platformEntry: { enteredOn: "2024-12-31" },
  },
});

add({
  tier: "trigger",
  why: "no risk event at all",
  shows: [
    "food-contact producer (食品用纸包装) with a provincial licence",
    "records 2026-11-01..20: daily complete; NO weekly report in W46 (2026-11-09..15); NO monthly minutes for 2026-11 (a gap if a month still running on asOf counts)",
    "its own training records: officer P3 failed the unit's assessment of 2026-10-15 (checklist item 2.5 ✗)",
    "platform entry 2023-12-29",
  ],
  unit: {
    id: "NJ19",
    name: "南京演示六合纸制品有限公司",
    roles: ["producer"],
    size: "small",
    layer: "C",
    district: "320116",
    products: {
      licences: [{ number: "(苏)XK16-205-00348", product: "食品用纸包装、容器等制品", issuedOn: "2023-02-14", expiresOn: "2028-02-13" }],
      cccCertificates: [],
      mandatoryStandard: true,
      gasAppliance: false,
      foodContact: true,
    },
    people: trio("贺强", "顾佳", "孟凡", "2023-08-01"),
    creditRisk: { grade: "A", asOf: "2026-10-31" },
    records: novemberRecords({ officer: "P3", director: "P2", principal: "P1", missingWeekly: ["2026-11-13"], missingMonthly: true }),
    trainings: [
      { personId: "P2", date: "2026-03-05", kind: "training", hours: 12 },
      { personId: "P2", date: "2026-03-12", kind: "assessment", passed: true },
      { personId: "P3", date: "2026-03-05", kind: "training", hours: 12 },
      { personId: "P3", date: "2026-10-15", kind: "assessment", passed: false },
    ],
    platformEntry: { enteredOn: "2023-12-29" },
  },
});

add({
  tier: "trigger",
  why: "no risk event at all",
  shows: ["micro 灶管阀 seller", "platform entry 2023-12-05: late for the 灶管阀 deadline 2023-11-30"],
  unit: {
    id: "NJ20",
    name: "南京演示淳和燃气灶具经销有限公司",
    roles: ["seller"],
    size: "micro",
    layer: "D",
    district: "320118",
    products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: true, foodContact: false },
    people: [person("P1", "俞斌", "principal", "2020-03-01"), person("P2", "阎菲", "officer", "2023-10-20")],
    creditRisk: { grade: "B", asOf: "2026-10-31" },
    platformEntry: { enteredOn: "2023-12-05" },
  },
});

add({
  tier: "trigger",
  why: "no risk event at all",
  shows: [
    "both roles (电暖器), CCC holder",
    "the W46 weekly report (2026-11-13) is written by officer P3 instead of director P2: a wrong-role record; no director-written report that week",
    "job-duty documents without 《质量安全总监职责》 although director P2 is in post (checklist item 1.3 ✗)",
    "platform entry 2023-12-10",
  ],
  unit: {
    id: "NJ21",
    name: "南京演示溧暖电器有限公司",
    roles: ["producer", "seller"],
    size: "medium",
    layer: "B",
    district: "320117",
    products: {
      licences: [],
      cccCertificates: [{ number: "2016010701004380", product: "室内加热器", issuedOn: "2026-09-28", expiresOn: "2031-09-27", status: "有效" }],
      mandatoryStandard: true,
      gasAppliance: false,
      foodContact: false,
    },
    people: trio("赖文", "侯静", "邹凯", "2023-09-01"),
    assessments: [{ personId: "P3", date: "2025-05-15", passed: true, score: 90 }],
    dutyDocuments: [
      { kind: "principal-duties", adoptedOn: "2023-09-01" },
      { kind: "officer-code", adoptedOn: "2023-09-01" },
    ],
    creditRisk: { grade: "B", asOf: "2026-10-31" },
    records: novemberRecords({ officer: "P3", director: "P2", principal: "P1", weeklyByOfficer: ["2026-11-13"] }),
    platformEntry: { enteredOn: "2023-12-10" },
  },
});

add({
  tier: "trigger",
  why: "no risk event at all",
  shows: ["large seller (household-appliance chain) with a director but NO officer: a staffing gap", "platform entry 2023-11-15, well before every deadline"],
  unit: {
    id: "NJ22",
    name: "南京演示金陵家电连锁有限公司",
    roles: ["seller"],
    size: "large",
    layer: "A",
    district: "320115",
    era: "old",
    products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: false, foodContact: false },
    people: [person("P1", "常胜", "principal", "2009-09-01"), person("P2", "温婉", "director", "2023-08-01")],
    creditRisk: { grade: "A", asOf: "2026-10-31" },
    platformEntry: { enteredOn: "2023-11-15" },
  },
});

add({
  tier: "routine",
  why: "only a minor risk (2026-10-28, still open) in the window",
  shows: ["micro seller of food-contact products", "platform entry 2025-06-18: late under any deadline"],
  unit: {
    id: "NJ23",
    name: "南京演示玄武厨房用品有限公司",
    roles: ["seller"],
    size: "micro",
    layer: "D",
    district: "320102",
    products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: false, foodContact: true },
    people: [person("P1", "康宁", "principal", "2022-01-10"), person("P2", "容华", "officer", "2025-06-01")],
    riskEvents: [{ id: "R1", date: "2026-10-28", severity: "minor", kind: "verified-complaint", description: "塑料餐盒标识缺少材质信息" }],
    creditRisk: { grade: "B", asOf: "2026-10-31" },
    platformEntry: { enteredOn: "2025-06-18" },
  },
});

add({
  tier: "key",
  why: "credit-risk class C (较高) as of 2026-10-31; no risk event at all",
  shows: [
    "seller of electric bicycles (products.categories: ccc)",
    "no on-site inspection in 2026 at all: none in H1, and H2 open (due 2026-12-31)",
    "official changed 2026-03-02, recorded 2026-03-12: late (due 2026-03-09)",
    "platform entry 2023-12-27",
  ],
  unit: {
    id: "NJ24",
    name: "南京演示雨安电动车销售有限公司",
    roles: ["seller"],
    size: "small",
    layer: "C",
    district: "320114",
    products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: false, foodContact: false, categories: ["ccc"] },
    people: trio("伍德", "甘露", "柏林", "2023-11-20"),
    creditRisk: { grade: "C", asOf: "2026-10-31" },
    assignments: [assignment("鲁杰", dept("320114"), "2025-06-03", "2025-06-03"), assignment("葛云", dept("320114"), "2026-03-02", "2026-03-12")],
    platformEntry: { enteredOn: "2023-12-27" },
  },
});

add({
  tier: "key",
  why: "a significant risk on 2026-06-20",
  shows: [
    "both roles (儿童安全座椅), CCC holder",
    "a confirmed defect (2026-06-20) whose recall started 2026-07-03",
    "officer P3's proposal of 2026-06-20 to stop sale, decided by the principal the same day (vetoProposals): the veto-proposal obligation met",
    "on-site inspections 2026-06-29 (H1) and 2026-11-20 (H2, on asOf itself: satisfied)",
    "platform entry 2024-02-06: late for the CCC producers' deadline 2023-12-31",
  ],
  unit: {
    id: "NJ25",
    name: "南京演示栖童儿童用品有限公司",
    roles: ["producer", "seller"],
    size: "medium",
    layer: "B",
    district: "320113",
    products: {
      licences: [],
      cccCertificates: [{ number: "2015011117000946", product: "机动车儿童乘员用约束系统", issuedOn: "2025-01-08", expiresOn: "2030-01-07", status: "有效" }],
      mandatoryStandard: true,
      gasAppliance: false,
      foodContact: false,
    },
    people: trio("司马青", "欧阳兰", "上官明", "2023-10-01"),
    riskEvents: [{ id: "R1", date: "2026-06-20", severity: "significant", kind: "risk-monitoring", description: "风险监测发现卡扣强度不足", closedOn: "2026-08-15" }],
    defects: [{ id: "D1", confirmedOn: "2026-06-20", recallStartedOn: "2026-07-03" }],
    vetoProposals: [{ id: "V1", date: "2026-06-20", byPersonId: "P3", action: "stop-sale", description: "卡扣强度不足，建议停止销售在库产品", decidedOn: "2026-06-20", decision: "停止销售并启动召回评估" }],
    creditRisk: { grade: "B", asOf: "2026-10-31" },
    assignments: [assignment("庞博", dept("320113"), "2025-08-04", "2025-08-04")],
    inspections: [onsite("I1", "2026-06-29"), onsite("I2", "2026-11-20")],
    platformEntry: { enteredOn: "2024-02-06" },
  },
});

add({
  tier: "trigger",
  why: "no risk event at all",
  shows: [
    "no size given: staff 8 and revenue 260 (万元) instead (micro by the statistical standard)",
    "no layer, no credit-risk record",
    "no platform entry: overdue (deadline 2024-12-31 at the latest)",
  ],
  unit: {
    id: "NJ26",
    name: "南京演示淳安防盗门有限公司",
    roles: ["producer"],
    staff: 8,
    revenueWan: 260,
    district: "320118",
    products: { licences: [], cccCertificates: [], mandatoryStandard: true, gasAppliance: false, foodContact: false },
    people: [person("P1", "储成", "principal", "2021-03-15"), person("P2", "滕飞", "officer", "2024-01-02")],
  },
});

// ---------------------------------------------------------------------------------------
// Self-checks: the claims above, against the calendar and the tier rules (FACTS §2).
// ---------------------------------------------------------------------------------------

function fail(msg: string): never {
  throw new Error(`make-demo: ${msg}`);
}

if (WINDOW_START !== "2024-11-20") fail(`window start ${WINDOW_START}`);

function expectedTier(u: UnitInput, asOf: string): Tier {
  const start = addPeriod(asOf, { years: -2 });
  const inWindow = (u.riskEvents ?? []).filter((e) => e.date >= start && e.date <= asOf);
  const majors = inWindow.filter((e) => e.severity === "major").length;
  const grade = u.creditRisk?.grade;
  if (majors >= 3 || grade === "D") return "special";
  if (inWindow.some((e) => e.severity !== "minor") || grade === "C") return "key";
  if ((u.riskEvents ?? []).length === 0) return "trigger";
  return "routine";
}

for (const d of demo) {
  const got = expectedTier(d.unit, AS_OF);
  if (got !== d.tier) fail(`${d.unit.id}: tier ${got}, documented ${d.tier}`);
  if (!d.unit.uscc.startsWith(`91${d.unit.district}`)) fail(`${d.unit.id}: USCC region`);
  for (const r of d.unit.records ?? []) if (r.kind === "daily" && !isWorkingDay(r.date)) fail(`${d.unit.id}: daily record on a day off ${r.date}`);
  for (const c of [...(d.unit.products?.licences ?? []), ...(d.unit.products?.cccCertificates ?? [])]) {
    if (c.expiresOn && c.expiresOn <= AS_OF) fail(`${d.unit.id}: ${c.number} expired on ${c.expiresOn}`);
  }
}
const byId = new Map(demo.map((d) => [d.unit.id, d.unit]));
if (expectedTier(byId.get("NJ05")!, "2026-11-19") !== "special") fail("NJ05 should be special on 2026-11-19");
if (expectedTier(byId.get("NJ12")!, "2026-11-21") !== "key") fail("NJ12 should drop to key on 2026-11-21");

/** Every assignment change documented as on time or late, checked against the calendar. */
const assignmentClaims: [string, string, string, "on time" | "late"][] = [
  ["NJ03", "2026-04-30", "2026-05-11", "on time"],
  ["NJ05", "2026-09-30", "2026-10-13", "on time"],
  ["NJ06", "2026-02-13", "2026-02-27", "on time"],
  ["NJ07", "2026-04-30", "2026-05-12", "late"],
  ["NJ08", "2026-09-30", "2026-10-14", "late"],
  ["NJ11", "2026-06-18", "2026-06-26", "on time"],
  ["NJ12", "2025-09-30", "2025-10-14", "on time"],
  ["NJ12", "2026-06-18", "2026-06-29", "late"],
  ["NJ24", "2026-03-02", "2026-03-12", "late"],
];
const dueDates = new Map<string, string>();
for (const [id, from, recordedOn, claim] of assignmentClaims) {
  const a = byId.get(id)!.assignments!.find((x) => x.from === from && x.recordedOn === recordedOn) ?? fail(`${id}: no assignment ${from}`);
  const due = fifthWorkingDayAfter(a.from);
  dueDates.set(`${id} ${from}`, due);
  if ((a.recordedOn <= due ? "on time" : "late") !== claim) fail(`${id}: change ${from} recorded ${recordedOn} is not ${claim} (due ${due})`);
}
// Every other assignment (a first naming) is recorded within 5 working days under any reading.
for (const d of demo) {
  for (const a of d.unit.assignments ?? []) {
    if (!dueDates.has(`${d.unit.id} ${a.from}`) && a.recordedOn > fifthWorkingDayAfter(a.from)) fail(`${d.unit.id}: unexplained late assignment ${a.from}`);
  }
}

const dataset: DatasetInput = { asOf: AS_OF, units: demo.map((d) => d.unit) };
const parsed = DatasetSchema.safeParse(dataset);
if (!parsed.success) fail(JSON.stringify(parsed.error.issues, null, 2));

// ---------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------

/** JSON with 2-space indentation, but an object or array holding only scalars on one line. */
function format(value: unknown, indent = ""): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const entries: [string | undefined, unknown][] = Array.isArray(value) ? value.map((v) => [undefined, v]) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) return open + close;
  const key = (k: string | undefined) => (k === undefined ? "" : `${JSON.stringify(k)}: `);
  if (entries.every(([, v]) => v === null || typeof v !== "object")) {
    return `${open} ${entries.map(([k, v]) => key(k) + JSON.stringify(v)).join(", ")} ${close}`;
  }
  const inner = indent + "  ";
  return `${open}\n${entries.map(([k, v]) => inner + key(k) + format(v, inner)).join(",\n")}\n${indent}${close}`;
}

const json = `${format(dataset)}\n`;
if (JSON.stringify(JSON.parse(json)) !== JSON.stringify(dataset)) fail("formatter changed the data");

const TIER_ZH: Record<Tier, string> = { special: "特别监管", key: "重点监管", routine: "日常监管", trigger: "触发式监管" };
const lines: string[] = [
  "# The Nanjing demo data set",
  "",
  "`nanjing-demo.json` is a `Dataset` of 26 fictional units around Nanjing, as of",
  `**${AS_OF}**. Every company, person, phone number and code in it is invented (each`,
  "company name carries 演示, \"demo\"); USCC and organisation-code check characters are",
  "computed. It is generated by `scripts/make-demo.ts` (`npx tsx scripts/make-demo.ts`),",
  "which also checks the claims below against the official calendar (FACTS.md §4) and the",
  "tier rules (FACTS.md §2); edit the script, not the JSON.",
  "",
  "The expectations below are the Nanjing profile's defaults (plan 宁市监质监〔2023〕146号",
  "二（七）; FACTS.md §2–§4 and DESIGN.md \"Defaults for the readings\"):",
  "",
  `- window for special and key supervision: [asOf − 2 years, asOf] = [${WINDOW_START}, ${AS_OF}], both ends inclusive;`,
  "- special: ≥ 3 major risks in the window, or credit class D; key: a significant or major",
  "  risk in the window, or credit class C; trigger: no risk event at all; routine: only minor risks;",
  "- a change of responsible official is due on the 5th working day after the change",
  "  (the first naming of an official is recorded within 5 working days in every case here);",
  "- on-site inspection: at least one per calendar half-year for key and special units;",
  "- platform entry deadlines (plan 一, 二（五）): 灶管阀 producers and sellers 2023-11-30;",
  "  licence and CCC producers 2023-12-31; everyone else 2024-12-31 at the latest. Entry dates",
  "  are chosen so that on time / late does not depend on how the 二（五） priority units are read",
  "  (except where noted);",
  "- mechanism records: daily on official working days (by the officer), weekly per ISO week",
  "  Monday–Sunday (by the director), monthly per calendar month (minutes, recorded by the",
  "  principal). Unless a row says otherwise, `mechanismGaps(unit, { from: \"2026-11-01\", to:",
  "  \"2026-11-20\" })` covers the 15 working days 11-02..06, 11-09..13, 11-16..20 and the ISO",
  "  weeks W44 (10-26..11-01, report dated 10-30), W45, W46 and W47 (11-16..22, still running on",
  "  asOf; report dated 11-19), and the month 2026-11 (minutes dated 11-10).",
  "- the unit's own records of the source review (issue 15): `trainings` (its own training and",
  "  assessment of the director and officers, checklist item 2.5), `dutyDocuments` (items 1.1, 1.3),",
  "  `riskControlList` (1.4 and seller item 3.3), `hazards` found by the mechanism (2.4),",
  "  `vetoProposals` (Orders 75/76 Art. 4: the principal decides the same day), `publishedOn` of",
  "  the regulator's spot-check results, and `products.categories` (what a seller sells); every",
  "  unit's district is one of Nanjing's eleven, so `qsd report --by district` names them all.",
  "",
  "## Tiers as of 2026-11-20",
  "",
];
for (const tier of ["special", "key", "routine", "trigger"] as const) {
  const ids = demo.filter((d) => d.tier === tier).map((d) => d.unit.id);
  lines.push(`- **${tier}** (${TIER_ZH[tier]}): ${ids.join(", ")}`);
}
const listOf = (tier: Tier, role: "producer" | "seller") =>
  demo.filter((d) => d.tier === tier && d.unit.roles.includes(role)).map((d) => d.unit.id).join(", ") || "—";
lines.push(
  "",
  "Annual lists for 2026 (`buildAnnualLists`, as of 2026-11-20; units with both roles appear in both):",
  "",
  `- producers — key: ${listOf("key", "producer")}; special: ${listOf("special", "producer")}`,
  `- sellers — key: ${listOf("key", "seller")}; special: ${listOf("special", "seller")}`,
  "",
  "## Units",
  "",
  "| id | name | district | roles | size | layer | credit | tier | why |",
  "|---|---|---|---|---|---|---|---|---|",
);
for (const d of demo) {
  const u = d.unit;
  lines.push(
    `| ${u.id} | ${u.name} | ${DISTRICTS[u.district!]} ${u.district} | ${u.roles.join(" + ")} | ${u.size ?? "—"} | ${u.layer ?? "—"} | ${u.creditRisk?.grade ?? "—"} | **${d.tier}** | ${d.why} |`,
  );
}
lines.push("", "## What each unit demonstrates", "");
for (const d of demo) {
  lines.push(`### ${d.unit.id} — ${d.unit.name} — ${d.tier}`, "", `- Tier: **${d.tier}** — ${d.why}.`);
  for (const s of d.shows) lines.push(`- ${s}.`);
  lines.push("");
}
const md = lines.join("\n");

// README.md: what each demo unit demonstrates, between two markers (the rest of the README is not touched).
const README_START = "<!-- demo-units:start (generated by scripts/make-demo.ts) -->";
const README_END = "<!-- demo-units:end -->";
const readmeBlock = [
  README_START,
  ...demo.map((d) => `- **${d.unit.id}** ${d.unit.name} — ${d.tier} (${TIER_ZH[d.tier]}): ${[d.why, ...d.shows].join("; ")}.`),
  README_END,
].join("\n");
const readmeUrl = new URL("../README.md", import.meta.url);
const readme = readFileSync(readmeUrl, "utf8");
const at = readme.indexOf(README_START);
const end = readme.indexOf(README_END);
if (at < 0 || end < at) fail("README.md lacks the demo-units markers");
const newReadme = readme.slice(0, at) + readmeBlock + readme.slice(end + README_END.length);

const root = new URL("../examples/", import.meta.url);
if (process.argv.includes("--check")) {
  const same = readFileSync(new URL("nanjing-demo.json", root), "utf8") === json && readFileSync(new URL("nanjing-demo.md", root), "utf8") === md;
  if (!same) fail("examples/nanjing-demo.{json,md} differ from the generator's output; run npx tsx scripts/make-demo.ts");
  if (readme !== newReadme) fail("README.md's list of demo units differs from the generator's output; run npx tsx scripts/make-demo.ts");
  console.log("make-demo: examples are up to date");
} else {
  writeFileSync(new URL("nanjing-demo.json", root), json);
  writeFileSync(new URL("nanjing-demo.md", root), md);
  if (readme !== newReadme) writeFileSync(readmeUrl, newReadme);
  console.log(`make-demo: wrote ${demo.length} units (${json.length} bytes of JSON)`);
}
