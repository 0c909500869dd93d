//! The console page: sign-in and invitations, the inbox, a conversation,
//! and the admin pages (operators, canned replies, audit, retention,
//! hotline keys). It draws what `model.ts` knows and turns clicks into API
//! calls; every text comes from the Fluent bundle (`l10n.ts`). Whatever the
//! operator typed is kept in `drafts` until it has been sent, so an error,
//! an expired session or a redraw loses nothing.

import { ApiError, call, type AuditEntry, type ConversationDetail, type Retention, type Status, type TeamMember } from "./api.js";
import { toBase64 } from "./bytes.js";
import { SealError, newRecordId, sealReply } from "./crypto.js";
import { h, option, replace } from "./dom.js";
import { LOCALES, closest, languageName, locale, nativeName, preferred, t, time, useLocale } from "./l10n.js";
import { ConsoleError, Inbox, Keyring, MIN_PASSPHRASE, RecordKind, acceptInvite, addHotlineKey, fingerprint, grant, parseHotlineKey, refresh, signIn } from "./model.js";
import { MAX_BODY } from "./wire.js";

type View =
  | { name: "inbox" }
  | { name: "conversation"; handle: string }
  | { name: "operators" }
  | { name: "canned" }
  | { name: "audit" }
  | { name: "retention" }
  | { name: "keys" };

interface Canned {
  id: string;
  locale: string;
  title: string;
  body: string;
}

const POLL_MS = 4000;
const STATUSES: Status[] = ["new", "open", "waiting", "closed"];

const state = {
  ring: null as Keyring | null,
  inbox: null as Inbox | null,
  view: { name: "inbox" } as View,
  team: new Map<string, TeamMember>(),
  canned: [] as Canned[],
  drafts: new Map<string, string>(),
  filters: { status: "", assignee: "", search: "" },
  expired: false,
  pollTimer: 0,
  busy: false,
};

const root = (): HTMLElement => document.getElementById("app") as HTMLElement;

// ---- errors ---------------------------------------------------------------

function messageFor(e: unknown): string {
  if (e instanceof ConsoleError) return t(e.id);
  if (e instanceof SealError) return t("error-does-not-open");
  if (e instanceof ApiError) {
    const known: Record<string, string> = {
      network: "error-network",
      unauthorized: "error-session-expired",
      forbidden: "error-forbidden",
      csrf: "error-session-expired",
      rate_limited: "error-rate-limited",
      not_found: "error-not-found",
      storage: "error-storage",
      too_large: "error-too-long",
    };
    return t(known[e.code] ?? "error-unknown", { code: e.code });
  }
  return t("error-unknown", { code: "internal" });
}

/** Shows a failure in the page's alert line; an expired session asks to sign in again. */
function fail(e: unknown): void {
  if (e instanceof ApiError && (e.code === "unauthorized" || e.code === "csrf") && state.ring) {
    state.expired = true;
    stopPolling();
    drawSignIn(t("error-session-expired"));
    return;
  }
  const alert = document.getElementById("alert");
  if (alert) alert.textContent = messageFor(e);
}

function clearAlert(): void {
  const alert = document.getElementById("alert");
  if (alert) alert.textContent = "";
}

/** Runs an action, showing its failure; a button is disabled while it runs. */
async function act(button: HTMLButtonElement | null, work: () => Promise<void>): Promise<void> {
  if (button) button.disabled = true;
  clearAlert();
  try {
    await work();
  } catch (e) {
    fail(e);
  } finally {
    if (button) button.disabled = false;
  }
}

/** A text field whose value lives in `drafts[key]` until it is cleared. */
function draft<T extends HTMLInputElement | HTMLTextAreaElement>(el: T, key: string): T {
  el.value = state.drafts.get(key) ?? el.value;
  el.addEventListener("input", () => state.drafts.set(key, el.value));
  return el;
}

function alertLine(): HTMLElement {
  return h("p", { id: "alert", role: "alert", class: "alert" });
}

/** A form that runs `work` on submit, through `act` (its button disabled meanwhile). */
function actionForm(cls: string, button: HTMLButtonElement, work: () => Promise<void>, ...children: (Node | null)[]): HTMLFormElement {
  const form = h("form", { class: cls || null }, ...children);
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    void act(button, work);
  });
  return form;
}

function field(label: string, input: HTMLElement): HTMLElement {
  return h("label", { class: "field" }, h("span", {}, label), input);
}

function languagePicker(): HTMLElement {
  const select = h(
    "select",
    {
      id: "language",
      "aria-label": t("language-label"),
      onchange: (ev: Event) => {
        const tag = closest((ev.target as HTMLSelectElement).value) ?? "en";
        void useLocale(tag, true).then(draw);
      },
    },
    ...LOCALES.map((l) => option(l, nativeName(l), l === locale())),
  );
  return select;
}

// ---- signed out -----------------------------------------------------------

function inviteToken(): string | null {
  const m = /^#invite=([A-Za-z0-9_-]+)$/.exec(location.hash);
  return m?.[1] ?? null;
}

