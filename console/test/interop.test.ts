// Replies the console seals, as fixed vectors that the Rust side opens too
// (protocol/src/message.rs, test `replies_sealed_by_the_console_open`):
// reply key 33 × 32, ephemeral key 44 × 32, envelope id 000102…0f.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fromHex, toHex } from "../src/bytes.js";
import { publicKeyOf, sealEnvelope } from "../src/crypto.js";
import { decodeMessage, encodeReply } from "../src/wire.js";

const REPLY_KEY = publicKeyOf(new Uint8Array(32).fill(0x33));
const OPTS = { id: fromHex("000102030405060708090a0b0c0d0e0f"), ephemeral: new Uint8Array(32).fill(0x44) };
const REPLY_V2 =
  "02000102030405060708090a0b0c0d0e0f19bd195f8fa9ecb9ff2ee45601ec1b67310c7790404585ae697331eee1c1f8cf2419731c1fff3e6bc4f23efd55a4d2f374a6b06653e445a306d5770cf0c273db85fa6798fe4a464705d8b411b9f8c61163d7343fdbe72f43cd3eaf4a94f94e35482d766d5285571e6cc10f7cd0622a6d";
const REPLY_V1 =
  "01000102030405060708090a0b0c0d0e0f19bd195f8fa9ecb9ff2ee45601ec1b67310c7790404585ae697331eee1c1f8cf2419731c1fff3e6b0000009521cba69cb23bd00c710dff938b980835c48baa8c223f71eb6f07d91ddd30353d78beb359e33be0e6226e0e5bd3b1f7245459e463152aba5bc42bfcf7bb7d0ddf441d4be2124d85e52b9d023c0f940bf07a838bc1ce55a264c31f2bc7d7269bab203a2f11442cab9a8b8092789fd5ccc730c8a0934ed50866e22a0b2eff1079702ba0220fc14518683d9ee56116ff4d43f20abcd4a8";
const BODY = "ကျေးဇူးတင်ပါတယ်";

test("a format 2 reply to the documented message is the fixed vector", async () => {
  const message = decodeMessage(2, fromHex("0102030405060708040003e86869"));
  const plain = encodeReply(message, 1767225600 + 60 * 2000, BODY);
  const sealed = await sealEnvelope(2, REPLY_KEY, plain, OPTS);
  assert.equal(toHex(sealed.envelope), REPLY_V2);
});

test("a format 1 reply is the fixed vector", async () => {
  const message = { format: 1 as const, reference: fromHex("0123456789abcdef"), conversationId: "0123456789abcdef0123456789abcdef" };
  const plain = encodeReply(message, 1770000000, BODY);
  const sealed = await sealEnvelope(1, REPLY_KEY, plain, OPTS);
  assert.equal(toHex(sealed.envelope), REPLY_V1);
});
