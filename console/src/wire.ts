//! The byte formats of docs/protocol.md that the console reads and writes:
//! envelope headers (formats 1 and 2), hotline messages (format 2 binary,
//! format 1 JSON) and hotline replies (both formats). No cryptography here:
//! `crypto.ts` opens and seals what this module parses and builds.

import { WireError, concat, decodeVarint, encodeVarint, fromHex, fromUtf8, toHex, utf8 } from "./bytes.js";

export const MAX_BODY = 8 * 1024;
const MAX_CIPHERTEXT = 16 * 1024 + 16;
const MIN_CIPHERTEXT = 16;
/** 2026-01-01T00:00:00Z, the origin of the minute counters. */
export const MINUTE_EPOCH = 1767225600;
const MAX_MINUTES = 0xffffff;
const MAX_SEQ = 0xffffffff;

export interface EnvelopeHeader {
  format: 1 | 2;
  id: Uint8Array;
  keyId: Uint8Array;
  enc: Uint8Array;
  /** The AEAD's associated data: bytes 0..57. */
  aad: Uint8Array;
  ciphertext: Uint8Array;
}

/** Splits an envelope into its header and ciphertext, checking the lengths. */
export function parseEnvelope(bytes: Uint8Array): EnvelopeHeader {
  const format = bytes[0];
  if (format !== 1 && format !== 2) throw new WireError("unknown envelope format");
  if (bytes.length < 57) throw new WireError("truncated envelope");
  let ciphertext: Uint8Array;
  if (format === 2) {
    ciphertext = bytes.subarray(57);
  } else {
    if (bytes.length < 61) throw new WireError("truncated envelope");
    const n = new DataView(bytes.buffer, bytes.byteOffset + 57, 4).getUint32(0);
    if (bytes.length !== 61 + n) throw new WireError("envelope length does not match");
    ciphertext = bytes.subarray(61);
  }
  if (ciphertext.length < MIN_CIPHERTEXT || ciphertext.length > MAX_CIPHERTEXT) {
    throw new WireError("ciphertext length out of range");
  }
  return {
    format,
    id: bytes.slice(1, 17),
    keyId: bytes.slice(17, 25),
    enc: bytes.slice(25, 57),
    aad: bytes.slice(0, 57),
    ciphertext,
  };
}

/** The 57-byte header that is also the AEAD's associated data. */
export function envelopeAad(format: 1 | 2, id: Uint8Array, keyId: Uint8Array, enc: Uint8Array): Uint8Array {
  return concat(Uint8Array.of(format), id, keyId, enc);
}

/** The whole envelope from its header and ciphertext. */
export function buildEnvelope(format: 1 | 2, aad: Uint8Array, ciphertext: Uint8Array): Uint8Array {
  if (format === 2) return concat(aad, ciphertext);
  const n = new Uint8Array(4);
  new DataView(n.buffer).setUint32(0, ciphertext.length);
  return concat(aad, n, ciphertext);
}

export interface Route {
  /** The conversation's X25519 reply public key. */
  key: Uint8Array;
  /** 32 hex digits. */
  mailboxId: string;
  locale: string;
}

export interface HotlineMessage {
  format: 1 | 2;
  /** The 8-byte conversation reference. */
  reference: Uint8Array;
  /** Format 1 only: the whole conversation id (32 hex), which its reply repeats. */
  conversationId: string | null;
  seq: number;
  /** Unix seconds. */
  sentAt: number;
  route: Route | null;
  body: string;
}

export function isLocaleTag(tag: string): boolean {
  return tag.length >= 1 && tag.length <= 35 && /^[A-Za-z0-9-]+$/.test(tag);
}

function checkBody(body: string): void {
  if (utf8(body).length > MAX_BODY) throw new WireError("body too long");
}

function minutesOf(unix: number): number {
  const m = Math.floor((unix - MINUTE_EPOCH) / 60);
  return Math.min(Math.max(m, 0), MAX_MINUTES);
}

function readU24(bytes: Uint8Array, at: number): number {
  const b0 = bytes[at];
  const b1 = bytes[at + 1];
  const b2 = bytes[at + 2];
  if (b0 === undefined || b1 === undefined || b2 === undefined) throw new WireError("truncated time");
  return (b0 << 16) | (b1 << 8) | b2;
}

