/**
 * Outputs that never lie: `-o` files written to a temporary file in the same folder and
 * renamed over the target only when complete (the old file survives any failure), and
 * standard output written so that a failed write is an error, never a silently short
 * output.
 */
import { randomBytes } from "node:crypto";
import { fstatSync, writeSync } from "node:fs";
import { chmod, lstat, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CliError, EXIT_USAGE, pick, type Lang } from "./errors";
import type { TextSink } from "./io";

/** What the common write errors mean, in Chinese and English. */
const WHY: Readonly<Record<string, readonly [string, string]>> = {
  ENOSPC: ["设备上没有空间", "no space left on device"],
  EFBIG: ["超过文件大小限制", "file too large"],
  EDQUOT: ["超过磁盘配额", "disk quota exceeded"],
  EIO: ["输入输出错误", "input/output error"],
  EACCES: ["没有写入权限", "permission denied"],
  EPERM: ["不允许的操作", "operation not permitted"],
  EROFS: ["只读文件系统", "read-only file system"],
  ENOENT: ["目录不存在", "no such directory"],
  EISDIR: ["这是一个目录", "it is a directory"],
  ENOTDIR: ["路径中有一项不是目录", "a part of the path is not a directory"],
  EBADF: ["文件描述符无效", "bad file descriptor"],
};

/**
 * Why a write failed, as the messages say it: the error code and its meaning,
 * `ENOSPC（设备上没有空间）` / `ENOSPC (no space left on device)`.
 *
 * @param error - What the write threw or emitted.
 * @param lang - The language.
 * @returns A short reason, one line.
 * @example
 * ```ts
 * writeErrorReason({ code: "ENOSPC" }, "en"); // "ENOSPC (no space left on device)"
 * ```
 */
export function writeErrorReason(error: unknown, lang: Lang): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string") {
    const why = WHY[code];
    return why ? pick(lang, `${code}（${why[0]}）`, `${code} (${why[1]})`) : code;
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]!.slice(0, 200);
}

/**
 * Writing to standard output failed (a full disk, a file size limit, a closed device — not
 * a closed pipe, which ends the run quietly). The run stops: the CLI prints one line on
 * standard error, no stack, and exits 2. Never caught as a per-record or per-file problem.
 *
 * @example
 * ```ts
 * throw new OutputWriteError(Object.assign(new Error("write"), { code: "ENOSPC" }));
 * ```
 */
export class OutputWriteError extends Error {
  override readonly name = "OutputWriteError";
  /** The system error code (`ENOSPC`, `EFBIG`, `EIO`, …), when there is one. */
  readonly code: string | undefined;
  /** @param error - What the write threw or emitted. */
  constructor(readonly error: unknown) {
    super(`cannot write to standard output: ${writeErrorReason(error, "en")}`);
    const code = (error as { code?: unknown } | null)?.code;
    this.code = typeof code === "string" ? code : undefined;
  }
}

/**
 * The one line printed when standard output cannot be written.
 *
 * @param error - What the write threw or emitted.
 * @param lang - The language.
 * @returns `qsd: 错误：无法写入标准输出：ENOSPC（设备上没有空间）`, without a newline.
 * @example
 * ```ts
 * stdoutErrorLine({ code: "ENOSPC" }, "en"); // "qsd: error: cannot write to standard output: ENOSPC (no space left on device)"
 * ```
 */
export function stdoutErrorLine(error: unknown, lang: Lang): string {
  const why = writeErrorReason(error instanceof OutputWriteError ? error.error : error, lang);
  return pick(lang, `qsd: 错误：无法写入标准输出：${why}`, `qsd: error: cannot write to standard output: ${why}`);
}

/**
 * Standard output when it is a regular file (`qsd report > out.txt`): written with
 * `writeSync` until every byte is out. Node's own stream for a file does one `writeSync`
 * per chunk and ignores a short write, so a file size limit (`ulimit -f`) or a full disk
 * would leave a cut file and exit 0; here a failed write throws {@link OutputWriteError}.
 *
 * @param fd - The file descriptor (1).
 * @returns A sink, or `undefined` when `fd` is not a regular file (a terminal, a pipe, a device).
 * @example
 * ```ts
 * const stdout = fileStdout(1) ?? process.stdout;
 * ```
 */
export function fileStdout(fd: number): TextSink | undefined {
  try {
    if (!fstatSync(fd).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return {
    write(chunk: string | Uint8Array): boolean {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      let offset = 0;
      while (offset < bytes.length) {
        try {
          const n = writeSync(fd, bytes, offset, bytes.length - offset);
          if (n <= 0) throw Object.assign(new Error("short write"), { code: "EIO" });
          offset += n;
        } catch (error) {
          if ((error as { code?: string }).code === "EAGAIN") continue;
          throw new OutputWriteError(error);
        }
      }
      return true;
    },
    isTTY: false,
  };
}

/**
 * Writes a whole output file atomically: into a temporary file in the target's own folder
 * (`.<name>.<random>.tmp`), flushed to disk, then renamed over the target. A failure at any
 * point — a full disk, a size limit, a folder without write permission — removes the
 * temporary file and leaves the previous file as it was. A symbolic link is followed (its
 * target is replaced); an existing file keeps its permissions. A target that is not a
 * regular file (`/dev/stdout`, a named pipe) is written directly: it cannot be renamed over.
 *
 * @param path - The output file.
 * @param text - Its whole content.
 * @returns When the file is in place.
 * @throws {CliError} (exit 2) naming the file and why: `无法写入 report.html：ENOSPC（设备上没有空间）；原文件未改动`.
 * @example
 * ```ts
 * await writeFileAtomic("report.html", html);
 * ```
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const fail = (e: unknown, kept: boolean) =>
    new CliError(
      `无法写入 ${path}：${writeErrorReason(e, "zh")}${kept ? "；原文件未改动" : ""}`,
      `cannot write ${path}: ${writeErrorReason(e, "en")}${kept ? "; the previous file is unchanged" : ""}`,
      { exitCode: EXIT_USAGE },
    );
  let target = path;
  let mode: number | undefined;
  let existed = false;
  try {
    const link = await lstat(path);
    existed = true;
    if (link.isSymbolicLink()) target = await realpath(path);
    const st = link.isSymbolicLink() ? await stat(target) : link;
    if (st.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (!st.isFile()) {
      // A device or a pipe: there is nothing to replace atomically.
      const handle = await open(target, "w");
      try {
        await handle.writeFile(text, "utf8");
      } finally {
        await handle.close();
      }
      return;
    }
    mode = st.mode & 0o7777;
  } catch (e) {
    if ((e as { code?: string }).code !== "ENOENT") throw fail(e, false);
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(temp, "wx", 0o666);
    await handle.writeFile(text, "utf8");
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, target);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw fail(e, existed);
  }
}
