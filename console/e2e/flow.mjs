// The caseworker's day of issue #14 in headless Chromium, driven by
// tests/console-e2e.sh (which starts the relays and reads the results).
// Every wait is on page state (locator waits, polled), never a fixed
// sleep. Prints "ok   …" / "FAIL …" per step; the shell script counts them.
//
// Environment: RELAY1, RELAY2 (base URLs; the same relay twice on SQLite),
// WAYMARK (phone CLI), PHONE_DIR, WAYMARK_PIN, CONVERSATION (the phone's
// conversation id), MESSAGE (the Burmese text the phone sent), INVITE
// (the admin's invitation token), HOTLINE_KEY (hex), SHOTS (folder for
// PNGs or empty), CHROMIUM, TEXTS_OUT (file to write every secret text to).

import { chromium } from "playwright-core";
import { step, check, phone, phoneShowsOneReply, finish } from "./steps.mjs";
import { writeFileSync } from "node:fs";
import { randomBytes, createHash } from "node:crypto";
import { x25519 } from "@noble/curves/ed25519.js";

const env = process.env;
const R1 = env.RELAY1;
const R2 = env.RELAY2;
const PASS = { admin: "admin passphrase 1", a: "operator A passphrase", b: "operator B passphrase" };
const CANNED = { title: "ကြိုဆိုခြင်း", body: "ကျေးဇူးတင်ပါတယ်။ ကျွန်ုပ်တို့ သင့်စာကို ရရှိပါပြီ။ ဘေးကင်းပါစေ။" };
const NOTE = "ဖုန်းခေါ်ဆိုမှု မလုပ်ရန် ဆန္ဒရှိသည် — private note 7f3a";
const TIMEOUT = 20000;
writeFileSync(env.TEXTS_OUT, [env.MESSAGE, CANNED.body, CANNED.title, NOTE].join("\n") + "\n");

const browser = await chromium.launch({ executablePath: env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
async function desk(base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: "en-GB", timezoneId: "Asia/Bangkok", baseURL: base });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const external = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("blob:") && !r.url().startsWith("data:")) external.push(r.url());
  });
  const violations = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return { context, page, external, violations };
}

async function signIn(page, name, pass) {
  await page.goto("/console/");
  await page.locator("#signin-name").fill(name);
  await page.locator("#signin-pass").fill(pass);
  await page.locator("#signin-submit").click();
}

async function accept(page, token, name, pass) {
  await page.goto(`/console/#invite=${token}`);
  await page.locator("#invite-name").fill(name);
  await page.locator("#invite-pass").fill(pass);
  await page.locator("#invite-pass2").fill(pass);
  await page.locator("#invite-submit").click();
}

async function inviteLink(page) {
  await page.locator('button[data-view="operators"]').click();
  await page.locator("#invite-role").selectOption("operator");
  const before = await page.locator("#invite-link").textContent();
  await page.locator("#invite-create").click();
  await page.waitForFunction((b) => {
    const t = document.querySelector("#invite-link")?.textContent ?? "";
    return t.includes("#invite=") && t !== b;
  }, before);
  const link = await page.locator("#invite-link").textContent();
  return /#invite=([0-9a-f]+)/.exec(link)[1];
}

const admin = await desk(R1);
const a = await desk(R1);
const b = await desk(R2);
// The conversation's row: found by the message text first, then by its handle
// (the preview shows the newest message).
let handle = null;
const row = (page) => (handle ? page.locator(`tr[data-conversation="${handle}"]`) : page.locator("tr[data-conversation]").filter({ hasText: env.MESSAGE.slice(0, 12) }));

await step("an invitation with a passphrase under 12 characters is refused, and the name typed stays", async () => {
  await admin.page.goto(`/console/#invite=${env.INVITE}`);
  await admin.page.locator("#invite-name").fill("admin");
  await admin.page.locator("#invite-pass").fill("short");
  await admin.page.locator("#invite-pass2").fill("short");
  await admin.page.locator("#invite-submit").click();
  await admin.page.locator("#alert", { hasText: "at least 12" }).waitFor();
  check((await admin.page.locator("#invite-name").inputValue()) === "admin", "name lost");
});

await step("the admin accepts the command-line invitation; the key pair is made in the browser", async () => {
  await accept(admin.page, env.INVITE, "admin", PASS.admin);
  await admin.page.locator("#import-key").waitFor();
});

await step("a pasted key that is not hex gets a clear error and stays in the field", async () => {
  await admin.page.locator("#import-key").fill("not a key");
  await admin.page.locator("#import-submit").click();
  await admin.page.locator("#alert", { hasText: "64 hexadecimal" }).waitFor();
  check((await admin.page.locator("#import-key").inputValue()) === "not a key", "input lost");
});

