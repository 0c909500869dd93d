//! What the browser knows once an operator has signed in: their keys (the
//! operator key from the key_blob, the hotline keys unwrapped from the
//! relay's wraps), every envelope it has opened, grouped by conversation
//! handle, and the relay's conversation list. Talks to the API for sign-in,
//! invitations and the envelope feed (which it sorts into conversations);
//! holds no page element.

import { ApiError, call, setCsrf, type Conversation, type EnvelopeItem, type Session } from "./api.js";
import { fromBase64, fromHex, toBase64, toHex } from "./bytes.js";
import {
  RecordKind,
  SealError,
  conversationHandle,
  derive,
  keyId,
  newKeyPair,
  openKeyBlob,
  openMessage,
  openRecord,
  publicKeyOf,
  recordKeyId,
  sealKeyBlob,
  sealRecord,
  unwrapHotlineKey,
  wrapHotlineKey,
} from "./crypto.js";
import type { HotlineMessage } from "./wire.js";

export const MIN_PASSPHRASE = 12;

/** A failure the page explains with its own message id. */
export class ConsoleError extends Error {
  constructor(readonly id: string) {
    super(id);
    this.name = "ConsoleError";
  }
}

export interface Opened {
  seq: number;
  id: string;
  handle: string | null;
  /** null when the envelope did not open or decode. */
  message: HotlineMessage | null;
}

export class Keyring {
  /** hotline key id (hex) → private key */
  readonly hotline = new Map<string, Uint8Array>();
  constructor(
    readonly session: Session,
    readonly operatorKey: Uint8Array,
  ) {}

  /** The hotline public key new records are sealed to: the newest one held. */
  sealingKey(): Uint8Array | null {
    for (const k of [...this.session.hotline_keys].reverse()) {
      if (this.hotline.has(k.key_id)) return fromHex(k.public_key);
    }
    return null;
  }

  async seal(kind: RecordKind, id: string, value: unknown): Promise<string> {
    const pub = this.sealingKey();
    if (!pub) throw new ConsoleError("error-no-hotline-key");
    return toBase64(await sealRecord(pub, kind, id, value));
  }

  /** Opens a sealed record with whichever hotline key its key id names. */
  async open(kind: RecordKind, id: string, b64: string): Promise<unknown> {
    const sealed = fromBase64(b64);
    const key = this.hotline.get(recordKeyId(sealed));
    if (!key) throw new SealError("no key for this record");
    return openRecord(key, kind, id, sealed);
  }

  async openEnvelope(b64: string): Promise<HotlineMessage | null> {
    try {
      const bytes = fromBase64(b64);
      const key = this.hotline.get(toHex(bytes.subarray(17, 25)));
      if (!key) return null;
      return await openMessage(key, bytes);
    } catch {
      return null;
    }
  }
}

/** Derives the secret, signs in, opens the key_blob and the wraps. */
export async function signIn(name: string, passphrase: string): Promise<Keyring> {
  const d = await derive(name, passphrase);
  let session: Session;
  try {
    session = await call<Session>("POST", "session", { name: name.normalize("NFC"), auth: d.auth });
  } catch (e) {
    if (e instanceof ApiError && e.code === "bad_credentials") throw new ConsoleError("error-bad-credentials");
    throw e;
  }
  setCsrf(session.csrf);
  let operatorKey: Uint8Array;
  try {
    operatorKey = openKeyBlob(d.kek, fromHex(session.public_key), fromBase64(session.key_blob));
  } catch {
    // The relay accepted the secret but the blob does not open: the key
    // material on the relay is not this operator's.
    throw new ConsoleError("error-key-blob");
  }
  const ring = new Keyring(session, operatorKey);
  await unwrapAll(ring);
  return ring;
}

/** Unwraps every wrap of the session (a wrap that does not open is skipped). */
export async function unwrapAll(ring: Keyring): Promise<void> {
  for (const w of ring.session.wrapped_keys) {
    try {
      ring.hotline.set(w.key_id, await unwrapHotlineKey(fromBase64(w.wrapped), ring.operatorKey, w.key_id, ring.session.operator.id));
    } catch {
      // shown as a missing key: the admin grants it again
    }
  }
}

/** Re-reads the session (new wraps after a grant or an import). */
export async function refresh(ring: Keyring): Promise<Keyring> {
  const session = await call<Session>("GET", "session");
  setCsrf(session.csrf);
  const next = new Keyring(session, ring.operatorKey);
  await unwrapAll(next);
  return next;
}

