// The documented example envelope of docs/protocol.md, messages of both
// formats, replies of both formats, varints.
import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeVarint, encodeVarint, fromHex, toHex, utf8 } from "../src/bytes.js";
import { keyId, newKeyPair, openEnvelope, openMessage, publicKeyOf, sealEnvelope, sealReply } from "../src/crypto.js";
import { MINUTE_EPOCH, decodeMessage, decodeReply, encodeMessage2 } from "../src/wire.js";

const EXAMPLE =
  "02" +
  "000102030405060708090a0b0c0d0e0f" +
  "d19bf3f082782c87" +
  "0faa684ed28867b97f4a6a2dee5df8ce974e76b7018e3f22a1c4cf2678570f20" +
  "469dbb73e7e8535d4a5e614a0182219e6feec8f90c0f98024a58dfdd02ce";
const HOTLINE = new Uint8Array(32).fill(0x11);

test("the documented example envelope opens with the documented key", async () => {
  assert.equal(toHex(publicKeyOf(HOTLINE)), "7b4e909bbe7ffe44c465a220037d608ee35897d31ef972f07f74892cb0f73f13");
  assert.equal(toHex(keyId(publicKeyOf(HOTLINE))), "d19bf3f082782c87");
  const m = await openMessage(HOTLINE, fromHex(EXAMPLE));
  assert.equal(m.format, 2);
  assert.equal(toHex(m.reference), "0102030405060708");
  assert.equal(m.seq, 2);
  assert.equal(m.route, null);
  assert.equal(m.sentAt, MINUTE_EPOCH + 1000 * 60);
  assert.equal(m.body, "hi");
});

test("sealing the documented plaintext with the documented ephemeral key gives the documented bytes", async () => {
  const sealed = await sealEnvelope(2, publicKeyOf(HOTLINE), fromHex("0102030405060708040003e86869"), {
    id: fromHex("000102030405060708090a0b0c0d0e0f"),
    ephemeral: new Uint8Array(32).fill(0x22),
  });
  assert.equal(toHex(sealed.envelope), EXAMPLE);
});

test("a relabelled or truncated envelope does not open", async () => {
  const bad = fromHex(EXAMPLE);
  bad[5] = (bad[5] ?? 0) ^ 1;
  await assert.rejects(openMessage(HOTLINE, bad), /does not open/);
  await assert.rejects(openMessage(HOTLINE, fromHex(EXAMPLE.slice(0, 100))), /truncated|length/);
  await assert.rejects(openMessage(new Uint8Array(32).fill(0x12), fromHex(EXAMPLE)), /does not open/);
});

test("message format 2 with a route decodes", () => {
  const key = newKeyPair().publicKey;
  const bytes = encodeMessage2({
    reference: fromHex("a1a2a3a4a5a6a7a8"),
    seq: 300,
    sentAt: MINUTE_EPOCH + 60 * 123456,
    route: { key, mailboxId: "00112233445566778899aabbccddeeff", locale: "my" },
    body: "မင်္ဂလာပါ",
  });
  // head = 300 × 2 + 1 = 601 = d9 04
  assert.equal(toHex(bytes.subarray(8, 10)), "d904");
  const m = decodeMessage(2, bytes);
  assert.equal(m.seq, 300);
  assert.equal(m.sentAt, MINUTE_EPOCH + 60 * 123456);
  assert.deepEqual(m.route, { key, mailboxId: "00112233445566778899aabbccddeeff", locale: "my" });
  assert.equal(m.body, "မင်္ဂလာပါ");
});

