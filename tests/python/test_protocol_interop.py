"""An independent implementation of the format 2 wire formats, written from
docs/protocol.md alone (HPKE per RFC 9180 base mode with
DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / ChaCha20-Poly1305, varints,
envelope, message, reply, the binary batch body and its answer), checked
both ways against the real Rust code: it reproduces the documented example
byte for byte, opens the batch a phone (the Python bindings) hands out,
and seals a message the relay's `inbox` command reads and a reply the
phone shows. Needs the `cryptography` package (.ci/run installs it)."""
import hashlib
import hmac
import os
import urllib.request

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

import waymark_ffi as wm
from waymark_test_support import HOTLINE_KEY, PIN, profile, run

# --- HPKE (RFC 9180), base mode, one suite ----------------------------------

KEM_ID, KDF_ID, AEAD_ID = 0x0020, 0x0001, 0x0003
KEM_SUITE = b"KEM" + KEM_ID.to_bytes(2, "big")
HPKE_SUITE = b"HPKE" + KEM_ID.to_bytes(2, "big") + KDF_ID.to_bytes(2, "big") + AEAD_ID.to_bytes(2, "big")


def extract(salt, ikm):
    return hmac.new(salt or bytes(32), ikm, hashlib.sha256).digest()


def expand(prk, info, length):
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out += block
        counter += 1
    return out[:length]


def labeled_extract(suite, salt, label, ikm):
    return extract(salt, b"HPKE-v1" + suite + label + ikm)


def labeled_expand(suite, prk, label, info, length):
    return expand(prk, length.to_bytes(2, "big") + b"HPKE-v1" + suite + label + info, length)


def public(sk):
    return X25519PrivateKey.from_private_bytes(sk).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_schedule(dh, enc, pk_r, info):
    eae_prk = labeled_extract(KEM_SUITE, b"", b"eae_prk", dh)
    shared = labeled_expand(KEM_SUITE, eae_prk, b"shared_secret", enc + pk_r, 32)
    psk_id_hash = labeled_extract(HPKE_SUITE, b"", b"psk_id_hash", b"")
    info_hash = labeled_extract(HPKE_SUITE, b"", b"info_hash", info)
    context = b"\x00" + psk_id_hash + info_hash
    secret = labeled_extract(HPKE_SUITE, shared, b"secret", b"")
    key = labeled_expand(HPKE_SUITE, secret, b"key", context, 32)
    nonce = labeled_expand(HPKE_SUITE, secret, b"base_nonce", context, 12)
    return key, nonce


def hpke_seal(sk_e, pk_r, info, aad, plaintext):
    dh = X25519PrivateKey.from_private_bytes(sk_e).exchange(X25519PublicKey.from_public_bytes(pk_r))
    enc = public(sk_e)
    key, nonce = key_schedule(dh, enc, pk_r, info)
    return enc, ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad)


def hpke_open(sk_r, enc, info, aad, ciphertext):
    dh = X25519PrivateKey.from_private_bytes(sk_r).exchange(X25519PublicKey.from_public_bytes(enc))
    key, nonce = key_schedule(dh, enc, public(sk_r), info)
    return ChaCha20Poly1305(key).decrypt(nonce, ciphertext, aad)


# --- The formats of docs/protocol.md ----------------------------------------

INFO_V2 = b"waymark/v2/envelope"
EPOCH = 1767225600


def put_varint(value):
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def get_varint(data, pos):
    value = 0
    for i in range(10):
        byte = data[pos + i]
        value |= (byte & 0x7F) << (7 * i)
        if byte & 0x80 == 0:
            assert not (i > 0 and byte == 0), "not the shortest form"
            assert value < 2**64
            return value, pos + i + 1
    raise ValueError("varint over 10 bytes")


def key_id(pk):
    return hashlib.sha256(pk).digest()[:8]


def seal_envelope(pk, envelope_id, plaintext, sk_e=None):
    sk_e = sk_e or os.urandom(32)
    header = b"\x02" + envelope_id + key_id(pk) + public(sk_e)
    _, ct = hpke_seal(sk_e, pk, INFO_V2, header, plaintext)
    return header + ct


