import { oneLine } from "./terminal-text";
import { displayWidth, padToWidth, stripAnsi, truncateToWidth } from "./text-width";

/** A column of a text table. */
export interface TableColumn {
  /** The header text. */
  header: string;
  /** Right-align (numbers). */
  align?: "left" | "right";
  /** The widest the column may get, in terminal columns (longer cells are cut with `…`). */
  maxWidth?: number;
  /** The last column may take the rest of the line: it is never padded, and cut only to fit `lineWidth`. */
}

/** Options of {@link renderTable} and {@link StreamingTable}. */
export interface TableOptions {
  /** Spaces between columns (default 2). */
  gap?: number;
  /** The widest a line may get (the terminal's width); the last column is cut to fit. Unlimited when absent. */
  lineWidth?: number;
  /** Style the header row (e.g. bold). */
  styleHeader?: (text: string) => string;
  /** Indent every line by this many spaces. */
  indent?: number;
}

function cell(text: string, width: number, align: "left" | "right" | undefined): string {
  const fitted = displayWidth(text) > width ? truncateToWidth(stripAnsi(text), width) : text;
  return padToWidth(fitted, width, align ?? "left");
}

function layoutLine(cells: readonly string[], columns: readonly TableColumn[], widths: readonly number[], options: TableOptions): string {
  const gap = " ".repeat(options.gap ?? 2);
  const indent = " ".repeat(options.indent ?? 0);
  const parts: string[] = [];
  let used = indent.length;
  cells.forEach((text, i) => {
    const last = i === cells.length - 1;
    if (last) {
      const room = options.lineWidth === undefined ? Number.POSITIVE_INFINITY : Math.max(8, options.lineWidth - used);
      const fitted = displayWidth(text) > room ? truncateToWidth(stripAnsi(text), room) : text;
      parts.push(columns[i]?.align === "right" ? padToWidth(fitted, widths[i] ?? 0, "right") : fitted);
    } else {
      parts.push(cell(text, widths[i]!, columns[i]?.align));
      used += widths[i]! + gap.length;
    }
  });
  return (indent + parts.join(gap)).replace(/\s+$/, "");
}

function widthsFor(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): number[] {
  return columns.map((col, i) => {
    let w = displayWidth(col.header);
    for (const row of rows) w = Math.max(w, displayWidth(row[i] ?? ""));
    return col.maxWidth === undefined ? w : Math.min(w, Math.max(col.maxWidth, displayWidth(col.header)));
  });
}

/**
 * Lays out rows as an aligned text table, measuring cells by terminal display width (a
 * Chinese character takes two columns), so columns line up under CJK text.
 *
 * @param columns - The columns.
 * @param rawRows - The cells, one array per row (may contain colour codes); each is shown
 *   on one line, control characters and line breaks escaped ({@link oneLine}).
 * @param options - See {@link TableOptions}.
 * @returns The table as lines joined by `\n`, with a trailing newline.
 * @example
 * ```ts
 * renderTable([{ header: "层级" }, { header: "数量", align: "right" }], [["特别监管", "4"], ["重点监管", "8"]]);
 * // 层级      数量
 * // 特别监管     4
 * // 重点监管     8
 * ```
 */
export function renderTable(columns: readonly TableColumn[], rawRows: readonly (readonly string[])[], options: TableOptions = {}): string {
  // A cell is one line: a line break or control character in the data is shown escaped.
  const rows = rawRows.map((row) => row.map(oneLine));
  const widths = widthsFor(columns, rows);
  const header = layoutLine(
    columns.map((c) => c.header),
    columns,
    widths,
    options,
  );
  const lines = [options.styleHeader ? options.styleHeader(header) : header];
  for (const row of rows) lines.push(layoutLine(row, columns, widths, options));
  return `${lines.join("\n")}\n`;
}

/**
 * A table printed while its rows arrive: the first `lookahead` rows set the column widths
 * (capped by each column's `maxWidth`), then every row is printed at once, so a table of
 * any length streams in bounded memory.
 *
 * @example
 * ```ts
 * const t = new StreamingTable(columns, (s) => out.write(s), { lineWidth: process.stdout.columns });
 * for (const row of rows) await t.add(row);
 * await t.end();
 * ```
 */
export class StreamingTable {
  private pending: string[][] | undefined = [];
  private widths: number[] = [];
  /**
   * @param columns - The columns.
   * @param write - Where lines go (may return a promise for back-pressure).
   * @param options - See {@link TableOptions}.
   * @param lookahead - How many rows to measure before printing (default 100).
   */
  constructor(
    private readonly columns: readonly TableColumn[],
    private readonly write: (text: string) => void | Promise<void>,
    private readonly options: TableOptions = {},
    private readonly lookahead = 100,
  ) {}

  /**
   * Adds a row.
   *
   * @param rawRow - The cells (each shown on one line, control characters escaped).
   * @returns A promise that settles when it is safe to add more.
   * @example
   * ```ts
   * await table.add(["NJ01", "触发式监管"]);
   * ```
   */
  async add(rawRow: readonly string[]): Promise<void> {
    const row = rawRow.map(oneLine);
    if (this.pending) {
      this.pending.push(row);
      if (this.pending.length >= this.lookahead) await this.start();
      return;
    }
    await this.write(`${layoutLine(row, this.columns, this.widths, this.options)}\n`);
  }

  /**
   * Prints what is still held (a table shorter than the look-ahead).
   *
   * @returns Whether any row was printed at all.
   * @example
   * ```ts
   * await table.end();
   * ```
   */
  async end(): Promise<boolean> {
    const printed = this.pending === undefined || this.pending.length > 0;
    if (this.pending && this.pending.length > 0) await this.start();
    return printed;
  }

  private async start(): Promise<void> {
    const rows = this.pending ?? [];
    this.pending = undefined;
    this.widths = widthsFor(this.columns, rows);
    const header = layoutLine(
      this.columns.map((c) => c.header),
      this.columns,
      this.widths,
      this.options,
    );
    let text = `${this.options.styleHeader ? this.options.styleHeader(header) : header}\n`;
    for (const row of rows) text += `${layoutLine(row, this.columns, this.widths, this.options)}\n`;
    await this.write(text);
  }
}
