import { z } from "zod";
import type { ProblemParams } from "../entities";
import { _addIssue } from "../entities/primitives";
import { type Citation, CitationSchema, NANJING_PLAN } from "./citations";
import { _deepFreeze } from "../_lib/deep-freeze";

/** A department id: lower-case letters, digits and hyphens, e.g. `quality-supervision`. */
const DepartmentId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(60)
  .meta({ description: "处室（单位）标识 — a department id: lower-case letters, digits and hyphens, e.g. quality-supervision." });

/** One duty of a department, with the verbatim words of the division of duties. */
const DepartmentDutySchema = z
  .strictObject({
    /** 职责标识 — unique within the department, e.g. `recall`. */
    id: DepartmentId.meta({ description: "职责标识 — the duty's id, unique within its department." }),
    /** The duty in English (a summary; the quote is the authority). */
    summaryEn: z.string().min(1).meta({ description: "The duty in English (a summary; the citation's quote is the authority)." }),
    /** 出处 — e.g. 附件1 三（五）, quoted. */
    citation: CitationSchema,
  })
  .meta({ description: "职责 — one duty of a department, with its citation." });

/**
 * One member department (成员处室（单位）) of the plan's working mechanism: its names and its
 * duties. No people's names: a department is an office, not a person.
 */
const DepartmentSchema = z
  .strictObject({
    /** 名称 — the name as the division of duties prints it, e.g. `质量监督处`. */
    name: z.string().min(1).max(100).meta({ description: "名称 — the department's name as printed, e.g. 质量监督处." }),
    /** 全称 — the full name where the plan gives one (e.g. 市质检院 → 市产品质量监督检验院). */
    fullName: z.string().min(1).max(100).optional().meta({ description: "全称 — the full name, where the plan gives one." }),
    /** The name in English. */
    nameEn: z.string().min(1).max(200).meta({ description: "The department's name in English." }),
    /** `division` 处室 (a division of the bureau) or `institution` 单位 (an affiliated institution). */
    kind: z.enum(["division", "institution"]).meta({ description: "division 处室 (a division of the bureau) or institution 单位 (an affiliated institution)." }),
    /** 职责分工 — its duties, each quoted; empty for a member the division of duties gives none (附件1 三 names ten of twelve). */
    duties: z.array(DepartmentDutySchema).meta({ description: "职责分工 — the department's duties, each with its citation; empty when the division of duties gives it none." }),
    /** 出处 — where the plan lists it as a member (附件1 二、组成人员: the post, never the person's name). */
    memberCitation: CitationSchema.optional(),
  })
  .meta({ description: "成员处室（单位） — a member department: names and duties (no people's names)." });

/** Where a matter goes: a department and the duty of it that covers the matter. */
const DepartmentRouteSchema = z
  .strictObject({
    /** 牵头处室 — the department's id (a key of `members`). */
    department: DepartmentId,
    /** The duty of that department that covers the matter (its `id`). */
    duty: DepartmentId.meta({ description: "The id of the department's duty that covers the matter." }),
    /** 配合处室 — other departments that share the matter, with their duties. */
    also: z
      .array(
        z.strictObject({
          /** 配合处室 — the sharing department's id (a key of `members`). */
          department: DepartmentId,
          /** The id of that department's duty that covers its share of the matter. */
          duty: DepartmentId,
        }),
      )
      .optional()
      .meta({ description: "配合处室 — departments that share the matter, with their duties." }),
    /**
     * 说明 — present when the route is our reading (the division of duties names the matter
     * only in general terms); the returned citation then says `reading: true`.
     */
    note: z.string().min(1).optional().meta({ description: "说明 — why this department, when the route is a reading of the division of duties." }),
  })
  .meta({ description: "路由 — the department (and its duty) that handles a matter." });

const RouteTable = (description: string) => z.record(z.string().min(1).max(100), DepartmentRouteSchema).meta({ description });

/**
 * 成员处室（单位）职责分工 — the member departments of the plan's working mechanism and which
 * of them handles what: obligation kinds, finding codes, checklist items and topics are
 * routed to a department; anything not in a table goes to `default`.
 *
 * Every route must name a member and one of its duties; ids of duties are unique within a
 * department.
 *
 * @see 宁市监质监〔2023〕146号 附件1 三、成员处室（单位）职责分工
 */
