#!/usr/bin/env python3
"""Writes the seed corpora in fuzz/corpus/<target>/ from the project's own
files and formats (docs/fuzzing.md). Deterministic: running it again gives
the same files, so a diff shows what changed. Each seed stays under 64 KB.

    python3 fuzz/make-corpus.py

Packs for pack_frame are signed with the development publisher key in
keys/ (which debug-assertion builds, as the fuzz builds are, trust), so the
fuzzer starts from packs that verify. Needs the `cryptography` module for
that; without it those seeds carry zero signatures.
"""
import json
import pathlib
import shutil
import struct

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "fuzz" / "corpus"
LIMIT = 64 * 1024


def read(rel):
    return (ROOT / rel).read_text(encoding="utf-8")


def write(target, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    assert len(data) <= LIMIT, (target, name, len(data))
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data)


def dev_signer():
    try:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    except ImportError:
        return None
    # ring writes PKCS#8 v2 (with the public key), which `cryptography`
    # does not read: take the 32-byte seed from its OCTET STRING.
    der = bytes.fromhex(read("keys/dev-publisher.pk8.hex").strip())
    at = der.index(b"\x04\x22\x04\x20") + 4
    return Ed25519PrivateKey.from_private_bytes(der[at : at + 32]).sign


def key_id(raw_public):
    import hashlib
    return hashlib.sha256(raw_public).digest()[:8]


def pack(payload, version, sign):
    """protocol/src/pack.rs: magic, format, key id, version, length, payload, signature."""
    kid = key_id(bytes.fromhex(read("keys/dev-publisher.pub.hex").strip()))
    body = b"WMPACK" + bytes([1]) + kid + struct.pack(">QI", version, len(payload)) + payload
    return body + (sign(body) if sign else bytes(64))


def zstd_stored(data):
    """A zstd frame (RFC 8878) holding `data` in raw blocks (no compression
    library needed): single-segment header with a 4-byte content size."""
    out = bytes([0x28, 0xB5, 0x2F, 0xFD, 0xA0]) + struct.pack("<I", len(data))
    chunks = [data[i : i + 128 * 1024] for i in range(0, len(data), 128 * 1024)] or [b""]
    for n, chunk in enumerate(chunks):
        last = 1 if n == len(chunks) - 1 else 0
        out += struct.pack("<I", (len(chunk) << 3) | last)[:3] + chunk
    return out


def zstd_rle(byte, blocks):
    """A zstd frame of `blocks` RLE blocks of 128 KiB of `byte` each: a few
    bytes that decompress to `blocks` × 128 KiB (a decompression bomb)."""
    out = bytes([0x28, 0xB5, 0x2F, 0xFD, 0x00, 0x58])  # no size, 8 MiB window
    for n in range(blocks):
        last = 1 if n == blocks - 1 else 0
        out += struct.pack("<I", ((128 * 1024) << 3) | (1 << 1) | last)[:3] + bytes([byte])
    return out


def pack_v2(packed, unpacked_len, version, sign):
    """protocol/src/pack.rs format 2: … length, unpacked length, zstd frame, signature."""
    kid = key_id(bytes.fromhex(read("keys/dev-publisher.pub.hex").strip()))
    body = (b"WMPACK" + bytes([2]) + kid
            + struct.pack(">QII", version, len(packed), unpacked_len) + packed)
    return body + (sign(body) if sign else bytes(64))


def small_payload(tags=("en", "th")):
    """A pack payload (core/src/content/pack.rs) with a few real files."""
    return json.dumps(
        {
            "content": {
                "quiet.json": read("content/quiet.json"),
                "redflags.json": read("content/redflags.json"),
            },
            "manifest": read("locales/manifest.json"),
            "locales": {t: {"packs.ftl": read(f"locales/{t}/packs.ftl")} for t in tags},
        },
        ensure_ascii=False,
        sort_keys=True,
    ).encode("utf-8")


