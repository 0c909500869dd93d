// What the console's browser scripts (flow.mjs in Chromium, firefox.mjs in
// Firefox) share: steps printed as "ok   …" / "FAIL …" for
// tests/console-e2e.sh to count, checks, and the phone CLI.
//
// Environment: WAYMARK (phone CLI), PHONE_DIR, WAYMARK_PIN.

import { execFileSync } from "node:child_process";

let passed = 0;
let failed = 0;

/** Runs one step; a thrown error is its failure, the run goes on. */
export async function step(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${String(e?.message ?? e).split("\n").slice(0, 4).join(" | ")}`);
  }
}

export function check(cond, what) {
  if (!cond) throw new Error(what);
}

/** The phone CLI with `--json`; its parsed answer. */
export function phone(args, input) {
  const env = process.env;
  const out = execFileSync(env.WAYMARK, ["--data-dir", env.PHONE_DIR, "--json", ...args], {
    input,
    env: { ...env, WAYMARK_PIN: env.WAYMARK_PIN },
  });
  return JSON.parse(out.toString());
}

/** The phone syncs with `relay`: one reply arrives, the conversation shows
 * it as its one incoming message and its one outgoing message "replied". */
export function phoneShowsOneReply(relay, conversation, reply) {
  const sync = phone(["--relay", relay, "sync", "--wait", "30"]);
  check(sync.replies === 1, `replies ${sync.replies}`);
  const show = phone(["message", "show", conversation]);
  const incoming = show.messages.filter((m) => !m.outgoing);
  const outgoing = show.messages.filter((m) => m.outgoing);
  check(incoming.length === 1 && incoming[0].body === reply, `reply not shown: ${JSON.stringify(incoming)}`);
  check(outgoing.length === 1 && outgoing[0].status === "replied", `status ${outgoing[0]?.status}`);
}

/** Prints the tally and exits, non-zero after a failed step. */
export function finish(label) {
  console.log(`${label}: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