export const DepartmentsSchema = z
  .strictObject({
    /** 成员处室（单位） — by id, in the plan's order. */
    members: z.record(DepartmentId, DepartmentSchema).meta({ description: "成员处室（单位） — the member departments, by id, in the plan's order." }),
    /** 默认 — where anything not routed below goes (Nanjing: 质量监督处, 统筹协调). */
    default: DepartmentRouteSchema.meta({ description: "默认 — where anything not routed goes (Nanjing: 质量监督处, 统筹协调)." }),
    /** 路由表 — keyed by string, so the policy does not depend on the modules that define the keys. */
    routes: z.strictObject({
      /** Topics of the division of duties, e.g. `ccc`, `recall`, `e-commerce-platform`. */
      topic: RouteTable("By topic of the division of duties, e.g. ccc, recall, e-commerce-platform."),
      /** By obligation kind (`Obligation.kind`, e.g. `recall`, `staffing-director`). */
      obligationKind: RouteTable("By obligation kind, e.g. recall, staffing-director."),
      /** By finding code (`SupervisionFinding.code`, `StaffingFinding.kind`, e.g. `recall-not-started`). */
      findingCode: RouteTable("By finding code, e.g. recall-not-started, vacant."),
      /**
       * By checklist item or section, keyed `templateId/itemId` (e.g. `producer-tasks/1.2`,
       * `producer-tasks/1`); an id not in the table falls back to its parent (`1.3` → `1`,
       * `6.1` → `6`).
       */
      checklistItem: RouteTable("By checklist item or section, keyed templateId/itemId, e.g. producer-tasks/1.2 or producer-tasks/1; an id not listed falls back to its parent (1.3 → 1)."),
    }),
  })
  .check((ctx) => {
    const { members, routes } = ctx.value;
    const issue = (path: PropertyKey[], code: "duplicate_value" | "unknown_department" | "unknown_duty", params: ProblemParams) =>
      _addIssue(ctx, path, code, params, { continue: false });
    for (const [id, m] of Object.entries(members)) {
      const seen = new Set<string>();
      m.duties.forEach((d, i) => {
        if (seen.has(d.id)) issue(["members", id, "duties", i, "id"], "duplicate_value", { received: d.id, list: id });
        seen.add(d.id);
      });
    }
    const checkRef = (ref: { department: string; duty: string }, path: PropertyKey[]) => {
      const m = Object.hasOwn(members, ref.department) ? members[ref.department] : undefined;
      if (m === undefined) {
        issue([...path, "department"], "unknown_department", { received: ref.department });
      } else if (!m.duties.some((d) => d.id === ref.duty)) {
        issue([...path, "duty"], "unknown_duty", { received: ref.duty, list: ref.department });
      }
    };
    const checkRoute = (r: z.infer<typeof DepartmentRouteSchema>, path: PropertyKey[]) => {
      checkRef(r, path);
      r.also?.forEach((a, i) => checkRef(a, [...path, "also", i]));
    };
    checkRoute(ctx.value.default, ["default"]);
    for (const [table, entries] of Object.entries(routes)) {
      for (const [key, r] of Object.entries(entries)) checkRoute(r, ["routes", table, key]);
    }
  })
  .meta({
    description:
      "成员处室（单位）职责分工 — the member departments and which of them handles what (宁市监质监〔2023〕146号 附件1 三), with a default.",
  });

/**
 * The departments and routes of a policy, as parsed (see {@link DepartmentsSchema}).
 *
 * @see 宁市监质监〔2023〕146号 附件1 三
 */
export type Departments = z.infer<typeof DepartmentsSchema>;
/**
 * A member department, as parsed (see {@link DepartmentsSchema}).
 *
 * @see 宁市监质监〔2023〕146号 附件1 三
 */
export type Department = Departments["members"][string];
/**
 * A route to a department (see {@link DepartmentsSchema}).
 *
 * @see 宁市监质监〔2023〕146号 附件1 三
 */
export type DepartmentRoute = Departments["default"];

/**
 * The verbatim words of the Nanjing plan's Attachment 1, 三、成员处室（单位）职责分工, by
 * department and duty (PDF line breaks joined).
 *
 * @see 宁市监质监〔2023〕146号 附件1 三
 */
