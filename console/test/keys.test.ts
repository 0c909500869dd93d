// Operators' keys (docs/console.md): auth/kek derivation, key_blob,
// wrapped hotline keys, sealed records and conversation handles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fromHex, toHex, utf8 } from "../src/bytes.js";
import {
  RecordKind,
  conversationHandle,
  derive,
  keyId,
  newKeyPair,
  newRecordId,
  openKeyBlob,
  openRecord,
  publicKeyOf,
  recordKeyId,
  sealKeyBlob,
  sealRecord,
  unwrapHotlineKey,
  wrapHotlineKey,
} from "../src/crypto.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { argon2id } from "@noble/hashes/argon2.js";
import { hkdf } from "@noble/hashes/hkdf.js";

// Small Argon2 parameters keep the test quick; the derivation is the same.
const FAST = { m: 64, t: 1, p: 1, dkLen: 32 } as const;

test("auth and kek follow the documented derivation", async () => {
  const d = await derive("Ｎáme", "correct horse battery", FAST);
  const salt = sha256(utf8("waymark/console/v1/salt" + "Ｎáme".normalize("NFC").toLowerCase())).slice(0, 16);
  const master = argon2id(utf8("correct horse battery"), salt, FAST);
  assert.equal(d.auth, toHex(hkdf(sha256, master, new Uint8Array(0), utf8("waymark/console/v1/auth"), 32)));
  assert.equal(toHex(d.kek), toHex(hkdf(sha256, master, new Uint8Array(0), utf8("waymark/console/v1/key"), 32)));
  assert.notEqual(d.auth, toHex(d.kek));
  // The name is the salt: another name, another secret.
  assert.notEqual((await derive("other", "correct horse battery", FAST)).auth, d.auth);
  // NFC: a decomposed passphrase gives the same secret.
  assert.equal((await derive("a", "cafe\u0301 passphrase", FAST)).auth, (await derive("a", "caf\u00e9 passphrase", FAST)).auth);
});

test("the real Argon2 parameters run (m = 19456 KiB, t = 2)", async () => {
  const d = await derive("admin", "twelve chars!");
  assert.match(d.auth, /^[0-9a-f]{64}$/);
});

test("a key_blob opens with the right passphrase only", async () => {
  const pair = newKeyPair();
  const right = await derive("ana", "a long passphrase", FAST);
  const wrong = await derive("ana", "a long passphrasE", FAST);
  const blob = sealKeyBlob(right.kek, pair);
  assert.equal(blob.length, 61);
  assert.equal(blob[0], 1);
  assert.equal(toHex(openKeyBlob(right.kek, pair.publicKey, blob)), toHex(pair.privateKey));
  assert.throws(() => openKeyBlob(wrong.kek, pair.publicKey, blob), /wrong passphrase/);
  // Bound to the public key: a blob presented with another public key fails.
  assert.throws(() => openKeyBlob(right.kek, newKeyPair().publicKey, blob), /wrong passphrase/);
});

test("a wrapped hotline key opens for its operator only", async () => {
  const hotline = newKeyPair();
  const op = newKeyPair();
  const opId = "0123456789abcdef0123456789abcdef";
  const kid = toHex(keyId(hotline.publicKey));
  const wrapped = await wrapHotlineKey(hotline.privateKey, op.publicKey, opId);
  assert.equal(wrapped.length, 80);
  assert.equal(toHex(await unwrapHotlineKey(wrapped, op.privateKey, kid, opId)), toHex(hotline.privateKey));
  await assert.rejects(unwrapHotlineKey(wrapped, newKeyPair().privateKey, kid, opId), /does not open/);
  await assert.rejects(unwrapHotlineKey(wrapped, op.privateKey, kid, "f" + opId.slice(1)), /does not open/);
});

test("sealed records round-trip with the documented aad and refuse another kind or id", async () => {
  const hotline = newKeyPair();
  const id = newRecordId();
  const sealed = await sealRecord(hotline.publicKey, RecordKind.canned, id, { locale: "my", title: "t", body: "ဟုတ်ကဲ့" });
  assert.equal(sealed[0], 1);
  assert.equal(recordKeyId(sealed), toHex(keyId(hotline.publicKey)));
  assert.deepEqual(await openRecord(hotline.privateKey, RecordKind.canned, id, sealed), { locale: "my", title: "t", body: "ဟုတ်ကဲ့" });
  await assert.rejects(openRecord(hotline.privateKey, RecordKind.note, id, sealed), /does not open/);
  await assert.rejects(openRecord(hotline.privateKey, RecordKind.canned, newRecordId(), sealed), /does not open/);
  const other = newKeyPair();
  await assert.rejects(openRecord(other.privateKey, RecordKind.canned, id, sealed), /does not open/);
  // The plaintext is nowhere in the sealed bytes.
  assert.ok(!toHex(sealed).includes(toHex(utf8("ဟုတ်ကဲ့"))));
});

test("the conversation handle is the documented hash of the reference", () => {
  const ref = fromHex("0102030405060708");
  const expected = toHex(sha256(new Uint8Array([...utf8("waymark/console/v1/conversation"), ...ref])).slice(0, 16));
  assert.equal(conversationHandle(ref), expected);
  assert.equal(conversationHandle(ref).length, 32);
  assert.notEqual(conversationHandle(fromHex("0102030405060709")), expected);
  assert.equal(toHex(publicKeyOf(new Uint8Array(32).fill(0x11))).length, 64);
});