/** A signed-out page: one form whose button says "checking…" while `work` runs. */
function signedOutPage(submit: HTMLButtonElement, work: () => Promise<void>, ...children: (Node | null)[]): HTMLFormElement {
  const idle = submit.textContent ?? "";
  const form = actionForm(
    "card",
    submit,
    async () => {
      submit.textContent = t("signin-working");
      try {
        await work();
      } finally {
        submit.textContent = idle;
      }
    },
    ...children,
    submit,
    alertLine(),
  );
  replace(root(), h("header", { class: "bar" }, h("strong", {}, t("app-title")), languagePicker()), h("main", { class: "narrow" }, form));
  return form;
}

function drawSignIn(notice?: string): void {
  const name = draft(h("input", { id: "signin-name", autocomplete: "username", required: true }), "signin-name");
  const pass = h("input", { id: "signin-pass", type: "password", autocomplete: "current-password", required: true });
  const submit = h("button", { type: "submit", id: "signin-submit" }, t("signin-submit"));
  signedOutPage(
    submit,
    async () => {
      const ring = await signIn(name.value.trim(), pass.value);
      pass.value = "";
      state.drafts.delete("signin-name");
      await started(ring);
    },
    h("h1", {}, t("signin-title")),
    notice ? h("p", { class: "notice" }, notice) : null,
    field(t("field-name"), name),
    field(t("field-passphrase"), pass),
  );
  name.focus();
}

async function drawInvite(token: string): Promise<void> {
  let role = "";
  try {
    const invite = await call<{ role: string; expires_at: number }>("GET", `invites/${encodeURIComponent(token)}`);
    role = invite.role;
  } catch (e) {
    replace(root(), h("main", { class: "narrow" }, h("div", { class: "card" }, h("h1", {}, t("invite-title")), h("p", { role: "alert", class: "alert" }, e instanceof ApiError && e.code === "not_found" ? t("error-invite-gone") : messageFor(e)))));
    return;
  }
  const name = draft(h("input", { id: "invite-name", autocomplete: "username", required: true }), "invite-name");
  const pass = h("input", { id: "invite-pass", type: "password", autocomplete: "new-password", required: true });
  const again = h("input", { id: "invite-pass2", type: "password", autocomplete: "new-password", required: true });
  const submit = h("button", { type: "submit", id: "invite-submit" }, t("invite-submit"));
  signedOutPage(
    submit,
    async () => {
      if (pass.value !== again.value) throw new ConsoleError("error-passphrase-mismatch");
      await acceptInvite(token, name.value.trim(), pass.value);
      const ring = await signIn(name.value.trim(), pass.value);
      history.replaceState(null, "", location.pathname);
      state.drafts.delete("invite-name");
      await started(ring);
    },
    h("h1", {}, t("invite-title")),
    h("p", {}, t("invite-intro", { role: t(`role-${role}`) })),
    field(t("field-name"), name),
    field(t("field-passphrase-new", { min: MIN_PASSPHRASE }), pass),
    field(t("field-passphrase-again"), again),
  );
}

// ---- signed in ------------------------------------------------------------

async function started(ring: Keyring): Promise<void> {
  const resumed = state.expired && state.ring?.session.operator.id === ring.session.operator.id;
  state.ring = ring;
  state.expired = false;
  if (!resumed) {
    state.inbox = new Inbox(() => state.ring as Keyring);
    state.view = { name: "inbox" };
  }
  await loadTeam();
  if (ring.hotline.size > 0) {
    await state.inbox?.poll();
    await loadCanned();
  }
  draw();
  startPolling();
}

async function loadTeam(): Promise<void> {
  const team = await call<{ operators: TeamMember[] }>("GET", isAdmin() ? "operators" : "team");
  state.team = new Map(team.operators.map((o) => [o.id, o]));
}

async function loadCanned(): Promise<void> {
  const ring = state.ring;
  if (!ring) return;
  const list = await call<{ canned: { id: string; body: string }[] }>("GET", "canned");
  const out: Canned[] = [];
  for (const c of list.canned) {
    try {
      const v = (await ring.open(RecordKind.canned, c.id, c.body)) as Partial<Canned>;
      out.push({ id: c.id, locale: String(v.locale ?? ""), title: String(v.title ?? ""), body: String(v.body ?? "") });
    } catch {
      // a canned reply sealed to a key this operator does not hold
    }
  }
  state.canned = out.sort((a, b) => a.locale.localeCompare(b.locale) || a.title.localeCompare(b.title));
}

function isAdmin(): boolean {
  return state.ring?.session.operator.role === "admin";
}

function me(): string {
  return state.ring?.session.operator.id ?? "";
}

function nameOf(id: string | null): string {
  if (!id) return t("assignee-nobody");
  if (id === me()) return t("assignee-me");
  return state.team.get(id)?.name ?? id.slice(0, 8);
}

function startPolling(): void {
  stopPolling();
  state.pollTimer = window.setInterval(() => void pollNow(), POLL_MS);
}

function stopPolling(): void {
  if (state.pollTimer) window.clearInterval(state.pollTimer);
  state.pollTimer = 0;
}