export const nanjingDepartmentQuotes = Object.freeze({
  /** 三（一）质量监督处, five duties (its first sentence holds two). */
  qualitySupervision: Object.freeze({
    /** 统筹协调 — coordinating the work on the two regulations (the default route). */
    coordination: "统筹协调推进“两个规定”工作",
    /** 督促 — urging licence and mandatory-standard units to implement the two regulations. */
    urgeUnits: "督促工业产品生产许可、涉及人身健康和生命财产安全并有强制性国家标准要求的产品生产销售单位落实“两个规定”",
    /** 督促检查 — checks of medium-sized producers and sellers. */
    mediumUnits: "组织对中型生产和销售单位落实“两个规定”情况开展督促检查",
    /** 督导检查 — oversight of the districts' implementation. */
    districtOversight: "对各区推进“两个规定”落实情况开展督导检查",
    /** 信息宣传 — planning the city's information and publicity work. */
    publicityPlanning: "组织筹划我市“两个规定”相关工作信息宣传",
  }),
  /** 三（二）新闻宣传处 */
  newsPublicity: "负责协助做好全市落实“两个规定”工作成效的宣传工作",
  /** 三（三）行政审批处 */
  administrativeApproval: "负责对工业产品生产许可实地核查和例行检查企业宣贯“两个规定”",
  /** 三（四）网络交易和合同监督管理处 */
  onlineTrading: "负责配合相关处室引导电子商务平台督促平台内销售单位落实质量安全主体责任",
  /** 三（五）质量发展处 */
  qualityDevelopment: "负责缺陷产品召回的监督管理工作",
  /** 三（六）认证监管处 */
  certificationSupervision: "负责督促检查实施强制性产品认证管理产品的生产和销售单位落实“两个规定”",
  /** 三（七）执法协调处 — the whole sentence. */
  enforcementCoordination:
    "负责组织协调对未按规定建立质量安全管理制度，或者未按规定配备、培训、考核质量安全总监、质量安全员，或者未按责任制要求落实质量安全责任的生产和销售单位查处工作",
  /** 三（八）市质检院 */
  inspectionInstitute: "负责协助做好工业产品生产许可产品生产和销售单位落实“两个规定”技术保障",
  /** 三（九）市标准化院 */
  standardizationInstitute: "负责梳理涉及人身健康和生命财产安全产品的强制性国家标准清单",
  /** 三（十）信息中心 */
  informationCentre: "对接省局信息中心，对全市生产和销售单位落实质量安全主体责任信息的归集提供技术支持",
  /**
   * 二、组成人员 — the posts of the twelve member units, in the plan's order (the posts only;
   * the people's names are left out).
   */
  members: Object.freeze([
    "质量监督处处长",
    "新闻宣传处处长",
    "行政审批处处长",
    "网络交易和合同监督管理处处长",
    "质量发展处处长",
    "认证监管处处长",
    "执法协调处处长",
    "科技与信息化处处长",
    "市质量技术监督稽查支队支队长",
    "市产品质量监督检验院院长",
    "市标准化研究院院长",
    "信息中心主任",
  ] as const),
});

const Q = nanjingDepartmentQuotes;

function cite(n: string, quote: string): Citation {
  return Object.freeze({ document: NANJING_PLAN, clause: `附件1 三（${n}）`, quote });
}

/** Where 附件1 二 lists a member: its post. */
function member(n: number): Citation {
  return Object.freeze({ document: NANJING_PLAN, clause: "附件1 二", quote: Q.members[n]! });
}

function duty(id: string, summaryEn: string, citation: Citation) {
  return { id, summaryEn, citation };
}

/** A route that is our reading: the note says why. */
function reading(department: string, dutyId: string, note: string, also?: { department: string; duty: string }[]): DepartmentRoute {
  return also === undefined ? { department, duty: dutyId, note } : { department, duty: dutyId, also, note };
}
function stated(department: string, dutyId: string, also?: { department: string; duty: string }[]): DepartmentRoute {
  return also === undefined ? { department, duty: dutyId } : { department, duty: dutyId, also };
}

const ENFORCEMENT = "enforcement-coordination";
const QS = "quality-supervision";
const CERT = "certification-supervision";
const INFO = "information-centre";

const MECHANISM_NOTE =
  "Read as 未按责任制要求落实质量安全责任: the daily/weekly/monthly records are how a unit carries out its responsibility system (plan 二（四）); the division of duties does not name them.";
const SYSTEM_NOTE = "Read as part of the quality-safety management system (质量安全管理制度) of 附件1 三（七）.";
const ASSESSMENT_NOTE =
  "Read as 未按规定…培训、考核质量安全总监、质量安全员: a failed assessment left unrectified (plan 二（三）) means the director or officer is not trained and assessed as required.";
const DISTRICT_NOTE =
  "On-site inspections and responsible officials of key and special units are the district (属地) regulators' work (plan 二（七）); at city level the division of duties gives oversight of the districts to 质量监督处.";