def open_envelope(sk, envelope):
    assert envelope[0] == 2 and len(envelope) >= 57 + 16
    assert envelope[17:25] == key_id(public(sk))
    return hpke_open(sk, envelope[25:57], INFO_V2, envelope[:57], envelope[57:])


def minutes(unix):
    return max(0, min(0xFFFFFF, (unix - EPOCH) // 60)).to_bytes(3, "big")


def encode_message(ref, seq, sent_at, body, route=None):
    out = ref + put_varint(seq * 2 + (1 if route else 0)) + minutes(sent_at)
    if route:
        key, mailbox, locale = route
        out += key + mailbox + bytes([len(locale)]) + locale.encode()
    return out + body.encode()


def decode_message(data):
    ref = data[:8]
    head, pos = get_varint(data, 8)
    sent = EPOCH + 60 * int.from_bytes(data[pos:pos + 3], "big")
    pos += 3
    route = None
    if head & 1:
        key, mailbox, n = data[pos:pos + 32], data[pos + 32:pos + 48], data[pos + 48]
        locale = data[pos + 49:pos + 49 + n].decode("ascii")
        route = (key, mailbox, locale)
        pos += 49 + n
    return {"ref": ref, "seq": head >> 1, "sent_at": sent, "route": route, "body": data[pos:].decode()}


def encode_reply(ref, sent_at, body):
    return ref + minutes(sent_at) + body.encode()


def encode_batch(envelopes):
    """Format 2 envelopes, consecutive ones of one key id in one group."""
    groups = []
    for e in envelopes:
        if groups and groups[-1][0] == e[17:25]:
            groups[-1][1].append(e)
        else:
            groups.append((e[17:25], [e]))
    out = b"\x01"
    for kid, items in groups:
        out += b"\x02" + kid + put_varint(len(items))
        for e in items:
            out += put_varint(len(e) - 57) + e[1:17] + e[25:]
    return out


def decode_batch(body):
    """Whole envelopes, as stored: format 2 rebuilt, format 1 as sent."""
    assert body[0] == 1
    pos, out = 1, []
    while pos < len(body):
        group = body[pos]
        pos += 1
        if group == 2:
            kid = body[pos:pos + 8]
            pos += 8
        count, pos = get_varint(body, pos)
        assert count >= 1
        for _ in range(count):
            n, pos = get_varint(body, pos)
            if group == 2:
                fixed, ct = body[pos:pos + 48], body[pos + 48:pos + 48 + n]
                assert len(ct) == n
                out.append(b"\x02" + fixed[:16] + kid + fixed[16:] + ct)
                pos += 48 + n
            else:
                assert group == 1
                out.append(body[pos:pos + n])
                pos += n
    assert pos == len(body) and 1 <= len(out) <= 100
    return out


def read_key(path):
    with open(path) as f:
        return bytes.fromhex(f.read().strip())


def post(url, body, content_type="application/vnd.waymark.batch"):
    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": content_type})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.status, r.headers.get("Content-Type"), r.read()


# --- Tests ------------------------------------------------------------------


def test_hpke_matches_rfc_9180_a_2_1():
    sk_e = bytes.fromhex("f4ec9b33b792c372c1d2c2063507b684ef925b8c75a42dbcbf57d63ccd381600")
    sk_r = bytes.fromhex("8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb")
    info = bytes.fromhex("4f6465206f6e2061204772656369616e2055726e")
    pt = bytes.fromhex("4265617574792069732074727574682c20747275746820626561757479")
    aad = bytes.fromhex("436f756e742d30")
    enc, ct = hpke_seal(sk_e, public(sk_r), info, aad, pt)
    assert enc.hex() == "1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a"
    assert ct.hex() == "1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db21993c62ce81883d2dd1b51a28"
    assert hpke_open(sk_r, enc, info, aad, ct) == pt


def test_the_documented_example_byte_for_byte():
    sk = bytes([0x11]) * 32
    plain = encode_message(bytes(range(1, 9)), 2, EPOCH + 60_000, "hi")
    assert plain.hex() == "0102030405060708040003e86869"
    env = seal_envelope(public(sk), bytes(range(16)), plain, sk_e=bytes([0x22]) * 32)
    assert env.hex() == (
        "02000102030405060708090a0b0c0d0e0fd19bf3f082782c87"
        "0faa684ed28867b97f4a6a2dee5df8ce974e76b7018e3f22a1c4cf2678570f20"
        "469dbb73e7e8535d4a5e614a0182219e6feec8f90c0f98024a58dfdd02ce"
    )
    batch = encode_batch([env])
    assert batch.hex() == "0102d19bf3f082782c87011e" + env.hex()[2:34] + env.hex()[50:]
    assert len(batch) == 90
    assert decode_batch(batch) == [env]
    assert decode_message(open_envelope(sk, env))["body"] == "hi"


def test_rust_phone_batch_opens_here_and_answers_from_here_reach_it(tmp_path, relay):
    relay.start()
    hotline_sk = read_key(HOTLINE_KEY)
    w = profile(tmp_path / "phone")
    c = run(w.conversation_with("waymark-dev"))
    texts = ["first, with the route", "second", "ສາມ — third"]
    for t in texts:
        run(w.send_message(c, t))
    # Rust -> Python: the body the engine hands out, read from the docs.
    task = w.next_sync_task()
    assert task.path == "/v1/envelopes"
    assert task.content_type == "application/vnd.waymark.batch"
    envelopes = decode_batch(bytes(task.body))
    messages = sorted((decode_message(open_envelope(hotline_sk, e)) for e in envelopes), key=lambda m: m["seq"])
    assert [m["body"] for m in messages] == texts
    assert [m["seq"] for m in messages] == [1, 2, 3]
    assert messages[0]["route"] is not None and messages[1]["route"] is None
    key, mailbox, locale = messages[0]["route"]
    assert locale == "en"
    # Answer it with the binary answer written here: all stored.
    status, kind, answer = post(relay.url + "/v1/envelopes", bytes(task.body))
    assert (status, kind) == (200, "application/vnd.waymark.batch-answer")
    assert answer == b"\x01" + b"\x00" * 3
    w.report_sync_result(task.id, wm.SyncOutcome.RESPONSE(status=200, retry_after_secs=None, body=answer, pack_version=None))
    assert w.outbox_summary().sent == 3

    # Python -> Rust: a message sealed here, in a batch built here, read by
    # the relay's operator command.
    ref = os.urandom(8)
    mine = encode_message(ref, 1, 1_800_000_000, "sealed in Python", route=(public(os.urandom(32)), os.urandom(16), "th"))
    env = seal_envelope(public(hotline_sk), os.urandom(16), mine)
    status, _, answer = post(relay.url + "/v1/envelopes", encode_batch([env]))
    assert (status, answer) == (200, b"\x01\x00")
    inbox = relay.operator("inbox")
    seen = {m["body"]: m for m in inbox["messages"]}
    assert seen["sealed in Python"]["conversation"] == ref.hex()
    assert seen["sealed in Python"]["locale"] == "th"
    assert seen["sealed in Python"]["format"] == 2
    assert set(texts) <= set(seen)

    # Python -> Rust: a reply sealed here to the phone's reply key, posted
    # to its mailbox, shown by the phone.
    reply = seal_envelope(key, os.urandom(16), encode_reply(messages[0]["ref"], 1_800_000_000, "answered from Python"))
    status, _, answer = post(relay.url + f"/v1/mailboxes/{mailbox.hex()}/envelopes", encode_batch([reply]))
    assert (status, answer) == (200, b"\x01\x00")
    report = run(w.sync_now(relay.url))
    assert report.replies == 1
    bodies = [m.body for m in w.conversation_screen(c).messages]
    assert bodies[-1] == "answered from Python"