async function pollNow(): Promise<void> {
  const inbox = state.inbox;
  if (!inbox || state.busy || !state.ring || state.ring.hotline.size === 0) return;
  state.busy = true;
  try {
    const changed = await inbox.poll();
    drawIndicator();
    const offline = document.getElementById("offline");
    if (offline) offline.hidden = true;
    if (changed && state.view.name === "inbox") drawInboxList();
    if (changed && state.view.name === "conversation") await refreshThread(state.view.handle);
  } catch (e) {
    if (e instanceof ApiError && e.code === "network") {
      const offline = document.getElementById("offline");
      if (offline) offline.hidden = false;
    } else {
      fail(e);
    }
  } finally {
    state.busy = false;
  }
}

function go(view: View): void {
  state.view = view;
  if (view.name === "inbox" && state.inbox) state.inbox.arrived = 0;
  draw();
}

function draw(): void {
  const ring = state.ring;
  if (!ring) {
    const token = inviteToken();
    if (token) void drawInvite(token);
    else drawSignIn();
    return;
  }
  const nav = h(
    "nav",
    { "aria-label": t("nav-label") },
    navLink("inbox", t("nav-inbox")),
    isAdmin() ? navLink("operators", t("nav-operators")) : null,
    isAdmin() ? navLink("canned", t("nav-canned")) : null,
    isAdmin() ? navLink("audit", t("nav-audit")) : null,
    isAdmin() ? navLink("retention", t("nav-retention")) : null,
    isAdmin() ? navLink("keys", t("nav-keys")) : null,
  );
  const signOut = h("button", { type: "button", class: "quiet", id: "signout" }, t("signout"));
  signOut.addEventListener("click", () =>
    void act(signOut, async () => {
      await call("DELETE", "session");
      stopPolling();
      state.ring = null;
      state.inbox = null;
      state.drafts.clear();
      draw();
    }),
  );
  const header = h(
    "header",
    { class: "bar" },
    h("strong", {}, t("app-title")),
    nav,
    h("span", { id: "indicator", class: "indicator", role: "status", "aria-live": "polite" }),
    h("span", { id: "offline", class: "offline", hidden: true }, t("error-network")),
    h("span", { class: "who" }, t("signed-in-as", { name: ring.session.operator.name })),
    languagePicker(),
    signOut,
  );
  const main = h("main", { id: "main" });
  replace(root(), header, alertLine(), main);
  drawIndicator();
  if (ring.hotline.size === 0) {
    drawNoKey(main);
    return;
  }
  switch (state.view.name) {
    case "inbox":
      drawInbox(main);
      break;
    case "conversation":
      void drawConversation(main, state.view.handle);
      break;
    case "operators":
      void drawOperators(main);
      break;
    case "canned":
      drawCanned(main);
      break;
    case "audit":
      void drawAudit(main);
      break;
    case "retention":
      void drawRetention(main);
      break;
    case "keys":
      drawKeys(main);
      break;
  }
}

function navLink(name: View["name"], label: string): HTMLElement {
  const current = state.view.name === name || (name === "inbox" && state.view.name === "conversation");
  return h("button", { type: "button", class: current ? "tab current" : "tab", "aria-current": current ? "page" : null, "data-view": name, onclick: () => go({ name } as View) }, label);
}

function drawIndicator(): void {
  const el = document.getElementById("indicator");
  const n = state.inbox?.arrived ?? 0;
  if (!el) return;
  replace(el, n > 0 ? h("button", { type: "button", class: "new", id: "new-messages", onclick: () => go({ name: "inbox" }) }, t("new-messages", { count: n })) : null);
}

function drawNoKey(main: HTMLElement): void {
  if (!isAdmin()) {
    replace(main, h("div", { class: "card narrow" }, h("h1", {}, t("nokey-title")), h("p", {}, t("nokey-operator")), ownFingerprint()));
    return;
  }
  replace(main, h("div", { class: "card narrow" }, h("h1", {}, t("import-title")), h("p", {}, t("import-intro")), keyForm("import")));
}

/** The operator's own key fingerprint, which an admin compares before granting access. */
function ownFingerprint(): HTMLElement {
  return h("p", { id: "own-fingerprint" }, t("your-fingerprint"), " ", h("strong", { class: "mono" }, fingerprint((state.ring as Keyring).session.public_key)));
}

function keyForm(kind: "import" | "rotate"): HTMLElement {
  const input = h("textarea", { id: `${kind}-key`, rows: 2, spellcheck: "false", autocomplete: "off" });
  const submit = h("button", { type: "submit", id: `${kind}-submit` }, t(kind === "import" ? "import-submit" : "keys-add"));
  return actionForm(
    "",
    submit,
    async () => {
      const ring = state.ring as Keyring;
      await addHotlineKey(ring, parseHotlineKey(input.value));
      input.value = "";
      const next = await refresh(ring);
      await started(next);
      // After the first import the inbox is what matters; after adding a
      // rotated key the admin stays with the keys (and grants it next).
      if (kind === "rotate") go({ name: "keys" });
    },
    field(t("import-field"), input),
    submit,
  );
}

// ---- inbox ----------------------------------------------------------------

function localeOf(handle: string): string | null {
  return state.inbox?.routeOf(handle)?.route?.locale ?? null;
}

