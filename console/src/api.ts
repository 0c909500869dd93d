//! The console API of docs/console.md over fetch: JSON in and out, the
//! session's CSRF header on every request but GET and sign-in, and every
//! failure as an ApiError with the relay's stable code (or `network` when
//! no answer came). Owns nothing else: no keys, no page.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
    this.name = "ApiError";
  }
}

let csrf = "";

/** The CSRF token of the current session (from GET/POST session). */
export function setCsrf(token: string): void {
  csrf = token;
}

export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrf) headers["X-Waymark-CSRF"] = csrf;
  let res: Response;
  try {
    res = await fetch(`/v1/console/${path}`, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch {
    throw new ApiError(0, "network");
  }
  const text = await res.text().catch(() => "");
  let json: unknown = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      throw new ApiError(res.status, res.ok ? "bad_answer" : "unknown");
    }
  }
  if (!res.ok) {
    const code = (json as { error?: { code?: unknown } } | null)?.error?.code;
    throw new ApiError(res.status, typeof code === "string" ? code : res.status >= 500 ? "storage" : "unknown");
  }
  return json as T;
}

// ---- the shapes of docs/console.md ---------------------------------------

export interface Operator {
  id: string;
  name: string;
  role: "admin" | "operator";
}

export interface Session {
  operator: Operator;
  csrf: string;
  public_key: string;
  key_blob: string;
  wrapped_keys: { key_id: string; wrapped: string }[];
  hotline_keys: { key_id: string; public_key: string }[];
}

export type Status = "new" | "open" | "waiting" | "closed";

export interface Conversation {
  conversation: string;
  status: Status;
  assignee: string | null;
  unread: number;
  envelopes: number;
  created_at: number;
  last_activity_at: number;
  closed_at: number | null;
  mailbox_id: string | null;
  tags: string | null;
}

export interface EnvelopeItem {
  seq: number;
  id: string;
  envelope: string;
  conversation?: string | null;
}

export interface RecordItem {
  id: string;
  kind: number;
  author: string | null;
  body: string;
  created_at: number;
  reply_envelope_id: string | null;
  delivery: "sent" | "picked_up" | null;
}

export interface ConversationDetail extends Conversation {
  thread: { envelopes: EnvelopeItem[]; records: RecordItem[] };
}

export interface TeamMember {
  id: string;
  name: string;
  role: "admin" | "operator";
  state: "active" | "suspended" | "removed";
  /** Only in the admins' list (GET operators), not in GET team. */
  public_key?: string | null;
  key_ids?: string[];
  created_at?: number;
}

export interface AuditEntry {
  seq: number;
  at: number;
  operator: string | null;
  action: string;
  conversation: string | null;
  target: string | null;
}

export interface Retention {
  closed_days: number | null;
  inactive_days: number | null;
}
