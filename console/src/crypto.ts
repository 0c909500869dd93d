//! Every key and every seal of the console (docs/console.md, protocol.md):
//! opening hotline envelopes and sealing replies (HPKE, the protocol's one
//! suite), the operator's passphrase derivation and key_blob, wrapping the
//! hotline key to an operator, sealed records, conversation handles.
//! Nothing here touches the network or the page.

import { CipherSuite, HkdfSha256 } from "@hpke/core";
import { DhkemX25519HkdfSha256 } from "@hpke/dhkem-x25519";
import { Chacha20Poly1305 } from "@hpke/chacha20poly1305";
import { argon2idAsync } from "@noble/hashes/argon2.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { chacha20poly1305 } from "@noble/ciphers/chacha.js";
import { x25519 } from "@noble/curves/ed25519.js";
import { WireError, concat, fromHex, fromUtf8, toHex, utf8 } from "./bytes.js";
import { buildEnvelope, decodeMessage, encodeReply, envelopeAad, parseEnvelope, type HotlineMessage } from "./wire.js";

const suite = new CipherSuite({
  kem: new DhkemX25519HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Chacha20Poly1305(),
});

/** Something sealed did not open: wrong key, damaged or relabelled bytes. */
export class SealError extends Error {
  constructor(what: string) {
    super(what);
    this.name = "SealError";
  }
}

