import { once } from "node:events";
import { JsonLineEncoder } from "./json-lines";
import { rawSink } from "./terminal-text";

/** Something text can be written to: `process.stdout`, a file stream, or a test buffer. */
export interface TextSink {
  /** Writes a chunk; returns `false` when the caller should wait for `"drain"` (Node stream contract). */
  write(chunk: string | Uint8Array): boolean;
  /** Present on Node streams: used to wait for `"drain"`. */
  once?(event: "drain", listener: () => void): unknown;
  /** Whether the sink is a terminal. */
  isTTY?: boolean;
  /** Terminal width in columns, when a terminal. */
  columns?: number;
}

/**
 * Everything the CLI touches outside itself, passed in so the commands can be run and
 * tested in-process: the streams, the environment, the working directory and the one
 * clock reading (today's date in Asia/Shanghai).
 */
export interface CliIo {
  /** Standard output. */
  stdout: TextSink;
  /** Standard error. */
  stderr: TextSink;
  /** Standard input, read for the file name `-`. */
  stdin: AsyncIterable<Uint8Array | string>;
  /** Environment variables (`QSD_DEBUG`, `NO_COLOR`, `FORCE_COLOR`). */
  env: Readonly<Record<string, string | undefined>>;
  /** Today's date `YYYY-MM-DD` in Asia/Shanghai — the default `--as-of`. */
  today(): string;
  /** The bundled demo data set's path, when it should not be looked up next to the program (tests). */
  demoFile?: string;
}

/**
 * A buffered writer over a {@link TextSink} that respects back-pressure: text is
 * collected into chunks of about 64 KiB, and a full pipe is waited for (`"drain"`), so a
 * fast producer streaming to a slow consumer keeps memory bounded.
 */
export class BufferedWriter {
  private parts: string[] = [];
  private size = 0;
  /** JSON lines held as bytes ({@link writeJsonLine}); text and lines are written out in the order given. */
  private json: JsonLineEncoder | undefined;
  /**
   * @param sink - Where the text goes.
   * @param chunkSize - How many UTF-16 code units to collect before writing (default 64 Ki).
   */
  constructor(
    private readonly sink: TextSink,
    private readonly chunkSize = 64 * 1024,
  ) {}

  /**
   * Adds text; flushes (and waits for the sink to drain) when the buffer is full.
   *
   * @param text - The text to write.
   * @returns `undefined` when the text was only buffered, else a promise that settles when
   *   it is safe to write more (so a caller awaits only when it must).
   * @example
   * ```ts
   * const out = new BufferedWriter(process.stdout);
   * await out.write("line\n");
   * await out.flush();
   * ```
   */
  write(text: string): Promise<void> | undefined {
    const lines = this.json !== undefined && this.json.size > 0 ? this.writeJsonBytes() : undefined;
    this.parts.push(text);
    this.size += text.length;
    if (this.size < this.chunkSize) return lines;
    return lines ? lines.then(() => this.flush()) : this.flush();
  }

  /**
   * Adds one JSON line: `JSON.stringify(value)` and `\n`, byte for byte, built as UTF-8
   * straight into a buffer ({@link JsonLineEncoder}: the bytes of the policy's frozen
   * citations are made once and copied). On a terminal-safe sink the line is escaped like
   * any text written to it (the same bytes) and written past the wrapper.
   *
   * @param value - Plain JSON data.
   * @param omit - A key of `value` itself to leave out (see {@link JsonLineEncoder.line}).
   * @returns `undefined` when the line was only buffered, else a promise that settles when
   *   it is safe to write more.
   * @throws {TypeError} What `JSON.stringify` throws for the value (nothing is written).
   * @example
   * ```ts
   * await out.writeJsonLine({ unitId: "u1", level: "key" });
   * ```
   */
  writeJsonLine(value: unknown, omit?: string): Promise<void> | undefined {
    const pending = this.parts.length > 0 ? this.flush() : undefined;
    const json = (this.json ??= new JsonLineEncoder(rawSink(this.sink) !== this.sink, Math.max(this.chunkSize * 2, 4096)));
    json.line(value, omit);
    if (json.size < this.chunkSize) return pending;
    return pending ? pending.then(() => this.writeJsonBytes()) : this.writeJsonBytes();
  }

  /** Writes out the JSON lines held, to the sink under the terminal-safe wrapper (they are escaped already). */
  private writeJsonBytes(): Promise<void> | undefined {
    const bytes = this.json!.take();
    try {
      if (!rawSink(this.sink).write(bytes) && typeof this.sink.once === "function") return once(this.sink as unknown as NodeJS.EventEmitter, "drain").then(() => undefined);
    } catch (error) {
      return Promise.reject(error);
    }
    return undefined;
  }

  /**
   * Writes bytes (already encoded UTF-8) straight to the sink, after what is buffered.
   *
   * @param bytes - The bytes.
   * @returns `undefined`, or a promise to wait for when the sink is full.
   * @example
   * ```ts
   * await writer.flush();
   * await writer.writeBytes(Buffer.from("x\n"));
   * ```
   */
  writeBytes(bytes: Uint8Array): Promise<void> | undefined {
    const sink = this.sink;
    if (this.json !== undefined && this.json.size > 0) rawSink(sink).write(this.json.take());
    if (this.parts.length > 0) {
      const text = this.parts.join("");
      this.parts = [];
      this.size = 0;
      sink.write(text);
    }
    if (!sink.write(bytes) && typeof this.sink.once === "function") return once(this.sink as unknown as NodeJS.EventEmitter, "drain").then(() => undefined);
    return undefined;
  }

  /**
   * Writes out what is buffered and waits for the sink to drain if it asked to.
   *
   * @returns A promise that settles when the text has been handed to the sink.
   * @example
   * ```ts
   * await writer.flush();
   * ```
   */
  async flush(): Promise<void> {
    if (this.json !== undefined && this.json.size > 0) await this.writeJsonBytes();
    if (this.parts.length === 0) return;
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join("");
    this.parts = [];
    this.size = 0;
    if (!this.sink.write(text) && typeof this.sink.once === "function") {
      await once(this.sink as unknown as NodeJS.EventEmitter, "drain");
    }
  }
}

/**
 * A {@link TextSink} that keeps what is written, for tests and for rendering to a string.
 *
 * @returns The sink and a function that returns all text written so far.
 * @example
 * ```ts
 * const { sink, text } = memorySink();
 * sink.write("a"); text(); // "a"
 * ```
 */
export function memorySink(options: { isTTY?: boolean; columns?: number } = {}): { sink: TextSink; text: () => string } {
  const parts: string[] = [];
  const sink: TextSink = {
    write(chunk: string | Uint8Array) {
      parts.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      return true;
    },
    ...options,
  };
  return { sink, text: () => parts.join("") };
}
