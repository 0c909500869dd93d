//! The console's strings: `locales/<tag>/console.ftl`, served by the relay
//! at /console/locales/<tag>.ftl, read with @fluent/bundle. Picks the
//! operator's language (remembered in localStorage, else the browser's),
//! falls back to English for a message a bundle lacks, and formats times
//! in the operator's time zone and language with Intl.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
// The languages' own names, from the one list of shipped locales (bundled at build time).
import manifest from "../../locales/manifest.json";

export const LOCALES = ["en", "th", "my", "km", "lo", "vi", "id", "ms", "fil"] as const;
export type Locale = (typeof LOCALES)[number];
const STORAGE_KEY = "waymark.console.locale";

let bundle: FluentBundle | null = null;
let fallback: FluentBundle | null = null;
let current: Locale = "en";

/** The closest shipped locale to a BCP 47 tag (`th-TH` → th, `tl` → fil, `in` → id). */
export function closest(tag: string): Locale | null {
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? "";
  const alias: Record<string, Locale> = { tl: "fil", in: "id" };
  const found = alias[base] ?? (LOCALES as readonly string[]).find((l) => l === base);
  return (found as Locale | undefined) ?? null;
}

export function preferred(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && closest(saved)) return closest(saved) as Locale;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const l = closest(tag);
    if (l) return l;
  }
  return "en";
}

async function load(tag: Locale): Promise<FluentBundle> {
  const res = await fetch(`/console/locales/${tag}.ftl`, { cache: "no-store" });
  if (!res.ok) throw new Error(`locale ${tag}: ${res.status}`);
  const b = new FluentBundle(tag, { useIsolating: false });
  b.addResource(new FluentResource(await res.text()));
  return b;
}

export async function useLocale(tag: Locale, remember: boolean): Promise<void> {
  if (!fallback) fallback = await load("en");
  bundle = tag === "en" ? fallback : await load(tag);
  current = tag;
  document.documentElement.lang = tag;
  if (remember) localStorage.setItem(STORAGE_KEY, tag);
}

export function locale(): Locale {
  return current;
}

export function t(id: string, args?: Record<string, FluentVariable>): string {
  for (const b of [bundle, fallback]) {
    const m = b?.getMessage(id);
    if (b && m?.value) return b.formatPattern(m.value, args ?? null);
  }
  return id;
}

/** Unix seconds in the operator's time zone and language. */
export function time(unix: number): string {
  return new Intl.DateTimeFormat(current === "fil" ? "fil-PH" : current, { dateStyle: "medium", timeStyle: "short" }).format(new Date(unix * 1000));
}

/** A shipped language's name in that language ("မြန်မာ"), from locales/manifest.json. */
export function nativeName(tag: string): string {
  return manifest.locales.find((l) => l.tag === tag)?.name ?? tag;
}

/**
 * A language's name in the operator's language, with its tag: "Burmese (my)";
 * where the browser has no names in the operator's language, the language's
 * own name ("မြန်မာ (my)").
 */
export function languageName(tag: string): string {
  let name = tag;
  try {
    if (Intl.DisplayNames.supportedLocalesOf([current]).length > 0) {
      name = new Intl.DisplayNames([current], { type: "language" }).of(tag) ?? tag;
    } else {
      name = nativeName(closest(tag) ?? tag);
    }
  } catch {
    // an unusual tag: show it as it came
  }
  return name === tag ? tag : `${name} (${tag})`;
}