/** Accepts an invitation: a key pair made here, its private half sealed under the passphrase. */
export async function acceptInvite(token: string, name: string, passphrase: string): Promise<void> {
  if ([...passphrase].length < MIN_PASSPHRASE) throw new ConsoleError("error-passphrase-short");
  if (name.trim() === "") throw new ConsoleError("error-name-empty");
  const d = await derive(name, passphrase);
  const pair = newKeyPair();
  try {
    await call("POST", `invites/${encodeURIComponent(token)}`, {
      name: name.normalize("NFC"),
      auth: d.auth,
      public_key: toHex(pair.publicKey),
      key_blob: toBase64(sealKeyBlob(d.kek, pair)),
    });
  } catch (e) {
    if (e instanceof ApiError && e.code === "name_taken") throw new ConsoleError("error-name-taken");
    if (e instanceof ApiError && e.code === "not_found") throw new ConsoleError("error-invite-gone");
    throw e;
  }
}

/** Parses a pasted hotline private key (64 hex digits). */
export function parseHotlineKey(hex: string): Uint8Array {
  const clean = hex.replace(/\s+/g, "");
  if (!/^[0-9a-fA-F]{64}$/.test(clean)) throw new ConsoleError("error-key-hex");
  return fromHex(clean);
}

/** Adds a hotline key (first import or rotation), wrapped to the caller. */
export async function addHotlineKey(ring: Keyring, privateKey: Uint8Array): Promise<void> {
  const pub = publicKeyOf(privateKey);
  const wrapped = await wrapHotlineKey(privateKey, fromHex(ring.session.public_key), ring.session.operator.id);
  await call("POST", "hotline-keys", { public_key: toHex(pub), wrapped: toBase64(wrapped) });
}

/** Wraps every hotline key held here to an operator; the wraps it had before are replaced. */
export async function grant(ring: Keyring, operatorId: string, operatorPublic: string): Promise<number> {
  let n = 0;
  for (const [kid, key] of ring.hotline) {
    const wrapped = await wrapHotlineKey(key, fromHex(operatorPublic), operatorId);
    await call("PUT", `operators/${operatorId}/keys/${kid}`, { wrapped: toBase64(wrapped) });
    n++;
  }
  return n;
}

/** Fingerprint of an operator's public key as the admin compares it: key id in groups of four. */
export function fingerprint(publicHex: string): string {
  return (toHex(keyId(fromHex(publicHex))).match(/.{4}/g) ?? []).join(" ");
}

/**
 * The opened envelopes and the conversation list. `poll` reads the feed
 * from where it stopped, opens what arrived, tells the relay which
 * conversation each belongs to, and reloads the list.
 */
export class Inbox {
  cursor = 0;
  readonly opened = new Map<string, Opened>();
  conversations: Conversation[] = [];
  /** Envelopes that arrived after the first load (the new-message indicator). */
  arrived = 0;
  private loaded = false;

  constructor(private readonly ring: () => Keyring) {}

  /** The poll running now, if any: polls run one after another, so the
   * last one started is the last one to set the list. */
  private running: Promise<boolean> | null = null;

  /** Reads what arrived and reloads the list; answers whether anything changed. */
  poll(): Promise<boolean> {
    const after = this.running ?? Promise.resolve(false);
    const next = after.catch(() => false).then(() => this.pollOnce());
    this.running = next;
    void next.finally(() => {
      if (this.running === next) this.running = null;
    }).catch(() => undefined);
    return next;
  }

  private async pollOnce(): Promise<boolean> {
    let fresh = 0;
    for (;;) {
      const page = await call<{ envelopes: EnvelopeItem[]; next: number }>("GET", `envelopes?after=${this.cursor}&limit=200`);
      const links: { envelope_id: string; conversation: string; mailbox_id: string | null }[] = [];
      for (const e of page.envelopes) {
        if (this.opened.has(e.id)) continue;
        const message = await this.ring().openEnvelope(e.envelope);
        const handle = message ? conversationHandle(message.reference) : (e.conversation ?? null);
        this.opened.set(e.id, { seq: e.seq, id: e.id, handle, message });
        if (message && handle) links.push({ envelope_id: e.id, conversation: handle, mailbox_id: message.route?.mailboxId ?? null });
        fresh++;
      }
      for (let i = 0; i < links.length; i += 500) await call("POST", "sort", { links: links.slice(i, i + 500) });
      const advanced = page.next > this.cursor;
      this.cursor = Math.max(this.cursor, page.next);
      if (!advanced || page.envelopes.length === 0) break;
    }
    if (this.loaded) this.arrived += fresh;
    this.loaded = true;
    const list = await call<{ conversations: Conversation[] }>("GET", "conversations");
    const changed = fresh > 0 || JSON.stringify(list.conversations) !== JSON.stringify(this.conversations);
    this.conversations = list.conversations;
    return changed;
  }

  /** Opened messages of one conversation, in arrival order. */
  messagesOf(handle: string): Opened[] {
    return [...this.opened.values()].filter((o) => o.handle === handle).sort((a, b) => a.seq - b.seq);
  }

  /** The newest route and locale known for a conversation. */
  routeOf(handle: string): HotlineMessage | null {
    const withRoute = this.messagesOf(handle).filter((o) => o.message?.route);
    return withRoute[withRoute.length - 1]?.message ?? null;
  }
}

export { RecordKind };