function searchText(handle: string): string {
  const texts = (state.inbox?.messagesOf(handle) ?? []).map((o) => o.message?.body ?? "");
  texts.push(...(tagsCache.get(handle) ?? []), ...(recordsCache.get(handle) ?? []));
  return texts.join("\n").normalize("NFC").toLocaleLowerCase();
}

const tagsCache = new Map<string, string[]>();
/** Notes and reply copies of the conversations opened so far (for search). */
const recordsCache = new Map<string, string[]>();

async function tagsOf(handle: string, sealed: string | null): Promise<string[]> {
  if (!sealed || !state.ring) return [];
  try {
    const v = (await state.ring.open(RecordKind.tags, handle, sealed)) as { tags?: unknown };
    const tags = Array.isArray(v.tags) ? v.tags.map(String) : [];
    tagsCache.set(handle, tags);
    return tags;
  } catch {
    return [];
  }
}

function drawInbox(main: HTMLElement): void {
  const status = h("select", { id: "filter-status", "aria-label": t("filter-status") }, option("", t("filter-any-status"), state.filters.status === ""), ...STATUSES.map((s) => option(s, t(`status-${s}`), state.filters.status === s)));
  const assignee = h(
    "select",
    { id: "filter-assignee", "aria-label": t("filter-assignee") },
    option("", t("filter-anyone"), state.filters.assignee === ""),
    option("me", t("filter-mine"), state.filters.assignee === "me"),
    option("none", t("filter-unassigned"), state.filters.assignee === "none"),
  );
  const search = h("input", { id: "search", type: "search", placeholder: t("search-placeholder"), "aria-label": t("search-placeholder"), value: state.filters.search });
  status.addEventListener("change", () => {
    state.filters.status = status.value;
    drawInboxList();
  });
  assignee.addEventListener("change", () => {
    state.filters.assignee = assignee.value;
    drawInboxList();
  });
  search.addEventListener("input", () => {
    state.filters.search = search.value;
    drawInboxList();
  });
  replace(main, h("div", { class: "filters" }, h("h1", {}, t("inbox-title")), status, assignee, search), h("div", { id: "inbox-list" }));
  drawInboxList();
}

function drawInboxList(): void {
  const list = document.getElementById("inbox-list");
  const inbox = state.inbox;
  if (!list || !inbox) return;
  const query = state.filters.search.normalize("NFC").toLocaleLowerCase().trim();
  const rows = inbox.conversations.filter((c) => {
    if (state.filters.status && c.status !== state.filters.status) return false;
    if (state.filters.assignee === "me" && c.assignee !== me()) return false;
    if (state.filters.assignee === "none" && c.assignee !== null) return false;
    if (query && !searchText(c.conversation).includes(query)) return false;
    return true;
  });
  const unreadable = [...inbox.opened.values()].filter((o) => !o.message && !o.handle).length;
  const warning = unreadable > 0 ? h("p", { class: "alert", id: "inbox-unreadable" }, t("inbox-unreadable", { count: unreadable })) : null;
  if (rows.length === 0) {
    replace(list, warning, h("p", { class: "empty" }, t(inbox.conversations.length === 0 ? "inbox-empty" : "inbox-no-match")));
    return;
  }
  const table = h(
    "table",
    { class: "inbox" },
    h("thead", {}, h("tr", {}, h("th", {}, t("col-person")), h("th", {}, t("col-language")), h("th", {}, t("col-status")), h("th", {}, t("col-assignee")), h("th", {}, t("col-unread")), h("th", {}, t("col-last")))),
    h(
      "tbody",
      {},
      ...rows.map((c) => {
        const msgs = inbox.messagesOf(c.conversation);
        const last = [...msgs].reverse().find((o) => o.message)?.message;
        const lang = localeOf(c.conversation);
        return h(
          "tr",
          { class: c.unread > 0 ? "unread" : "", "data-conversation": c.conversation, tabindex: 0, onclick: () => go({ name: "conversation", handle: c.conversation }), onkeydown: (ev: Event) => (ev as KeyboardEvent).key === "Enter" && go({ name: "conversation", handle: c.conversation }) },
          h("td", { class: "preview" }, last ? last.body.slice(0, 120) : t("message-unreadable")),
          h("td", { class: "lang" }, lang ? languageName(lang) : "—"),
          h("td", {}, h("span", { class: `status ${c.status}` }, t(`status-${c.status}`))),
          h("td", {}, nameOf(c.assignee)),
          h("td", {}, c.unread > 0 ? h("span", { class: "count" }, String(c.unread)) : ""),
          h("td", { class: "time" }, time(c.last_activity_at)),
        );
      }),
    ),
  );
  replace(list, warning, table);
}

// ---- a conversation -------------------------------------------------------

async function openDetail(handle: string): Promise<ConversationDetail> {
  const detail = await call<ConversationDetail>("GET", `conversations/${handle}`);
  const inbox = state.inbox as Inbox;
  const ring = state.ring as Keyring;
  for (const e of detail.thread.envelopes) {
    if (inbox.opened.has(e.id)) continue;
    inbox.opened.set(e.id, { seq: e.seq, id: e.id, handle, message: await ring.openEnvelope(e.envelope) });
  }
  const i = inbox.conversations.findIndex((c) => c.conversation === handle);
  if (i >= 0) inbox.conversations[i] = { ...detail };
  return detail;
}