function u24(value: number): Uint8Array {
  return Uint8Array.of((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
}

const HEX32 = /^[0-9a-f]{32}$/;
const HEX64 = /^[0-9a-f]{64}$/;

/** Decodes the plaintext of an envelope of `format` sent to a hotline. */
export function decodeMessage(format: 1 | 2, plain: Uint8Array): HotlineMessage {
  return format === 2 ? decodeMessage2(plain) : decodeMessage1(plain);
}

function decodeMessage2(plain: Uint8Array): HotlineMessage {
  if (plain.length < 8) throw new WireError("truncated message");
  const reference = plain.slice(0, 8);
  const [head, used] = decodeVarint(plain, 8);
  const seq = Math.floor(head / 2);
  if (seq > MAX_SEQ) throw new WireError("seq out of range");
  let at = 8 + used;
  const minutes = readU24(plain, at);
  at += 3;
  let route: Route | null = null;
  if (head % 2 === 1) {
    if (plain.length < at + 49) throw new WireError("truncated route");
    const key = plain.slice(at, at + 32);
    const mailboxId = toHex(plain.subarray(at + 32, at + 48));
    const len = plain[at + 48] ?? 0;
    at += 49;
    if (len < 1 || len > 35 || plain.length < at + len) throw new WireError("bad locale");
    const locale = fromUtf8(plain.subarray(at, at + len));
    if (!isLocaleTag(locale)) throw new WireError("bad locale");
    at += len;
    route = { key, mailboxId, locale };
  }
  const body = fromUtf8(plain.subarray(at));
  checkBody(body);
  return {
    format: 2,
    reference,
    conversationId: null,
    seq,
    sentAt: MINUTE_EPOCH + minutes * 60,
    route,
    body,
  };
}

function decodeMessage1(plain: Uint8Array): HotlineMessage {
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(plain));
  } catch {
    throw new WireError("message is not JSON");
  }
  const m = json as Record<string, unknown>;
  const replyTo = (m["reply_to"] ?? {}) as Record<string, unknown>;
  const conversation = m["conversation"];
  const key = replyTo["key"];
  const mailbox = replyTo["mailbox"];
  if (m["v"] !== 1) throw new WireError("unsupported message format");
  if (
    typeof conversation !== "string" ||
    !HEX32.test(conversation) ||
    typeof key !== "string" ||
    !HEX64.test(key) ||
    typeof mailbox !== "string" ||
    !HEX32.test(mailbox) ||
    typeof m["seq"] !== "number" ||
    typeof m["sent_at"] !== "number" ||
    typeof m["locale"] !== "string" ||
    typeof m["body"] !== "string"
  ) {
    throw new WireError("malformed message");
  }
  checkBody(m["body"]);
  return {
    format: 1,
    reference: fromHex(conversation.slice(0, 16)),
    conversationId: conversation,
    seq: m["seq"],
    sentAt: m["sent_at"],
    route: { key: fromHex(key), mailboxId: mailbox, locale: m["locale"] },
    body: m["body"],
  };
}

/** Encodes a format 2 message (what a phone writes; used by tests). */
export function encodeMessage2(m: { reference: Uint8Array; seq: number; sentAt: number; route: Route | null; body: string }): Uint8Array {
  checkBody(m.body);
  const head = m.seq * 2 + (m.route ? 1 : 0);
  const parts = [m.reference, encodeVarint(head), u24(minutesOf(m.sentAt))];
  if (m.route) {
    const locale = utf8(m.route.locale);
    if (!isLocaleTag(m.route.locale)) throw new WireError("bad locale");
    parts.push(m.route.key, fromHex(m.route.mailboxId), Uint8Array.of(locale.length), locale);
  }
  parts.push(utf8(m.body));
  return concat(...parts);
}

export interface HotlineReply {
  reference: Uint8Array;
  sentAt: number;
  body: string;
}

/**
 * The plaintext of a reply to `message`, in the message's format: format 2
 * binary (reference ‖ minutes ‖ body) or format 1 JSON.
 */
export function encodeReply(message: Pick<HotlineMessage, "format" | "reference" | "conversationId">, sentAt: number, body: string): Uint8Array {
  checkBody(body);
  if (body.length === 0) throw new WireError("empty reply");
  if (message.format === 2) return concat(message.reference, u24(minutesOf(sentAt)), utf8(body));
  if (message.conversationId === null) throw new WireError("format 1 reply without conversation id");
  return utf8(JSON.stringify({ v: 1, conversation: message.conversationId, sent_at: sentAt, body }));
}

/** Decodes a reply plaintext (to check what the console wrote; used by tests). */
export function decodeReply(format: 1 | 2, plain: Uint8Array): HotlineReply {
  if (format === 2) {
    if (plain.length < 11) throw new WireError("truncated reply");
    const body = fromUtf8(plain.subarray(11));
    checkBody(body);
    return { reference: plain.slice(0, 8), sentAt: MINUTE_EPOCH + readU24(plain, 8) * 60, body };
  }
  const r = JSON.parse(fromUtf8(plain)) as Record<string, unknown>;
  const conversation = r["conversation"];
  if (r["v"] !== 1 || typeof conversation !== "string" || !HEX32.test(conversation) || typeof r["body"] !== "string" || typeof r["sent_at"] !== "number") {
    throw new WireError("malformed reply");
  }
  return { reference: fromHex(conversation.slice(0, 16)), sentAt: r["sent_at"], body: r["body"] };
}
