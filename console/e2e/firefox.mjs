// A caseworker's path through the console in headless Firefox (Debian's
// firefox-esr, driven over WebDriver BiDi by puppeteer-core) at 1280×720,
// run by tests/console-e2e.sh on its own fresh relay: accept the
// command-line invitation (Argon2id and the key pair in Firefox), import
// the hotline key, sign out and in again, read the phone's Burmese message
// decrypted with its language (HPKE in Firefox), reply, and see the phone
// show the reply and "replied". No page error, no console error, no CSP
// violation. Every wait is on page state (polled), never a fixed sleep.
// Prints "ok   …" / "FAIL …" per step; the shell script counts them.
//
// Environment: RELAY (base URL), WAYMARK (phone CLI), PHONE_DIR,
// WAYMARK_PIN, CONVERSATION (the phone's conversation id), MESSAGE (the
// Burmese text the phone sent), INVITE (the admin's invitation token),
// HOTLINE_KEY (hex), SHOTS (folder for PNGs or empty), FIREFOX.

import puppeteer from "puppeteer-core";
import { step, check, phoneShowsOneReply, finish } from "./steps.mjs";

const env = process.env;
const BASE = env.RELAY;
const PASS = "firefox admin passphrase";
const REPLY = "ကျွန်ုပ်တို့ သင့်စာကို ဖတ်ပြီးပါပြီ။ Firefox reply";
const TIMEOUT = 20000;
const WIDTH = 1280;
const HEIGHT = 720;

const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: env.FIREFOX || "/usr/bin/firefox-esr",
  headless: true,
  defaultViewport: { width: WIDTH, height: HEIGHT },
});
const page = await browser.newPage();
page.setDefaultTimeout(TIMEOUT);

// Everything the page reports that a person would count as broken. Firefox
// reports a CSP violation as a page error ("Content-Security-Policy: The
// page’s settings blocked …").
const problems = [];
page.on("pageerror", (e) => problems.push(`page error: ${e.message ?? e}`));
page.on("console", (m) => {
  if (m.type() === "error" || /Content.Security.Policy|CSP/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
});

/** Waits until an element matching `selector` contains `text`. */
function waitText(selector, text) {
  return page.waitForFunction((s, t) => [...document.querySelectorAll(s)].some((e) => e.textContent.includes(t)), {}, selector, text);
}
async function fill(selector, value) {
  await page.locator(selector).fill(value);
}
/** The page fits the 1280×720 window: no sideways scrolling, and the
 * header (title, every page of the navigation, language, sign-out) in one
 * row whether or not the page has a vertical scroll bar. */
async function fitsWindow() {
  const { width, rows } = await page.evaluate(() => {
    const shown = [...document.querySelectorAll(".bar > *, .bar nav > *")].filter((e) => e.getClientRects().length > 0);
    const middles = shown.map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2));
    return { width: document.documentElement.scrollWidth, rows: new Set(middles).size };
  });
  check(width <= WIDTH, `the page is ${width} px wide`);
  check(rows === 1, `the header takes ${rows} rows`);
}
const rowSelector = "tr[data-conversation]";
const messageStart = env.MESSAGE.slice(0, 12);
// The conversation's handle, read from its row once the message shows.
let handle = null;

await step("the admin accepts the command-line invitation (Argon2id and key pair made in Firefox)", async () => {
  await page.goto(`${BASE}/console/#invite=${env.INVITE}`);
  await fill("#invite-name", "admin");
  await fill("#invite-pass", PASS);
  await fill("#invite-pass2", PASS);
  await page.locator("#invite-submit").click();
  await page.waitForSelector("#import-key");
});

await step("the admin imports the hotline key and sees the Burmese message decrypted, language my", async () => {
  await fill("#import-key", env.HOTLINE_KEY);
  await page.locator("#import-submit").click();
  await waitText(rowSelector, messageStart);
  handle = await page.$eval(rowSelector, (e) => e.dataset.conversation);
  const text = await page.$eval(rowSelector, (e) => e.textContent);
  check(text.includes("(my)"), `no language in row: ${text}`);
  check(text.includes("New"), `no status: ${text}`);
  await fitsWindow();
});

await step("a wrong passphrase is refused after signing out, the right one signs in", async () => {
  await page.locator("#signout").click();
  await page.waitForSelector("#signin-name");
  await fill("#signin-name", "admin");
  await fill("#signin-pass", `${PASS}x`);
  await page.locator("#signin-submit").click();
  await waitText("#alert", "not right");
  await fill("#signin-pass", PASS);
  await page.locator("#signin-submit").click();
  await waitText(rowSelector, messageStart);
  if (env.SHOTS) await page.screenshot({ path: `${env.SHOTS}/firefox-inbox.png` });
});

await step("the conversation shows the message and its language; the reply is sealed and sent", async () => {
  await page.locator(rowSelector).click();
  await waitText("#thread li.msg.in", env.MESSAGE);
  check((await page.$eval("#conv-language", (e) => e.textContent)).includes("(my)"), "no language in the conversation");
  await fill("#reply-text", REPLY);
  await page.locator("#reply-send").click();
  await waitText("#thread li.msg.out", REPLY);
  await waitText("#thread li.msg.out", "waiting in the mailbox");
  check((await page.$eval("#reply-text", (e) => e.value)) === "", "the sent reply is still in the field");
  await fitsWindow();
});

await step("the phone syncs, shows the reply and \"replied\"", async () => {
  phoneShowsOneReply(BASE, env.CONVERSATION, REPLY);
});

await step("the console shows the reply picked up by the phone", async () => {
  await page.locator(".back").click();
  await page.locator(`tr[data-conversation="${handle}"]`).click();
  await waitText("#thread li.msg.out", "picked up by the phone");
  if (env.SHOTS) await page.screenshot({ path: `${env.SHOTS}/firefox-conversation.png` });
});

await step("no page error, console error or CSP violation in the whole path", async () => {
  check(problems.length === 0, problems.join(" | "));
});

const isImgViolation = (p) => /Content.Security.Policy.*img-src/.test(p);
await step("the check sees a CSP violation when one happens", async () => {
  // An image from another origin breaks img-src 'self' (blocked, never fetched).
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "https://example.invalid/pixel.png";
    document.body.append(img);
  });
  // The error reaches us through the protocol's log: poll a frame at a time.
  const deadline = Date.now() + TIMEOUT;
  while (!problems.some(isImgViolation) && Date.now() < deadline) await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  check(problems.some(isImgViolation), `not seen: ${problems.join(" | ")}`);
});

await browser.close();
finish("firefox");