async function drawConversation(main: HTMLElement, handle: string): Promise<void> {
  replace(main, h("p", { class: "empty" }, t("loading")));
  let detail: ConversationDetail;
  try {
    detail = await openDetail(handle);
  } catch (e) {
    replace(main, h("p", { class: "empty" }, messageFor(e)));
    if (e instanceof ApiError && e.code === "unauthorized") fail(e);
    return;
  }
  const ring = state.ring as Keyring;
  const lang = localeOf(handle);
  const tags = await tagsOf(handle, detail.tags);

  const status = h("select", { id: "conv-status", "aria-label": t("col-status") }, ...STATUSES.map((s) => option(s, t(`status-${s}`), detail.status === s)));
  const saved = h("output", { id: "conv-saved", class: "meta", role: "status" });
  const patch = async (change: Record<string, unknown>): Promise<void> => {
    saved.textContent = "";
    await call("PATCH", `conversations/${handle}`, change);
    saved.textContent = t("saved");
  };
  status.addEventListener("change", () => void act(null, () => patch({ status: status.value })));
  const assignee = h(
    "select",
    { id: "conv-assignee", "aria-label": t("col-assignee") },
    option("", t("assignee-nobody"), detail.assignee === null),
    ...[...state.team.values()].filter((o) => o.state === "active").map((o) => option(o.id, o.id === me() ? t("assignee-me-named", { name: o.name }) : o.name, detail.assignee === o.id)),
  );
  assignee.addEventListener("change", () => void act(null, () => patch({ assignee: assignee.value || null })));
  const assignMe = h("button", { type: "button", id: "assign-me", class: "quiet" }, t("assign-to-me"));
  assignMe.addEventListener("click", () => void act(assignMe, async () => {
    await patch({ assignee: me() });
    assignee.value = me();
  }));
  const tagInput = draft(h("input", { id: "conv-tags", value: tags.join(", "), "aria-label": t("tags-label") }), `tags-${handle}`);
  const tagSave = h("button", { type: "button", id: "tags-save", class: "quiet" }, t("tags-save"));
  tagSave.addEventListener("click", () => void act(tagSave, async () => {
    const list = [...new Set(tagInput.value.split(",").map((s) => s.trim()).filter(Boolean))];
    await patch({ tags: await ring.seal(RecordKind.tags, handle, { tags: list }) });
    tagsCache.set(handle, list);
    state.drafts.delete(`tags-${handle}`);
  }));
  const exportBtn = h("button", { type: "button", id: "export", class: "quiet" }, t("export"));
  exportBtn.addEventListener("click", () => void act(exportBtn, async () => {
    await call("POST", `conversations/${handle}/export`);
    exportThread(handle);
  }));

  const side = h(
    "aside",
    { class: "side" },
    field(t("col-language"), h("span", { id: "conv-language" }, lang ? languageName(lang) : "—")),
    field(t("col-status"), status),
    field(t("col-assignee"), assignee),
    assignMe,
    field(t("tags-label"), tagInput),
    tagSave,
    exportBtn,
    saved,
    h("p", { class: "meta" }, t("conv-started", { time: time(detail.created_at) })),
  );

  const thread = h("ol", { id: "thread", class: "thread" });
  const composer = drawComposer(handle, lang);
  const notes = drawNoteForm(handle);
  replace(
    main,
    h("div", { class: "conversation" }, h("section", { class: "talk" }, h("button", { type: "button", class: "quiet back", onclick: () => go({ name: "inbox" }) }, t("back-to-inbox")), thread, composer, notes), side),
  );
  await fillThread(thread, detail);
}

async function refreshThread(handle: string): Promise<void> {
  const thread = document.getElementById("thread");
  if (!thread) return;
  await fillThread(thread, await openDetail(handle));
}

interface ThreadItem {
  at: number;
  order: number;
  node: HTMLElement;
}

async function fillThread(thread: HTMLElement, detail: ConversationDetail): Promise<void> {
  const ring = state.ring as Keyring;
  const items: ThreadItem[] = [];
  const searchable: string[] = [];
  for (const o of (state.inbox as Inbox).messagesOf(detail.conversation)) {
    const m = o.message;
    items.push({
      at: m?.sentAt ?? 0,
      order: o.seq,
      node: h(
        "li",
        { class: m ? "msg in" : "msg in broken" },
        h("div", { class: "body", lang: m?.route?.locale ?? localeOf(detail.conversation) ?? null }, m ? m.body : t("message-unreadable")),
        h("div", { class: "meta" }, m ? t("message-meta", { time: time(m.sentAt) }) : ""),
      ),
    });
  }
  for (const r of detail.thread.records) {
    if (r.kind !== RecordKind.note && r.kind !== RecordKind.replyCopy) continue;
    let body: string;
    let opened = true;
    try {
      const v = (await ring.open(r.kind as RecordKind, r.id, r.body)) as { body?: unknown };
      body = String(v.body ?? "");
      searchable.push(body);
    } catch {
      body = t("record-unreadable");
      opened = false;
    }
    const reply = r.kind === RecordKind.replyCopy;
    const delivery = reply ? t(r.delivery === "picked_up" ? "delivery-picked-up" : "delivery-sent") : "";
    items.push({
      at: r.created_at,
      order: Number.MAX_SAFE_INTEGER,
      node: h(
        "li",
        { class: `${reply ? "msg out" : "note"}${opened ? "" : " broken"}`, "data-record": r.id },
        h("div", { class: "label" }, reply ? t("reply-by", { name: nameOf(r.author) }) : t("note-by", { name: nameOf(r.author) })),
        h("div", { class: "body" }, body),
        h("div", { class: "meta" }, time(r.created_at), reply ? h("span", { class: `delivery ${r.delivery ?? "sent"}` }, ` · ${delivery}`) : null),
      ),
    });
  }
  recordsCache.set(detail.conversation, searchable);
  items.sort((a, b) => a.at - b.at || a.order - b.order);
  replace(thread, ...items.map((i) => i.node));
}