function random(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

export interface KeyPair {
  privateKey: Uint8Array;
  publicKey: Uint8Array;
}

export function newKeyPair(): KeyPair {
  const privateKey = x25519.utils.randomSecretKey();
  return { privateKey, publicKey: x25519.getPublicKey(privateKey) };
}

export function publicKeyOf(privateKey: Uint8Array): Uint8Array {
  if (privateKey.length !== 32) throw new WireError("an X25519 key has 32 bytes");
  return x25519.getPublicKey(privateKey);
}

/** First 8 bytes of SHA-256(public key). */
export function keyId(publicKey: Uint8Array): Uint8Array {
  return sha256(publicKey).slice(0, 8);
}

async function hpkeSeal(
  recipient: Uint8Array,
  info: Uint8Array,
  aad: Uint8Array,
  plain: Uint8Array,
  ephemeral?: Uint8Array,
): Promise<{ enc: Uint8Array; ct: Uint8Array }> {
  const recipientPublicKey = await suite.kem.deserializePublicKey(recipient);
  const params = ephemeral
    ? { recipientPublicKey, info, ekm: { privateKey: await suite.kem.deserializePrivateKey(ephemeral), publicKey: await suite.kem.deserializePublicKey(publicKeyOf(ephemeral)) } }
    : { recipientPublicKey, info };
  const out = await suite.seal(params, plain, aad);
  return { enc: new Uint8Array(out.enc), ct: new Uint8Array(out.ct) };
}

async function hpkeOpen(privateKey: Uint8Array, enc: Uint8Array, info: Uint8Array, aad: Uint8Array, ct: Uint8Array): Promise<Uint8Array> {
  try {
    const recipientKey = await suite.kem.deserializePrivateKey(privateKey);
    return new Uint8Array(await suite.open({ recipientKey, enc, info }, ct, aad));
  } catch {
    throw new SealError("does not open");
  }
}

const ENVELOPE_INFO = { 1: utf8("waymark/v1/envelope"), 2: utf8("waymark/v2/envelope") } as const;

/** Opens an envelope with a private key: its format, id and plaintext. */
export async function openEnvelope(privateKey: Uint8Array, envelope: Uint8Array): Promise<{ format: 1 | 2; id: Uint8Array; keyId: Uint8Array; plain: Uint8Array }> {
  const h = parseEnvelope(envelope);
  const plain = await hpkeOpen(privateKey, h.enc, ENVELOPE_INFO[h.format], h.aad, h.ciphertext);
  return { format: h.format, id: h.id, keyId: h.keyId, plain };
}

/** Opens a hotline envelope and decodes the message it carries. */
export async function openMessage(privateKey: Uint8Array, envelope: Uint8Array): Promise<HotlineMessage> {
  const opened = await openEnvelope(privateKey, envelope);
  return decodeMessage(opened.format, opened.plain);
}

/** Seals `plain` into an envelope of `format` to `recipient`. */
export async function sealEnvelope(format: 1 | 2, recipient: Uint8Array, plain: Uint8Array, opts: { id?: Uint8Array; ephemeral?: Uint8Array } = {}): Promise<{ id: Uint8Array; envelope: Uint8Array }> {
  const id = opts.id ?? random(16);
  // The header holds enc, so the ephemeral key is fixed before sealing: a
  // given ekm makes enc its public key.
  const ephemeral = opts.ephemeral ?? newKeyPair().privateKey;
  const enc = publicKeyOf(ephemeral);
  const aad = envelopeAad(format, id, keyId(recipient), enc);
  const sealed = await hpkeSeal(recipient, ENVELOPE_INFO[format], aad, plain, ephemeral);
  if (toHex(sealed.enc) !== toHex(enc)) throw new SealError("enc does not match the ephemeral key");
  return { id, envelope: buildEnvelope(format, aad, sealed.ct) };
}

/**
 * The reply to `message` as an envelope in the message's format, sealed to
 * its route's reply key.
 */
export async function sealReply(message: HotlineMessage, replyKey: Uint8Array, body: string, sentAt: number): Promise<{ id: Uint8Array; envelope: Uint8Array }> {
  return sealEnvelope(message.format, replyKey, encodeReply(message, sentAt, body));
}

// ---- operators: passphrase, auth, kek, key_blob -------------------------

export interface ArgonParams {
  m: number;
  t: number;
  p: number;
  dkLen: number;
}
export const ARGON2: ArgonParams = { m: 19456, t: 2, p: 1, dkLen: 32 };
const KEY_INFO = utf8("waymark/console/v1/key");

export function normalizeName(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

export interface Derived {
  /** 64 hex: the only thing the relay sees. */
  auth: string;
  kek: Uint8Array;
}

/** Argon2id of the passphrase, then HKDF into the sign-in secret and the kek. */
export async function derive(name: string, passphrase: string, argon: ArgonParams = ARGON2): Promise<Derived> {
  const salt = sha256(concat(utf8("waymark/console/v1/salt"), utf8(normalizeName(name)))).slice(0, 16);
  const master = await argon2idAsync(utf8(passphrase.normalize("NFC")), salt, { ...argon });
  const auth = hkdf(sha256, master, new Uint8Array(0), utf8("waymark/console/v1/auth"), 32);
  const kek = hkdf(sha256, master, new Uint8Array(0), KEY_INFO, 32);
  return { auth: toHex(auth), kek };
}

/** `01 ‖ nonce ‖ ChaCha20-Poly1305(kek, nonce, aad = info ‖ public, private)`. */
export function sealKeyBlob(kek: Uint8Array, pair: KeyPair): Uint8Array {
  const nonce = random(12);
  const ct = chacha20poly1305(kek, nonce, concat(KEY_INFO, pair.publicKey)).encrypt(pair.privateKey);
  return concat(Uint8Array.of(1), nonce, ct);
}

/** The operator's private key; a SealError when the passphrase is wrong. */
export function openKeyBlob(kek: Uint8Array, publicKey: Uint8Array, blob: Uint8Array): Uint8Array {
  if (blob.length !== 1 + 12 + 48 || blob[0] !== 1) throw new SealError("not a key blob");
  try {
    const key = chacha20poly1305(kek, blob.subarray(1, 13), concat(KEY_INFO, publicKey)).decrypt(blob.subarray(13));
    if (toHex(publicKeyOf(key)) !== toHex(publicKey)) throw new SealError("key does not match");
    return key;
  } catch {
    throw new SealError("wrong passphrase");
  }
}

// ---- wrapped hotline keys -----------------------------------------------

const WRAP_INFO = utf8("waymark/console/v1/wrap");

export async function wrapHotlineKey(hotlinePrivate: Uint8Array, operatorPublic: Uint8Array, operatorId: string): Promise<Uint8Array> {
  const aad = concat(keyId(publicKeyOf(hotlinePrivate)), fromHex(operatorId));
  const s = await hpkeSeal(operatorPublic, WRAP_INFO, aad, hotlinePrivate);
  return concat(s.enc, s.ct);
}

export async function unwrapHotlineKey(wrapped: Uint8Array, operatorPrivate: Uint8Array, hotlineKeyId: string, operatorId: string): Promise<Uint8Array> {
  if (wrapped.length !== 32 + 48) throw new SealError("not a wrapped key");
  const aad = concat(fromHex(hotlineKeyId), fromHex(operatorId));
  const key = await hpkeOpen(operatorPrivate, wrapped.subarray(0, 32), WRAP_INFO, aad, wrapped.subarray(32));
  if (toHex(keyId(publicKeyOf(key))) !== hotlineKeyId) throw new SealError("wrapped key does not match its id");
  return key;
}

// ---- sealed records -------------------------------------------------------

export const RecordKind = { note: 1, canned: 2, replyCopy: 3, tags: 4 } as const;
export type RecordKind = (typeof RecordKind)[keyof typeof RecordKind];
const RECORD_INFO = utf8("waymark/console/v1/record");

export function newRecordId(): string {
  return toHex(random(16));
}

function recordAad(kind: RecordKind, recordId: string, keyIdBytes: Uint8Array): Uint8Array {
  return concat(Uint8Array.of(kind), fromHex(recordId), keyIdBytes);
}

/** `01 ‖ key id ‖ enc ‖ ct` sealed to the hotline public key. */
export async function sealRecord(hotlinePublic: Uint8Array, kind: RecordKind, recordId: string, value: unknown): Promise<Uint8Array> {
  const kid = keyId(hotlinePublic);
  const s = await hpkeSeal(hotlinePublic, RECORD_INFO, recordAad(kind, recordId, kid), utf8(JSON.stringify(value)));
  return concat(Uint8Array.of(1), kid, s.enc, s.ct);
}

/** The key id a record was sealed to (hex), to pick the hotline key. */
export function recordKeyId(sealed: Uint8Array): string {
  if (sealed.length < 1 + 8 + 32 + 16 || sealed[0] !== 1) throw new SealError("not a sealed record");
  return toHex(sealed.subarray(1, 9));
}

export async function openRecord(hotlinePrivate: Uint8Array, kind: RecordKind, recordId: string, sealed: Uint8Array): Promise<unknown> {
  recordKeyId(sealed);
  const kid = sealed.subarray(1, 9);
  const plain = await hpkeOpen(hotlinePrivate, sealed.subarray(9, 41), RECORD_INFO, recordAad(kind, recordId, kid), sealed.subarray(41));
  try {
    return JSON.parse(fromUtf8(plain));
  } catch {
    throw new SealError("record is not JSON");
  }
}

// ---- conversation handles ------------------------------------------------

export function conversationHandle(reference: Uint8Array): string {
  return toHex(sha256(concat(utf8("waymark/console/v1/conversation"), reference)).slice(0, 16));
}