def message(body, locale="th", seq=1):
    """protocol/src/message.rs HotlineMessage."""
    return json.dumps(
        {
            "v": 1,
            "conversation": "ab" * 16,
            "seq": seq,
            "sent_at": 1700000000,
            "locale": locale,
            "body": body,
            "reply_to": {"key": "01" * 32, "mailbox": "cd" * 16},
        },
        ensure_ascii=False,
    )


def reply(body):
    return json.dumps(
        {"v": 1, "conversation": "ab" * 16, "sent_at": 1700000100, "body": body},
        ensure_ascii=False,
    )


def envelope_frame(ct_len):
    """An envelope header (protocol/src/envelope.rs) with a zero ciphertext."""
    return bytes([1]) + bytes(range(16)) + bytes(8) + bytes(32) + struct.pack(">I", ct_len) + bytes(ct_len)


def varint(v):
    """docs/protocol.md, "Varints"."""
    out = bytearray()
    while v >= 0x80:
        out.append((v & 0x7F) | 0x80)
        v >>= 7
    out.append(v)
    return bytes(out)


def message_v2(body, seq=1, route=True, locale=b"th"):
    """protocol/src/message.rs MessageV2: ref, head, minutes, [route], body."""
    out = bytes(range(1, 9)) + varint(seq * 2 + int(route)) + (1000).to_bytes(3, "big")
    if route:
        out += bytes([1]) * 32 + bytes([2]) * 16 + bytes([len(locale)]) + locale
    return out + body.encode("utf-8")


def reply_v2(body):
    return bytes([7]) * 8 + (2000).to_bytes(3, "big") + body.encode("utf-8")


def envelope_v2_frame(ct_len, key_id=bytes(8)):
    """A format 2 envelope with a zero ciphertext (no length field)."""
    return bytes([2]) + bytes(range(16)) + key_id + bytes(32) + bytes(ct_len)