function drawComposer(handle: string, lang: string | null): HTMLElement {
  const text = draft(h("textarea", { id: "reply-text", rows: 4, "aria-label": t("reply-label"), lang }), `reply-${handle}`);
  const base = lang ? closest(lang) : null;
  const matching = state.canned.filter((c) => base && closest(c.locale) === base);
  const others = state.canned.filter((c) => !matching.includes(c));
  const canned = h(
    "select",
    { id: "canned-pick", "aria-label": t("canned-pick") },
    option("", t("canned-pick"), true),
    ...matching.map((c) => option(c.id, `${c.title} (${c.locale})`, false)),
    others.length ? h("optgroup", { label: t("canned-other-languages") }, ...others.map((c) => option(c.id, `${c.title} (${c.locale})`, false))) : null,
  );
  canned.addEventListener("change", () => {
    const c = state.canned.find((x) => x.id === canned.value);
    if (c) {
      text.value = text.value ? `${text.value}\n${c.body}` : c.body;
      state.drafts.set(`reply-${handle}`, text.value);
    }
    canned.value = "";
  });
  const send = h("button", { type: "submit", id: "reply-send" }, t("reply-send"));
  return actionForm(
    "composer",
    send,
    async () => {
      await sendReply(handle, text.value);
      text.value = "";
      state.drafts.delete(`reply-${handle}`);
      await refreshThread(handle);
    },
    h("div", { class: "row" }, h("strong", {}, t("reply-label")), canned),
    text,
    send,
  );
}

async function sendReply(handle: string, body: string): Promise<void> {
  const ring = state.ring as Keyring;
  const trimmed = body.trim();
  if (!trimmed) throw new ConsoleError("error-reply-empty");
  if (new TextEncoder().encode(trimmed).length > MAX_BODY) throw new ConsoleError("error-too-long");
  const inbox = state.inbox as Inbox;
  const routed = inbox.routeOf(handle);
  const newest = [...inbox.messagesOf(handle)].reverse().find((o) => o.message)?.message ?? null;
  if (!routed?.route || !newest) throw new ConsoleError("error-no-route");
  // A format 1 message is answered in format 1, a format 2 one in format 2,
  // both to the newest route known.
  const now = Math.floor(Date.now() / 1000);
  const sealed = await sealReply(newest, routed.route.key, trimmed, now);
  const copyId = newRecordId();
  const copy = await ring.seal(RecordKind.replyCopy, copyId, { body: trimmed, sent: now });
  await call("POST", `conversations/${handle}/replies`, { envelope: toBase64(sealed.envelope), copy_id: copyId, copy });
}

function drawNoteForm(handle: string): HTMLElement {
  const text = draft(h("textarea", { id: "note-text", rows: 2, "aria-label": t("note-label") }), `note-${handle}`);
  const add = h("button", { type: "submit", id: "note-add", class: "quiet" }, t("note-add"));
  return actionForm(
    "notes",
    add,
    async () => {
      const body = text.value.trim();
      if (!body) throw new ConsoleError("error-note-empty");
      const id = newRecordId();
      await call("POST", `conversations/${handle}/notes`, { id, body: await (state.ring as Keyring).seal(RecordKind.note, id, { body }) });
      text.value = "";
      state.drafts.delete(`note-${handle}`);
      await refreshThread(handle);
    },
    h("strong", {}, t("note-label")),
    h("p", { class: "meta" }, t("note-private")),
    text,
    add,
  );
}

function exportThread(handle: string): void {
  const thread = document.getElementById("thread");
  const lines = [...(thread?.querySelectorAll("li") ?? [])].map((li) => [...li.querySelectorAll("div")].map((d) => d.textContent ?? "").join("\n"));
  const blob = new Blob([`${t("export-heading", { conversation: handle.slice(0, 8) })}\n\n${lines.join("\n\n")}\n`], { type: "text/plain;charset=utf-8" });
  const a = h("a", { href: URL.createObjectURL(blob), download: `waymark-${handle.slice(0, 8)}.txt` });
  document.body.append(a);
  a.click();
  a.remove();
}

// ---- admin: operators -----------------------------------------------------