await step("the admin imports the hotline key and sees the Burmese message decrypted, language my", async () => {
  await admin.page.locator("#import-key").fill(env.HOTLINE_KEY);
  await admin.page.locator("#import-submit").click();
  await row(admin.page).waitFor();
  handle = await row(admin.page).getAttribute("data-conversation");
  const text = await row(admin.page).textContent();
  check(text.includes("(my)"), `no language in row: ${text}`);
  check(text.includes("New"), `no status: ${text}`);
});

let tokenA;
let fingerprintA;
let tokenB;
await step("the admin invites A and B; they join with key pairs made in their browsers", async () => {
  tokenA = await inviteLink(admin.page);
  tokenB = await inviteLink(admin.page);
  await accept(a.page, tokenA, "Ana", PASS.a);
  await a.page.locator("text=Waiting for access").waitFor();
  fingerprintA = await a.page.locator("#own-fingerprint strong").textContent();
  await accept(b.page, tokenB, "Bo", PASS.b);
  await b.page.locator("text=Waiting for access").waitFor();
});

await step("the admin sees the fingerprint A sees, and grants A and B the hotline key (wrapped in the admin's browser)", async () => {
  await admin.page.locator('button[data-view="inbox"]').click();
  await admin.page.locator('button[data-view="operators"]').click();
  await admin.page.locator('tr[data-operator="Ana"]').waitFor();
  check((await admin.page.locator('tr[data-operator="Ana"]').textContent()).includes(fingerprintA), "the admin sees another fingerprint than A");
  for (const name of ["Ana", "Bo"]) {
    const r = admin.page.locator(`tr[data-operator="${name}"]`);
    await r.locator("button.grant").click();
    await admin.page.locator(`tr[data-operator="${name}"]`, { hasText: "Has the hotline key" }).waitFor();
  }
  if (env.SHOTS) await admin.page.screenshot({ path: `${env.SHOTS}/operators.png` });
});

await step("the admin saves a Burmese canned reply (sealed)", async () => {
  await admin.page.locator('button[data-view="canned"]').click();
  await admin.page.locator("#canned-locale").selectOption("my");
  await admin.page.locator("#canned-title").fill(CANNED.title);
  await admin.page.locator("#canned-body").fill(CANNED.body);
  await admin.page.locator("#canned-save").click();
  await admin.page.locator("#canned-list", { hasText: CANNED.body }).waitFor();
});

await step("a wrong passphrase is refused with a clear error", async () => {
  await signIn(a.page, "Ana", "operator A passphrasE");
  await a.page.locator("#alert", { hasText: "not right" }).waitFor();
});

await step("A signs in, sees the message decrypted with its language, and assigns it to B", async () => {
  await signIn(a.page, "Ana", PASS.a);
  await row(a.page).waitFor();
  check((await row(a.page).textContent()).includes("(my)"), "no language");
  await row(a.page).click();
  await a.page.locator("#thread li.msg.in", { hasText: env.MESSAGE }).waitFor();
  check((await a.page.locator("#conv-language").textContent()).includes("(my)"), "no language in conversation");
  const bo = await a.page.locator("#conv-assignee option", { hasText: /^Bo$/ }).getAttribute("value");
  await a.page.locator("#conv-assignee").selectOption(bo);
  await a.page.locator("#conv-saved", { hasText: "Saved" }).waitFor();
});

await step(`B signs in on ${R1 === R2 ? "the relay" : "the second relay"}, finds it assigned to them, and answers with the Burmese canned reply`, async () => {
  await signIn(b.page, "Bo", PASS.b);
  await row(b.page).waitFor();
  await b.page.locator("#filter-assignee").selectOption("me");
  await row(b.page).waitFor();
  check((await row(b.page).textContent()).includes("Me"), "not assigned to B");
  await row(b.page).click();
  await b.page.locator("#thread li.msg.in", { hasText: env.MESSAGE }).waitFor();
  const option = await b.page.locator("#canned-pick option", { hasText: CANNED.title }).getAttribute("value");
  await b.page.locator("#canned-pick").selectOption(option);
  check((await b.page.locator("#reply-text").inputValue()) === CANNED.body, "canned reply not inserted");
  // The network goes down as B sends: a clear error, and the text stays.
  await b.context.setOffline(true);
  await b.page.locator("#reply-send").click();
  await b.page.locator("#alert", { hasText: "cannot be reached" }).waitFor();
  check((await b.page.locator("#reply-text").inputValue()) === CANNED.body, "reply text lost on a network error");
  await b.context.setOffline(false);
  await b.page.locator("#reply-send").click();
  await b.page.locator("#thread li.msg.out", { hasText: CANNED.body }).waitFor();
  await b.page.locator("#thread li.msg.out", { hasText: "waiting in the mailbox" }).waitFor();
});