test("message format 2 refuses bad heads, locales and bodies", () => {
  assert.throws(() => decodeMessage(2, fromHex("0102030405060708")), /truncated/);
  assert.throws(() => decodeMessage(2, fromHex("01020304050607088000000000")), /shortest/);
  // seq 2^32 (head 2^33) is out of range
  assert.throws(() => decodeMessage(2, fromHex("0102030405060708" + toHex(encodeVarint(2 ** 33)) + "000000")), /seq/);
  const route = "01".repeat(32) + "02".repeat(16) + "02" + toHex(utf8("m_"));
  assert.throws(() => decodeMessage(2, fromHex("0102030405060708" + "03" + "000000" + route)), /locale/);
  assert.throws(() => decodeMessage(2, fromHex("0102030405060708" + "04" + "000000" + "ff")), /UTF-8/);
  assert.throws(() => decodeMessage(2, new Uint8Array([...fromHex("010203040506070804000000"), ...new Uint8Array(8193).fill(0x61)])), /too long/);
});

test("message format 1 (JSON) decodes with its route", () => {
  const json = {
    v: 1,
    conversation: "0123456789abcdef0123456789abcdef",
    seq: 3,
    sent_at: 1764000000,
    locale: "th",
    body: "สวัสดี",
    reply_to: { key: "ab".repeat(32), mailbox: "cd".repeat(16) },
  };
  const m = decodeMessage(1, utf8(JSON.stringify(json)));
  assert.equal(m.format, 1);
  assert.equal(toHex(m.reference), "0123456789abcdef");
  assert.equal(m.conversationId, json.conversation);
  assert.equal(m.route?.locale, "th");
  assert.equal(m.route?.mailboxId, "cd".repeat(16));
  assert.equal(m.body, "สวัสดี");
  assert.throws(() => decodeMessage(1, utf8(JSON.stringify({ ...json, v: 2 }))), /unsupported/);
  assert.throws(() => decodeMessage(1, utf8(JSON.stringify({ ...json, conversation: "xyz" }))), /malformed/);
});

test("replies of both formats seal to the reply key and carry the conversation", async () => {
  const reply = newKeyPair();
  const m2 = decodeMessage(2, encodeMessage2({ reference: fromHex("a1a2a3a4a5a6a7a8"), seq: 0, sentAt: MINUTE_EPOCH, route: null, body: "x" }));
  const r2 = await sealReply(m2, reply.publicKey, "ตอบแล้ว", MINUTE_EPOCH + 600);
  assert.equal(r2.envelope[0], 2);
  assert.equal(toHex(r2.envelope.subarray(17, 25)), toHex(keyId(reply.publicKey)));
  const o2 = await openEnvelope(reply.privateKey, r2.envelope);
  assert.deepEqual(decodeReply(2, o2.plain), { reference: fromHex("a1a2a3a4a5a6a7a8"), sentAt: MINUTE_EPOCH + 600, body: "ตอบแล้ว" });

  const m1 = decodeMessage(1, utf8(JSON.stringify({ v: 1, conversation: "0123456789abcdef0123456789abcdef", seq: 1, sent_at: 1764000000, locale: "th", body: "a", reply_to: { key: toHex(reply.publicKey), mailbox: "cd".repeat(16) } })));
  const r1 = await sealReply(m1, reply.publicKey, "reply", 1770000000);
  assert.equal(r1.envelope[0], 1);
  const o1 = await openEnvelope(reply.privateKey, r1.envelope);
  assert.deepEqual(JSON.parse(new TextDecoder().decode(o1.plain)), { v: 1, conversation: "0123456789abcdef0123456789abcdef", sent_at: 1770000000, body: "reply" });
  await assert.rejects(sealReply(m2, reply.publicKey, "", 0), /empty/);
});

test("varints follow the documented examples and refuse bad forms", () => {
  for (const [v, hex] of [[0, "00"], [127, "7f"], [128, "8001"], [300, "ac02"]] as const) {
    assert.equal(toHex(encodeVarint(v)), hex);
    assert.deepEqual(decodeVarint(fromHex(hex), 0), [v, hex.length / 2]);
  }
  assert.throws(() => decodeVarint(fromHex("80"), 0), /truncated/);
  assert.throws(() => decodeVarint(fromHex("8000"), 0), /shortest/);
  assert.throws(() => decodeVarint(fromHex("ffffffffffffffffffff01"), 0), /wider|longer/);
});
