import type { CalendarYearData } from "../types";

/**
 * China's 2023 working-day calendar, from 《国务院办公厅关于2023年部分节假日安排的通知》
 * (国办发明电〔2022〕16号, 2022-12-08).
 *
 * The notice lists 2022-12-31 (a Saturday) as the first day of the New Year holiday. That
 * date belongs to 2022, which this package does not cover: it is kept here as published
 * and takes effect only in a calendar that also covers 2022.
 *
 * @example
 * ```ts
 * chinaCalendarYear2023.workingWeekendDays.includes("2023-01-28"); // true
 * ```
 * @see 国办发明电〔2022〕16号
 */
export const chinaCalendarYear2023: CalendarYearData = Object.freeze({
  year: 2023,
  offDays: Object.freeze([
    // 一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。
    "2022-12-31", "2023-01-01", "2023-01-02",
    // 二、春节：1月21日至27日放假调休，共7天。
    "2023-01-21", "2023-01-22", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26", "2023-01-27",
    // 三、清明节：4月5日放假，共1天。
    "2023-04-05",
    // 四、劳动节：4月29日至5月3日放假调休，共5天。
    "2023-04-29", "2023-04-30", "2023-05-01", "2023-05-02", "2023-05-03",
    // 五、端午节：6月22日至24日放假调休，共3天。
    "2023-06-22", "2023-06-23", "2023-06-24",
    // 六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。
    "2023-09-29", "2023-09-30", "2023-10-01", "2023-10-02", "2023-10-03", "2023-10-04", "2023-10-05", "2023-10-06",
  ]),
  workingWeekendDays: Object.freeze([
    "2023-01-28", "2023-01-29", // 春节：1月28日（星期六）、1月29日（星期日）上班
    "2023-04-23", "2023-05-06", // 劳动节：4月23日（星期日）、5月6日（星期六）上班
    "2023-06-25", // 端午节：6月25日（星期日）上班
    "2023-10-07", "2023-10-08", // 中秋节、国庆节：10月7日（星期六）、10月8日（星期日）上班
  ]),
  source: Object.freeze({
    title: "《国务院办公厅关于2023年部分节假日安排的通知》",
    documentNumber: "国办发明电〔2022〕16号",
    publishedOn: "2022-12-08",
    url: "https://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm",
  }),
});
