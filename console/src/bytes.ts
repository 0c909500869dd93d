//! Byte helpers shared by the wire and crypto code: hex, base64, UTF-8,
//! concatenation and the LEB128 varints of docs/protocol.md.

export class WireError extends Error {
  constructor(what: string) {
    super(what);
    this.name = "WireError";
  }
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Hex digits only (either case), an even number of them; else a WireError. */
export function fromHex(hex: string): Uint8Array {
  const clean = hex.trim();
  if (clean.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(clean)) throw new WireError("not hex");
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array {
  let s: string;
  try {
    s = atob(b64);
  } catch {
    throw new WireError("not base64");
  }
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Strict UTF-8 decoding: invalid bytes are a WireError, never U+FFFD. */
export function fromUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new WireError("not UTF-8");
  }
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Unsigned LEB128; values here stay below 2^53 (heads are ≤ 2^33). */
export function encodeVarint(value: number): Uint8Array {
  if (!Number.isSafeInteger(value) || value < 0) throw new WireError("varint out of range");
  const out: number[] = [];
  let v = value;
  do {
    let byte = v % 128;
    v = Math.floor(v / 128);
    if (v > 0) byte |= 0x80;
    out.push(byte);
  } while (v > 0);
  return Uint8Array.from(out);
}

/**
 * Reads a varint at `at`: `[value, bytes used]`. Refuses truncation, more
 * than 10 bytes, values wider than 64 bits and non-shortest forms; values
 * beyond 2^53 are refused too (nothing in the protocol needs them here).
 */
export function decodeVarint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    const byte = bytes[at + i];
    if (byte === undefined) throw new WireError("truncated varint");
    if (i === 9 && byte > 1) throw new WireError("varint wider than 64 bits");
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if ((byte & 0x80) === 0) {
      if (i > 0 && byte === 0) throw new WireError("varint not in shortest form");
      if (!Number.isSafeInteger(value)) throw new WireError("varint too large");
      return [value, i + 1];
    }
  }
  throw new WireError("varint longer than 10 bytes");
}