def batch_body(envelopes):
    """The binary batch body: format 2 envelopes in one group, format 1 in another."""
    v2 = [e for e in envelopes if e[0] == 2]
    v1 = [e for e in envelopes if e[0] == 1]
    out = bytes([1])
    if v2:
        out += bytes([2]) + v2[0][17:25] + varint(len(v2))
        for e in v2:
            out += varint(len(e) - 57) + e[1:17] + e[25:]
    if v1:
        out += bytes([1]) + varint(len(v1))
        for e in v1:
            out += varint(len(e)) + e
    return out


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    sign = dev_signer()

    payload = small_payload()
    write("pack_frame", "dev-signed", pack(payload, 1000, sign))
    write("pack_frame", "empty-payload", pack(b"{}", 1, sign))
    write("pack_frame", "unsigned-header", pack(b"", 0, None)[:27])
    raw = payload if isinstance(payload, bytes) else payload.encode("utf-8")
    stored = zstd_stored(raw)
    write("pack_frame", "v2-dev-signed", pack_v2(stored, len(raw), 1001, sign))
    write("pack_frame", "v2-bomb", pack_v2(zstd_rle(0x20, 64), 1024, 1002, sign))

    # pack_v2: a 3-byte claimed length, then the zstd frame.
    write("pack_v2", "stored", struct.pack(">I", len(raw))[1:] + stored)
    write("pack_v2", "stored-short-claim", struct.pack(">I", len(raw) - 1)[1:] + stored)
    write("pack_v2", "empty", struct.pack(">I", 2)[1:] + zstd_stored(b"{}"))
    write("pack_v2", "rle-bomb", bytes([0, 0x10, 0]) + zstd_rle(0x7B, 256))

    write("pack_payload", "two-locales.json", payload)
    write("pack_payload", "three-locales.json", small_payload(("en", "my", "km")))
    write("pack_payload", "empty.json", '{"content":{},"manifest":"","locales":{}}')

    for tag in ("en", "th", "my", "km", "lo", "vi"):
        write("fluent", f"{tag}-safety.ftl", read(f"locales/{tag}/safety.ftl"))
    write("fluent", "en-content-ui.ftl", read("locales/en/content-ui.ftl"))
    write("fluent", "selectors.ftl",
          "n = { $count ->\n    [one] one\n   *[other] { $count } and { -brand } { app-name }\n}\n"
          "t = { NUMBER($count, minimumFractionDigits: 2) } { $name }\n    .attr = x\n")

    # Mode byte first: odd = seal the rest, even = open the rest as is.
    for i, m in enumerate([message("ช่วยด้วย"), message("help me, please", "en", 2), reply("เราได้รับข้อความแล้ว")]):
        write("envelope", f"seal-{i}", bytes([1 + 2 * i]) + m.encode("utf-8"))
    write("envelope", "frame", bytes([0]) + envelope_frame(16 + 30))

    for i, m in enumerate([message_v2("ช่วยด้วย"), message_v2("again", 2, False), reply_v2("เราได้รับข้อความแล้ว")]):
        write("envelope_v2", f"seal-{i}", bytes([1 + 2 * i]) + m)
    write("envelope_v2", "frame", bytes([0]) + envelope_v2_frame(16 + 30))
    write("message_v2", "message-route", message_v2("ช่วยด้วย"))
    write("message_v2", "message-no-route", message_v2("help", 70, False))
    write("message_v2", "reply", reply_v2("We received your message."))
    write("message_v2", "varint-300", bytes([0xAC, 0x02]))
    write("batch", "one-v2", batch_body([envelope_v2_frame(30)]))
    write("batch", "v2-and-v1", batch_body([envelope_v2_frame(16), envelope_v2_frame(40), envelope_frame(16)]))
    write("batch", "answer", bytes([1, 0, 1, 2, 3]))
    write("message", "message-th.json", message("ช่วยด้วย"))
    write("message", "message-my.json", message("ကူညီပါ", "my", 3))
    write("message", "reply.json", reply("We received your message."))
    write("message", "hex", "ab" * 16)

    write("backup", "seal-payload", bytes([1]) + json.dumps({"v": 1, "contacts": [], "conversations": [], "messages": [], "waiting": []}).encode())
    write("backup", "open-blob", bytes([0]) + bytes([1]) + bytes(12) + bytes(40))
    write("backup", "code", bytes([2]) + b"ABCD-EFGH-JKMN-PQRS-TVWX-YZ01")
    write("backup", "code-typed", bytes([4]) + b"abcd efgh jkmn pqrs tvwx yzo1")

    write("zawgyi", "zawgyi", "ဘဂၤလားေဒရွ္႕")  # core/tests/content.rs
    write("zawgyi", "unicode", read("locales/my/packs.ftl"))
    write("zawgyi", "mixed", "Call 1300 ကူညီပါ ေက်းဇူး ไทย ខ្មែរ")

    write("relay_api", "batch.json", json.dumps({"envelopes": ["AQID", "AAAA"]}))
    write("relay_api", "batch-response.json",
          '{"results":[{"status":"stored","id":"aa"},{"status":"rejected","index":1,"code":"malformed"}]}')
    write("relay_api", "status.json", '{"statuses":[{"id":"ab","status":"fetched"}]}')
    write("relay_api", "page.json", '{"envelopes":[{"seq":1,"id":"ab","envelope":"AQID"}],"next":1}')
    write("relay_api", "error.json", '{"error":{"code":"bad_query"}}')

    import base64
    env = base64.b64encode(envelope_frame(16)).decode()
    write("relay_request", "batch.json", json.dumps({"envelopes": [env, "not base64", env]}))
    write("relay_request", "status.json", json.dumps({"ids": ["00" * 16, "AB" * 16]}))
    write("relay_request", "page-query", "after=10&limit=500")
    write("relay_request", "latest-query", "have=3&locale=th")
    write("relay_request", "bearer", "Bearer " + "cd" * 32)


if __name__ == "__main__":
    main()
