import type { ProblemParams } from "../entities";
import { _errorMessages } from "../entities/messages";
import { canonicalJson } from "./canonical-json";

/**
 * The digest algorithm of audit records, as they state it in `algorithm`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc6234
 */
export const DIGEST_ALGORITHM = "SHA-256";

/** The part of Web Crypto used here (declared locally: the library is built without DOM or Node types). */
interface _SubtleDigest {
  digest(algorithm: "SHA-256", data: Uint8Array): Promise<ArrayBuffer>;
}

/**
 * Thrown when the host has no Web Crypto `crypto.subtle` (e.g. a browser page served over
 * plain HTTP, where `crypto.subtle` is undefined, or a very old runtime).
 *
 * @see https://www.w3.org/TR/WebCryptoAPI/
 */
export class DigestUnavailableError extends Error {
  /** Always `"DigestUnavailableError"`. */
  override readonly name = "DigestUnavailableError";
  /** A stable machine-readable code. */
  readonly code = "digest_unavailable";
  /** Nothing beyond the code: `{}`. */
  readonly params: ProblemParams = {};
  /** 中文说明 */
  readonly messageZh: string;
  constructor() {
    const { message, messageZh } = _errorMessages("digest_unavailable", {});
    super(message);
    this.messageZh = messageZh;
  }
}

function _subtle(): _SubtleDigest {
  const c = (globalThis as { crypto?: { subtle?: _SubtleDigest } }).crypto;
  if (c === undefined || c.subtle === undefined || typeof c.subtle.digest !== "function") throw new DigestUnavailableError();
  return c.subtle;
}

/** The part of the WHATWG Encoding API used here (declared locally: the library is built without DOM or Node types). */
declare const TextEncoder: new () => { encode(input: string): Uint8Array };

/**
 * UTF-8 bytes of a string, by the host's `TextEncoder` (browsers, Node, Deno, Bun and edge
 * runtimes all have it): an unpaired surrogate (which has no UTF-8 form; canonical JSON
 * never holds one) becomes U+FFFD, `EF BF BD` (WHATWG Encoding, USVString conversion).
 * @internal
 */
export function _utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

/**
 * The SHA-256 digest of a text's UTF-8 bytes, as 64 lower-case hex digits, computed with
 * Web Crypto (`globalThis.crypto.subtle.digest`), so it runs in browsers, Node 20+, Deno,
 * Bun and edge runtimes.
 *
 * @param text - The text; an unpaired surrogate is hashed as U+FFFD, as `TextEncoder` does.
 * @returns A promise of the hex digest.
 * @throws {@link DigestUnavailableError} (rejects) when the host has no `crypto.subtle`.
 * @example
 * ```ts
 * await sha256Hex("{}"); // "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6234
 */
export async function sha256Hex(text: string): Promise<string> {
  const buffer = await _subtle().digest("SHA-256", _utf8(text));
  const bytes = new Uint8Array(buffer);
  let hex = "";
  for (const b of bytes) hex += b.toString(16).padStart(2, "0");
  return hex;
}

/**
 * The SHA-256 digest (hex) of a value's canonical JSON ({@link canonicalJson}, RFC 8785):
 * equal data give equal digests in any language that implements JCS.
 *
 * @param value - A JSON-compatible value.
 * @returns A promise of the hex digest.
 * @throws {@link CanonicalJsonError} (the promise rejects) for a value that is not JSON;
 *   {@link DigestUnavailableError} without Web Crypto.
 * @example
 * ```ts
 * await canonicalDigest({ b: 2, a: 1 }); // sha256('{"a":1,"b":2}') = "43258cff…"
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc8785
 */
export async function canonicalDigest(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}