await step("B adds a private note (sealed)", async () => {
  await b.page.locator("#note-text").fill(NOTE);
  await b.page.locator("#note-add").click();
  await b.page.locator("#thread li.note", { hasText: NOTE }).waitFor();
});

await step("the phone syncs: the reply arrives and the message shows \"replied\"", async () => {
  phoneShowsOneReply(R1, env.CONVERSATION, CANNED.body);
});

await step("B's console shows the reply picked up by the phone", async () => {
  await b.page.locator(".back").click();
  await row(b.page).click();
  await b.page.locator("#thread li.msg.out", { hasText: "picked up by the phone" }).waitFor();
  if (env.SHOTS) await b.page.screenshot({ path: `${env.SHOTS}/conversation.png` });
});

await step("B exports the decrypted thread as a text file (audited)", async () => {
  const [download] = await Promise.all([b.page.waitForEvent("download"), b.page.locator("#export").click()]);
  const text = await (await import("node:fs/promises")).readFile(await download.path(), "utf8");
  check(text.includes(env.MESSAGE) && text.includes(CANNED.body) && text.includes(NOTE), "export lacks the thread");
});

await step("search finds the conversation by words of the decrypted message and of a note, and not by other words", async () => {
  await b.page.locator(".back").click();
  await b.page.locator("#filter-assignee").selectOption("");
  await b.page.locator("#search").fill(env.MESSAGE.split(" ")[1] ?? env.MESSAGE);
  await row(b.page).waitFor();
  await b.page.locator("#search").fill("note 7F3A");
  await row(b.page).waitFor();
  await b.page.locator("#search").fill("zzqx-nothing");
  await b.page.locator("#inbox-list", { hasText: "No conversation matches" }).waitFor();
  await b.page.locator("#search").fill("");
  await row(b.page).waitFor();
});

await step("a second message from the phone shows up in the open inbox without a reload", async () => {
  phone(["message", "send", "--conversation", env.CONVERSATION], "ကျေးဇူးပါ");
  phone(["--relay", R1, "sync", "--wait", "30"]);
  await b.page.locator("#new-messages", { hasText: "new message" }).waitFor();
  await row(b.page).filter({ hasText: "Open" }).waitFor();
  if (env.SHOTS) await b.page.screenshot({ path: `${env.SHOTS}/inbox.png` });
});

await step("an envelope that does not open is reported in the inbox, and nothing else changes", async () => {
  const pub = x25519.getPublicKey(Buffer.from(env.HOTLINE_KEY.trim(), "hex"));
  const keyId = createHash("sha256").update(pub).digest().subarray(0, 8);
  const bogus = Buffer.concat([Buffer.from([2]), randomBytes(16), keyId, randomBytes(32), randomBytes(40)]);
  const res = await fetch(`${R1}/v1/envelopes`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ envelopes: [bogus.toString("base64")] }) });
  check(res.ok, `relay refused: ${res.status}`);
  await b.page.locator("#inbox-unreadable", { hasText: "One message does not open" }).waitFor();
  await row(b.page).waitFor();
});

await step("the operator's language is switchable and remembered (Burmese)", async () => {
  await b.page.locator("#language").selectOption("my");
  await b.page.locator("h1", { hasText: "ဝင်စာပုံး" }).waitFor();
  await b.page.reload();
  await b.page.locator("#signin-submit", { hasText: "ဝင်ရန်" }).waitFor();
  await b.page.locator("#signin-name").fill("Bo");
  await b.page.locator("#signin-pass").fill(PASS.b);
  await b.page.locator("#signin-submit").click();
  await row(b.page).waitFor();
  if (env.SHOTS) await b.page.screenshot({ path: `${env.SHOTS}/inbox-my.png` });
  await b.page.locator("#language").selectOption("en");
  await b.page.locator("h1", { hasText: "Inbox" }).waitFor();
});

await step("the admin removes A; A's open session answers 401 and A cannot sign in again", async () => {
  await admin.page.locator('button[data-view="inbox"]').click();
  await admin.page.locator('button[data-view="operators"]').click();
  const remove = admin.page.locator('tr[data-operator="Ana"] button.remove');
  await remove.click();
  await remove.click();
  await admin.page.locator('tr[data-operator="Ana"]', { hasText: "Removed" }).waitFor();
  const res = await a.context.request.get(`${R1}/v1/console/conversations`);
  check(res.status() === 401, `old session answered ${res.status()}`);
  await a.page.locator("#signin-name").waitFor({ timeout: 15000 });
  await a.page.locator("text=Your session has ended").waitFor();
  await a.page.locator("#signin-name").fill("Ana");
  await a.page.locator("#signin-pass").fill(PASS.a);
  await a.page.locator("#signin-submit").click();
  await a.page.locator("#alert", { hasText: "not right" }).waitFor();
});