async function drawOperators(main: HTMLElement): Promise<void> {
  await loadTeam();
  const role = h("select", { id: "invite-role", "aria-label": t("invite-role") }, option("operator", t("role-operator"), true), option("admin", t("role-admin"), false));
  const link = h("output", { id: "invite-link", class: "link" });
  const invite = h("button", { type: "button", id: "invite-create" }, t("invite-create"));
  invite.addEventListener("click", () => void act(invite, async () => {
    const r = await call<{ token: string; expires_at: number }>("POST", "invites", { role: role.value });
    link.textContent = `${location.origin}/console/#invite=${r.token}`;
    link.title = t("invite-expires", { time: time(r.expires_at) });
  }));
  const held = [...(state.ring as Keyring).hotline.keys()];
  const rows = [...state.team.values()].map((o) => {
    const missing = o.state === "active" && !!o.public_key && held.some((k) => !(o.key_ids ?? []).includes(k));
    const buttons: HTMLElement[] = [];
    if (missing && o.public_key) {
      const g = h("button", { type: "button", class: "grant" }, t("grant"));
      const pub = o.public_key;
      g.addEventListener("click", () => void act(g, async () => {
        await grant(state.ring as Keyring, o.id, pub);
        go({ name: "operators" });
      }));
      buttons.push(g);
    }
    if (o.id !== me() && o.state !== "removed") {
      const next = o.state === "active" ? "suspended" : "active";
      const s = h("button", { type: "button", class: "quiet suspend" }, t(next === "suspended" ? "suspend" : "resume"));
      s.addEventListener("click", () => void act(s, async () => {
        await call("PATCH", `operators/${o.id}`, { state: next });
        go({ name: "operators" });
      }));
      const r = h("button", { type: "button", class: "quiet danger remove" }, t("remove"));
      r.addEventListener("click", () => void act(r, async () => {
        if (r.dataset["armed"] !== "1") {
          r.dataset["armed"] = "1";
          r.textContent = t("remove-confirm", { name: o.name });
          return;
        }
        await call("DELETE", `operators/${o.id}`);
        go({ name: "operators" });
      }));
      buttons.push(s, r);
    }
    return h(
      "tr",
      { "data-operator": o.name },
      h("td", {}, o.name),
      h("td", {}, t(`role-${o.role}`)),
      h("td", { class: `state ${o.state}` }, t(`state-${o.state}`)),
      h("td", { class: "mono" }, o.public_key ? fingerprint(o.public_key) : "—"),
      h("td", {}, o.state === "removed" ? "—" : missing ? t("access-missing") : t("access-ok")),
      h("td", { class: "actions" }, ...buttons),
    );
  });
  replace(
    main,
    h("h1", {}, t("nav-operators")),
    h("div", { class: "card" }, h("h2", {}, t("invite-heading")), h("div", { class: "row" }, role, invite), link, h("p", { class: "meta" }, t("grant-explain"))),
    h("table", { class: "list" }, h("thead", {}, h("tr", {}, h("th", {}, t("field-name")), h("th", {}, t("col-role")), h("th", {}, t("col-state")), h("th", {}, t("col-fingerprint")), h("th", {}, t("col-access")), h("th", {}, ""))), h("tbody", {}, ...rows)),
  );
}

// ---- admin: canned replies ------------------------------------------------

function drawCanned(main: HTMLElement): void {
  const editing = state.drafts.get("canned-id") ?? "";
  const lang = h("select", { id: "canned-locale", "aria-label": t("col-language") }, ...LOCALES.map((l) => option(l, languageName(l), (state.drafts.get("canned-locale") ?? locale()) === l)));
  lang.addEventListener("change", () => state.drafts.set("canned-locale", lang.value));
  const title = draft(h("input", { id: "canned-title", "aria-label": t("canned-title") }), "canned-title");
  const body = draft(h("textarea", { id: "canned-body", rows: 4, "aria-label": t("canned-body") }), "canned-body");
  const save = h("button", { type: "submit", id: "canned-save" }, t(editing ? "canned-update" : "canned-save"));
  const form = actionForm(
    "card",
    save,
    async () => {
      if (!title.value.trim() || !body.value.trim()) throw new ConsoleError("error-canned-empty");
      const id = editing || newRecordId();
      const sealed = await (state.ring as Keyring).seal(RecordKind.canned, id, { locale: lang.value, title: title.value.trim(), body: body.value.trim() });
      await call("PUT", `canned/${id}`, { body: sealed });
      for (const k of ["canned-id", "canned-title", "canned-body", "canned-locale"]) state.drafts.delete(k);
      await loadCanned();
      go({ name: "canned" });
    },
    h("h2", {}, t(editing ? "canned-editing" : "canned-new")),
    field(t("col-language"), lang),
    field(t("canned-title"), title),
    field(t("canned-body"), body),
    save,
  );
  const rows = state.canned.map((c) => {
    const edit = h("button", { type: "button", class: "quiet" }, t("edit"));
    edit.addEventListener("click", () => {
      state.drafts.set("canned-id", c.id);
      state.drafts.set("canned-locale", c.locale);
      state.drafts.set("canned-title", c.title);
      state.drafts.set("canned-body", c.body);
      go({ name: "canned" });
    });
    const del = h("button", { type: "button", class: "quiet danger" }, t("delete"));
    del.addEventListener("click", () => void act(del, async () => {
      await call("DELETE", `canned/${c.id}`);
      await loadCanned();
      go({ name: "canned" });
    }));
    return h("tr", {}, h("td", {}, languageName(c.locale)), h("td", {}, c.title), h("td", { class: "preview", lang: c.locale }, c.body), h("td", { class: "actions" }, edit, del));
  });
  replace(main, h("h1", {}, t("nav-canned")), form, state.canned.length ? h("table", { class: "list", id: "canned-list" }, h("tbody", {}, ...rows)) : h("p", { class: "empty" }, t("canned-empty")));
}