const PLATFORM_NOTE =
  "Entry is done by the units and the district (属地) regulators (plan 二（五）); at city level the information centre supports the collection of the platform data.";
const LICENCE_CCC_NOTE = "An item about both production licences and CCC: 质量监督处 leads for licence units (三（一）), 认证监管处 for CCC units (三（六）).";
const COORDINATION_NOTE = "Not assigned to a department by the division of duties: the coordinating division (统筹协调) takes it.";
const STAFFING_NOTE =
  "三（七） gives 执法协调处 enforcement (查处) against units that fail to appoint (未按规定配备) a director or officer; an obligation to fill a post is owed by every unit in scope, met or not, and urging units is 质量监督处's (三（一）) and 认证监管处's (三（六）). Routed to 执法协调处 as the department that acts when a post stays unfilled.";
const CHECKLIST_ENFORCEMENT_NOTE =
  "The checklist checks every unit, while 三（七） gives 执法协调处 enforcement against units that fail (未按规定建立质量安全管理制度，或者未按规定配备、培训、考核质量安全总监、质量安全员). Routed there as the department that acts on a ✗; urging the units is 质量监督处's (三（一）) and 认证监管处's (三（六）).";
const VETO_NOTE =
  "Read as 未按责任制要求落实质量安全责任: acting at once on a proposal to stop production or sale is the principal's duty under the responsibility system (Orders 75/76 Art. 4); the division of duties does not name it.";
const PLATFORM_BUILD_NOTE =
  "附件4 2 covers building, using and updating the platform (2.1, 2.2) as well as collecting its information (2.3); 三（十） gives the information centre technical support to collecting the units' information, read as covering the platform work.";
const SUPERVISION_PLATFORM_NOTE =
  "The supervision information platform (监管督查信息平台) holds the regulators' own supervision data, not the units' information that 三（十） names; read as platform data work of the information centre.";

/**
 * Producer (附件2) and seller (附件3) sections 1 and 2, routed alike: a section key (`…/1`)
 * covers its items, and items the words name outright override it.
 */
function unitChecklistRoutes(template: "producer-tasks" | "seller-tasks"): Record<string, DepartmentRoute> {
  return {
    [`${template}/1`]: reading(ENFORCEMENT, "enforcement", SYSTEM_NOTE),
    [`${template}/1.1`]: reading(ENFORCEMENT, "enforcement", CHECKLIST_ENFORCEMENT_NOTE),
    [`${template}/1.2`]: reading(ENFORCEMENT, "enforcement", CHECKLIST_ENFORCEMENT_NOTE),
    [`${template}/2`]: reading(ENFORCEMENT, "enforcement", MECHANISM_NOTE),
    [`${template}/2.5`]: reading(ENFORCEMENT, "enforcement", CHECKLIST_ENFORCEMENT_NOTE),
  };
}

/**
 * The Nanjing plan's division of duties (附件1 三、成员处室（单位）职责分工) as data: the twelve
 * member units of 附件1 二 in the plan's order, each with its post quoted (`memberCitation`)
 * and its duties quoted — 科技与信息化处 and 市质量技术监督稽查支队 are members that 三 gives no
 * duty, so nothing is routed to them — and the routes from obligation kinds, finding codes,
 * checklist items and topics to the department that handles them.
 *
 * - Stated routes follow the words: CCC → 认证监管处 (三（六）); recall → 质量发展处
 *   (三（五）); a vacant post (a unit failing to appoint) → 执法协调处 (三（七）); medium-sized units' checks and oversight of the
 *   districts → 质量监督处 (三（一）); on-site checks for licences → 行政审批处 (三（三）);
 *   e-commerce platforms → 网络交易和合同监督管理处 (三（四）); technical support → 市质检院
 *   (三（八）); mandatory-standard lists → 市标准化院 (三（九）); platform data → 信息中心
 *   (三（十）); publicity → 新闻宣传处 (三（二）).
 * - Routes the words cover only in general terms carry a `note` (a reading), e.g. the
 *   daily/weekly/monthly records → 执法协调处 ("未按责任制要求落实质量安全责任"); so do the
 *   staffing obligations and checklist items 1.1, 1.2 and 2.5, which every unit owes while
 *   三（七） gives 执法协调处 enforcement against the units that fail.
 * - Anything else → the default, 质量监督处 统筹协调 ("统筹协调推进“两个规定”工作").
 *
 * @example
 * ```ts
 * nanjingDepartments.members["quality-development"].name; // "质量发展处"
 * nanjingDepartments.routes.obligationKind.recall.department; // "quality-development"
 * ```
 * @see 宁市监质监〔2023〕146号 附件1 三、成员处室（单位）职责分工
 */