await step("B closes the conversation", async () => {
  await row(b.page).click();
  await b.page.locator("#conv-status").selectOption("closed");
  await b.page.locator("#conv-saved", { hasText: "Saved" }).waitFor();
});

await step("retention (closed after 0 days, run now) deletes the closed conversation", async () => {
  await admin.page.locator('button[data-view="retention"]').click();
  await admin.page.locator("#retention-closed").fill("0");
  await admin.page.locator("#retention-save").click();
  await admin.page.locator("#retention-result", { hasText: "Policy saved" }).waitFor();
  await admin.page.locator("#retention-run").click();
  await admin.page.locator("#retention-result", { hasText: "One conversation deleted" }).waitFor();
  await admin.page.locator('button[data-view="inbox"]').click();
  try {
    await admin.page.locator("#inbox-list", { hasText: "No messages yet" }).waitFor();
  } catch (e) {
    const shown = await admin.page.locator("#inbox-list").textContent().catch(() => "(no list)");
    throw new Error(`the inbox still shows: ${JSON.stringify(shown)} (${e.message.split("\n")[0]})`);
  }
});

await step("the phone's next sync is quiet and its conversation is intact", async () => {
  const sync = phone(["--relay", R1, "sync", "--wait", "10"]);
  check(sync.sent === 0 && sync.failed === 0 && sync.network_errors === 0 && sync.replies === 0 && sync.queued === 0, JSON.stringify(sync));
  const show = phone(["message", "show", env.CONVERSATION]);
  check(show.messages.length === 3, `messages ${show.messages.length}`);
  check(show.messages.some((m) => !m.outgoing && m.body === CANNED.body), "reply gone");
  check(show.messages.filter((m) => m.outgoing).every((m) => m.status !== "queued" && m.status !== "needs_attention"), JSON.stringify(show.messages.map((m) => m.status)));
});

await step("the audit trail lists who did what, without content", async () => {
  await admin.page.locator('button[data-view="audit"]').click();
  const audit = admin.page.locator("#audit-list");
  await audit.locator("text=replied").first().waitFor();
  const text = await audit.textContent();
  for (const needed of ["assigned", "removed a colleague", "deleted conversations by retention", "added a note", "exported a conversation"]) check(text.includes(needed), `no "${needed}"`);
  for (const secret of [env.MESSAGE, CANNED.body, NOTE]) check(!text.includes(secret), "content in the audit");
  if (env.SHOTS) await admin.page.screenshot({ path: `${env.SHOTS}/audit.png` });
});

await step("the admin adds a rotated hotline key; B needs access until granted, then holds both", async () => {
  const fresh = Buffer.from(x25519.utils.randomSecretKey()).toString("hex");
  await admin.page.locator('button[data-view="keys"]').click();
  await admin.page.locator("#rotate-key").fill(fresh);
  await admin.page.locator("#rotate-submit").click();
  const keyRows = admin.page.locator("main table tbody tr");
  await admin.page.waitForFunction(() => document.querySelectorAll("main table tbody tr").length === 2);
  check((await keyRows.filter({ hasText: "Has the hotline key" }).count()) === 2, "the admin does not hold both keys");
  await admin.page.locator('button[data-view="operators"]').click();
  await admin.page.locator('tr[data-operator="Bo"]', { hasText: "Needs access" }).waitFor();
  await admin.page.locator('tr[data-operator="Bo"] button.grant').click();
  await admin.page.locator('tr[data-operator="Bo"]', { hasText: "Has the hotline key" }).waitFor();
});

await step("the admin suspends B (B's session ends) and resumes B (B signs in again)", async () => {
  await admin.page.locator('button[data-view="inbox"]').click();
  await admin.page.locator('button[data-view="operators"]').click();
  await admin.page.locator('tr[data-operator="Bo"] button.suspend').click();
  await admin.page.locator('tr[data-operator="Bo"]', { hasText: "Suspended" }).waitFor();
  await b.page.locator("text=Your session has ended").waitFor();
  await b.page.locator("#signin-name").fill("Bo");
  await b.page.locator("#signin-pass").fill(PASS.b);
  await b.page.locator("#signin-submit").click();
  await b.page.locator("#alert", { hasText: "not right" }).waitFor();
  await admin.page.locator('tr[data-operator="Bo"] button.suspend').click();
  await admin.page.locator('tr[data-operator="Bo"]', { hasText: "Active" }).waitFor();
  await b.page.locator("#signin-submit").click();
  // Back where B was: the conversation retention deleted says so.
  await b.page.locator("#signout").waitFor();
  await b.page.locator("main", { hasText: "no longer on the relay" }).waitFor();
});

await step("the page makes no third-party request and breaks no CSP rule", async () => {
  for (const d of [admin, a, b]) {
    check(d.external.length === 0, d.external.join(" "));
    check(d.violations.length === 0, d.violations.join(" "));
  }
});

await browser.close();
finish("flow");