// ---- admin: audit, retention, keys ----------------------------------------

async function drawAudit(main: HTMLElement, before?: number): Promise<void> {
  const page = await call<{ entries: AuditEntry[]; next: number | null }>("GET", `audit?limit=100${before ? `&before=${before}` : ""}`).catch((e: unknown) => {
    fail(e);
    return null;
  });
  if (!page) return;
  const rows = page.entries.map((e) =>
    h("tr", {}, h("td", { class: "time" }, time(e.at)), h("td", {}, e.operator ? nameOf(e.operator) : "—"), h("td", {}, t(`audit-${e.action}`)), h("td", { class: "mono" }, e.conversation ? e.conversation.slice(0, 8) : ""), h("td", {}, e.target ? nameOf(e.target) : "")),
  );
  const older = page.next && page.entries.length > 0 ? h("button", { type: "button", class: "quiet", onclick: () => void drawAudit(main, page.next ?? undefined) }, t("audit-older")) : null;
  replace(main, h("h1", {}, t("nav-audit")), h("p", { class: "meta" }, t("audit-explain")), h("table", { class: "list", id: "audit-list" }, h("thead", {}, h("tr", {}, h("th", {}, t("col-time")), h("th", {}, t("col-operator")), h("th", {}, t("col-action")), h("th", {}, t("col-conversation")), h("th", {}, t("col-target")))), h("tbody", {}, ...rows)), older);
}

async function drawRetention(main: HTMLElement): Promise<void> {
  const policy = await call<Retention>("GET", "retention").catch((e: unknown) => {
    fail(e);
    return null;
  });
  if (!policy) return;
  const closedDays = draft(h("input", { id: "retention-closed", type: "number", min: 0, step: 1, value: policy.closed_days ?? "" }), "retention-closed");
  const inactiveDays = draft(h("input", { id: "retention-inactive", type: "number", min: 0, step: 1, value: policy.inactive_days ?? "" }), "retention-inactive");
  const save = h("button", { type: "submit", id: "retention-save" }, t("retention-save"));
  const run = h("button", { type: "button", id: "retention-run", class: "quiet" }, t("retention-run"));
  const result = h("output", { id: "retention-result" });
  const days = (v: string): number | null => {
    if (v.trim() === "") return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 36500) throw new ConsoleError("error-days");
    return n;
  };
  run.addEventListener("click", () => void act(run, async () => {
    const r = await call<{ deleted: number }>("POST", "retention/run");
    result.textContent = t("retention-deleted", { count: r.deleted });
    await state.inbox?.poll();
  }));
  replace(
    main,
    h("h1", {}, t("nav-retention")),
    actionForm(
      "card narrow",
      save,
      async () => {
        await call("PUT", "retention", { closed_days: days(closedDays.value), inactive_days: days(inactiveDays.value) });
        state.drafts.delete("retention-closed");
        state.drafts.delete("retention-inactive");
        result.textContent = t("retention-saved");
      },
      h("p", {}, t("retention-explain")),
      field(t("retention-closed"), closedDays),
      field(t("retention-inactive"), inactiveDays),
      h("div", { class: "row" }, save, run),
      result,
    ),
  );
}

function drawKeys(main: HTMLElement): void {
  const ring = state.ring as Keyring;
  const rows = ring.session.hotline_keys.map((k) => h("tr", {}, h("td", { class: "mono" }, k.key_id), h("td", { class: "mono" }, k.public_key), h("td", {}, ring.hotline.has(k.key_id) ? t("access-ok") : t("access-missing"))));
  replace(main, h("h1", {}, t("nav-keys")), h("table", { class: "list" }, h("thead", {}, h("tr", {}, h("th", {}, t("col-key-id")), h("th", {}, t("col-public-key")), h("th", {}, t("col-access")))), h("tbody", {}, ...rows)), h("div", { class: "card narrow" }, h("h2", {}, t("keys-rotate")), h("p", {}, t("keys-explain")), keyForm("rotate")));
}

// ---- start ----------------------------------------------------------------

async function main(): Promise<void> {
  try {
    await useLocale(preferred(), false);
  } catch {
    replace(root(), h("p", { role: "alert", class: "alert" }, "Waymark console: the language files did not load. Check the connection to the relay and reload."));
    return;
  }
  window.addEventListener("hashchange", () => {
    if (!state.ring) draw();
  });
  draw();
}

void main();