export const nanjingDepartments: Departments = _deepFreeze({
  members: {
    [QS]: {
      name: "质量监督处",
      nameEn: "Quality Supervision Division",
      kind: "division",
      memberCitation: member(0),
      duties: [
        duty("coordination", "Coordinates the work on the two regulations city-wide", cite("一", Q.qualitySupervision.coordination)),
        duty(
          "urge-units",
          "Urges units making or selling licensed products and products under mandatory national standards to implement the two regulations",
          cite("一", Q.qualitySupervision.urgeUnits),
        ),
        duty("medium-units", "Organises checks of medium-sized producers and sellers", cite("一", Q.qualitySupervision.mediumUnits)),
        duty("district-oversight", "Oversees and inspects the districts' implementation", cite("一", Q.qualitySupervision.districtOversight)),
        duty("publicity-planning", "Plans the city's information and publicity work on the two regulations", cite("一", Q.qualitySupervision.publicityPlanning)),
      ],
    },
    "news-publicity": {
      name: "新闻宣传处",
      nameEn: "News and Publicity Division",
      kind: "division",
      memberCitation: member(1),
      duties: [duty("publicity", "Helps publicise the results of the city's work", cite("二", Q.newsPublicity))],
    },
    "administrative-approval": {
      name: "行政审批处",
      nameEn: "Administrative Approval Division",
      kind: "division",
      memberCitation: member(2),
      duties: [
        duty("licence-onsite-check", "Explains the two regulations to enterprises during licence on-site verification and routine checks", cite("三", Q.administrativeApproval)),
      ],
    },
    "online-trading": {
      name: "网络交易和合同监督管理处",
      nameEn: "Online Trading and Contract Supervision Division",
      kind: "division",
      memberCitation: member(3),
      duties: [
        duty("e-commerce-platform", "Guides e-commerce platforms to make the sellers on them take responsibility for quality safety", cite("四", Q.onlineTrading)),
      ],
    },
    "quality-development": {
      name: "质量发展处",
      nameEn: "Quality Development Division",
      kind: "division",
      memberCitation: member(4),
      duties: [duty("recall", "Supervises the recall of defective products", cite("五", Q.qualityDevelopment))],
    },
    [CERT]: {
      name: "认证监管处",
      nameEn: "Certification Supervision Division",
      kind: "division",
      memberCitation: member(5),
      duties: [
        duty("ccc", "Urges and checks producers and sellers of CCC products to implement the two regulations", cite("六", Q.certificationSupervision)),
      ],
    },
    [ENFORCEMENT]: {
      name: "执法协调处",
      nameEn: "Enforcement Coordination Division",
      kind: "division",
      memberCitation: member(6),
      duties: [
        duty(
          "enforcement",
          "Coordinates enforcement against units without a quality-safety management system, without a director and officers appointed, trained and assessed as required, or not carrying out the responsibility system",
          cite("七", Q.enforcementCoordination),
        ),
      ],
    },
    "science-technology": {
      name: "科技与信息化处",
      nameEn: "Science, Technology and Informatization Division",
      kind: "division",
      memberCitation: member(7),
      // 附件1 三 gives it no duty of its own.
      duties: [],
    },
    "inspection-detachment": {
      name: "市质量技术监督稽查支队",
      nameEn: "Municipal Quality and Technical Supervision Inspection Detachment",
      kind: "institution",
      memberCitation: member(8),
      // 附件1 三 gives it no duty of its own.
      duties: [],
    },
    "inspection-institute": {
      name: "市质检院",
      fullName: "市产品质量监督检验院",
      nameEn: "Municipal Product Quality Supervision and Inspection Institute",
      kind: "institution",
      memberCitation: member(9),
      duties: [
        duty("technical-support", "Gives technical support to producers and sellers of licensed products", cite("八", Q.inspectionInstitute)),
      ],
    },
    "standardization-institute": {
      name: "市标准化院",
      fullName: "市标准化研究院",
      nameEn: "Municipal Institute of Standardization",
      kind: "institution",
      memberCitation: member(10),
      duties: [
        duty("mandatory-standard-list", "Compiles the list of mandatory national standards for products affecting health and safety", cite("九", Q.standardizationInstitute)),
      ],
    },
    [INFO]: {
      name: "信息中心",
      nameEn: "Information Centre",
      kind: "institution",
      memberCitation: member(11),
      duties: [
        duty("platform-data", "Gives technical support to collecting the units' quality-safety information (with the provincial information centre)", cite("十", Q.informationCentre)),
      ],
    },
  },
  default: stated(QS, "coordination"),
  routes: {
    topic: {
      coordination: stated(QS, "coordination"),
      "licence-and-mandatory-standard-units": stated(QS, "urge-units"),
      "medium-units": stated(QS, "medium-units"),
      "district-oversight": stated(QS, "district-oversight"),
      "publicity-planning": stated(QS, "publicity-planning", [{ department: "news-publicity", duty: "publicity" }]),
      publicity: stated("news-publicity", "publicity"),
      "licence-onsite-check": stated("administrative-approval", "licence-onsite-check"),
      "e-commerce-platform": stated("online-trading", "e-commerce-platform"),
      recall: stated("quality-development", "recall"),
      ccc: stated(CERT, "ccc"),
      enforcement: stated(ENFORCEMENT, "enforcement"),
      "technical-support": stated("inspection-institute", "technical-support"),
      "mandatory-standard-list": stated("standardization-institute", "mandatory-standard-list"),
      "platform-data": stated(INFO, "platform-data"),
    },
    obligationKind: {
      "staffing-officer": reading(ENFORCEMENT, "enforcement", STAFFING_NOTE),
      "staffing-director": reading(ENFORCEMENT, "enforcement", STAFFING_NOTE),
      rectification: reading(ENFORCEMENT, "enforcement", ASSESSMENT_NOTE),
      "veto-proposal": reading(ENFORCEMENT, "enforcement", VETO_NOTE),
      "daily-record": reading(ENFORCEMENT, "enforcement", MECHANISM_NOTE),
      "weekly-record": reading(ENFORCEMENT, "enforcement", MECHANISM_NOTE),
      "monthly-record": reading(ENFORCEMENT, "enforcement", MECHANISM_NOTE),
      "data-entry": reading(INFO, "platform-data", PLATFORM_NOTE),
      "onsite-inspection": reading(QS, "district-oversight", DISTRICT_NOTE),
      "official-change": reading(QS, "district-oversight", DISTRICT_NOTE),
      recall: stated("quality-development", "recall"),
    },
    findingCode: {
      "no-responsible-official": reading(QS, "district-oversight", DISTRICT_NOTE),
      "official-change-late": reading(QS, "district-oversight", DISTRICT_NOTE),
      "official-change-overdue": reading(QS, "district-oversight", DISTRICT_NOTE),
      "official-change-unknown": reading(QS, "district-oversight", DISTRICT_NOTE),
      "recall-not-started": stated("quality-development", "recall"),
      "vacant": stated(ENFORCEMENT, "enforcement"),
      "failed-assessment": reading(ENFORCEMENT, "enforcement", ASSESSMENT_NOTE),
    },
    checklistItem: {
      ...unitChecklistRoutes("producer-tasks"),
      "producer-tasks/3": reading(QS, "urge-units", LICENCE_CCC_NOTE, [{ department: CERT, duty: "ccc" }]),
      ...unitChecklistRoutes("seller-tasks"),
      "seller-tasks/3.4": reading(QS, "urge-units", LICENCE_CCC_NOTE, [{ department: CERT, duty: "ccc" }]),
      "supervision/1.1": reading(QS, "publicity-planning", "Publicising the regulations and policy documents (宣贯) is read as the city's information and publicity work.", [
        { department: "news-publicity", duty: "publicity" },
      ]),
      "supervision/2": reading(INFO, "platform-data", PLATFORM_BUILD_NOTE),
      "supervision/2.3": stated(INFO, "platform-data"),
      "supervision/3": reading(QS, "district-oversight", DISTRICT_NOTE),
      "supervision/5.2": reading(INFO, "platform-data", SUPERVISION_PLATFORM_NOTE),
      "supervision/7.1": reading(INFO, "platform-data", SUPERVISION_PLATFORM_NOTE),
      "supervision/7.2": reading(INFO, "platform-data", "Tasks on the supervision information platform are read as platform data work (三（十）)."),
    },
  },
} satisfies Departments);

/**
 * Why a matter not in the routing tables goes to the default department. @internal
 */
export const _COORDINATION_NOTE = COORDINATION_NOTE;
