#!/usr/bin/env python3
"""Build Waymark's offline hotline directory from the shared facts file.

Usage (from anywhere):

    python3 content/tools/import_hotlines.py [path/to/hotlines.json]

The default input is ``../shared/facts/hotlines.json`` relative to the
repository root. The script writes

    content/directory.json           the entries the app ships
    content/directory-excluded.md    every record NOT shipped, and why

A wrong digit sends a person in danger to nobody, so nothing is decided
implicitly: every source record must have a row in ``DECISIONS`` below
(keyed by a stable id derived from the record), each shipped number is
spelled out by hand and checked against the source text, and the script
refuses to run if the input holds a record the table does not know.

Rules applied (see /work/shared/facts/README.md and section 1.2 of
migration-facts.md):
  * only records with ``verified`` exactly ``true`` are shipped;
  * records whose notes or the discrepancy list say the number must be
    re-verified, is disputed, unconfirmed, stale or obsolete are excluded;
  * where sources conflict about hours the hours are withheld (null);
  * an emergency line names the one service the record says it offers
    (SERVICES), which becomes its label;
  * source dates are structured ({year, month?, day?, approximate?} or
    null); a date the script cannot read is decided by hand in DECISIONS.

The output is deterministic: same input -> byte-identical output.
"""

from __future__ import annotations

import json

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_INPUT = REPO / ".." / "shared" / "facts" / "hotlines.json"
OUT_JSON = REPO / "content" / "directory.json"
OUT_MD = REPO / "content" / "directory-excluded.md"

ALLOWED_LANGUAGES = (
    "en th my km lo vi id ms fil zh yue ja ko hi ne ur bn ta pa ml ru uz mn "
    "ar am es pt hmn"
).split()
LANGUAGE_MAP = {"tl": "fil"}
ALLOWED_PURPOSES = [
    "trafficking", "labour", "migrants", "children", "women", "emergency",
    "social", "abroad",
]
ALLOWED_KINDS = ["voice", "sms", "whatsapp"]

# What an `emergency` line actually answers, shown as its label
# ("Emergency: fire"). Every shipped emergency row names one, and the facts
# record's name and purpose must say so: each service lists words of which
# every group must occur (any word of a group) in "name + purpose".
SERVICES = {
    "police": [["police"]],
    "tourist-police": [["tourist police"]],
    "fire": [["fire"]],
    "disaster": [["disaster"]],
    "all": [["police"], ["fire"], ["ambulance", "medical"]],
    # The source says only "Emergency": no service is claimed.
    "unspecified": [["emergency"]],
}
COUNTRY_ORDER = "TH MM KH LA VN MY SG ID PH BN TW HK KR JP AE SA".split()

# How broadly useful an entry is for a trafficking victim, by its FIRST
# purpose: trafficking lines, then migrant/labour (and citizens-abroad)
# lines, then children/women lines, then general social lines, then
# emergency services. Ties keep the order of the source file.
PURPOSE_TIER = {
    "trafficking": 0,
    "migrants": 1, "labour": 1, "abroad": 1,
    "children": 2, "women": 2,
    "social": 3,
    "emergency": 4,
}

DIAL_RE = re.compile(r"^\+?[0-9]{3,15}$")
ID_RE = re.compile(r"^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
HOURS_24_RE = re.compile(r"24\s*hours|24/7|round-the-clock|round the clock", re.I)


def record_key(rec: dict) -> str:
    """Stable id of a source record: COUNTRY:digits-of-first-number."""
    nums = rec.get("numbers") or []
    if nums:
        digits = re.sub(r"[^0-9]", "", nums[0])
        return f"{rec['country']}:{digits}"
    slug = re.sub(r"[^a-z0-9]+", "-", rec["name"].lower()).strip("-")
    return f"{rec['country']}:nonum:{slug}"


def N(src: int, display: str, kind: str = "voice") -> dict:
    """Ship the source's numbers[src] as `display` (dial = its digits)."""
    return {"src": src, "display": display, "kind": kind}


def OMIT(src: int, reason: str) -> dict:
    """Leave the source's numbers[src] out of a shipped entry."""
    return {"src": src, "omit": reason}


def D(year: int, month: int | None = None, day: int | None = None, approximate: bool = False) -> dict:
    """A structured date: the app renders it in the reader's language."""
    out: dict = {"year": year}
    if month is not None:
        out["month"] = month
    if day is not None:
        out["day"] = day
    if approximate:
        out["approximate"] = True
    return out


UNDATED = None


def H(frm: str, to: str, number: str | None = None) -> dict:
    """Hours every day from `frm` to `to` ("00:00"-"24:00" = round the
    clock), for the entry or, with `number`, for that number only. The app
    writes them in the reader's language."""
    out: dict = {"from": frm, "to": to}
    if number is not None:
        out["number"] = number
    return out


def L(name: str, source: str) -> dict:
    """An entry's name in one language: `name` as people there write it,
    where the record gives it as `source` (verbatim in its name, channels
    or notes; `name` may be that text in its own script)."""
    return {"name": name, "source": source}


# ---------------------------------------------------------------------------
# The decision table: one row per source record.
#
# Shipped rows:  id, purposes, numbers, hours_24, hours  (all explicit), and
#   service     (required with purpose "emergency": a key of SERVICES)
#   optionally  name        (source name minus a trailing parenthetical note)
#               source_date (a structured date where the source's text is a
#                           note, not a plain date; with source_date_why)
#               toll_free   (override of the source value, with toll_free_why)
#               more_languages (override to True, with more_languages_why)
#               hours_why   (why hours are withheld / shortened)
#               local_names (the name in a language, {tag: L(name, source)},
#                           only where the record gives it)
#               why         (anything a reviewer should know)
# Excluded rows: exclude = one-line reason (shown in directory-excluded.md).
# ---------------------------------------------------------------------------
DECISIONS: dict[str, dict] = {
    # ----------------------------------------------------------------- TH
    "TH:1300": dict(
        id="th-1300", purposes=["trafficking", "social"],
        numbers=[N(0, "1300")], hours_24=True, hours=None,
        local_names={"th": L("ศูนย์ประชาบดี 1300", "Prachabodi")},
        why="Languages other than Thai and cost of calling not confirmed (notes); number itself not disputed.",
    ),
    "TH:66991301300": dict(
        exclude="Single undated stored source; the record's notes say 're-verify before shipping'.",
    ),
    "TH:1387": dict(
        id="th-1387", purposes=["children"],
        numbers=[N(0, "1387")], hours_24=True, hours=None,
        local_names={"th": L("สายเด็ก 1387", "Saidek 1387")},
    ),
    "TH:1694": dict(
        id="th-1694", purposes=["migrants", "labour"],
        numbers=[N(0, "1694")], hours_24=False, hours=None,
        source_date=D(2017), source_date_why="'2017-07/08': July or August 2017; only the year is certain.",
        hours_why="Sources conflict (2014 pilot 06:00-09:00/16:00-20:00 vs 2017 Mon-Fri 08:30-16:30); discrepancy list 1.2 #10.",
        why="Lao-language service not confirmed; not listed.",
    ),
    "TH:1506": dict(
        id="th-1506", purposes=["labour", "migrants"],
        numbers=[N(0, "1506")], hours_24=False, hours=None,
        source_date=D(2023, 6, 17), source_date_why="'data updated 2023-06-17'.",
    ),
    "TH:1546": dict(
        id="th-1546", purposes=["labour", "migrants"],
        numbers=[N(0, "1546")], hours_24=False, hours=None,
        why="Single 2017 source; department not named in source.",
    ),
    "TH:1155": dict(
        id="th-1155", purposes=["emergency"], service="tourist-police",
        numbers=[N(0, "1155")], hours_24=True, hours=None,
        more_languages=True,
        more_languages_why="Notes: another source says 8 languages, others add Arabic/Hindi.",
    ),
    "TH:191": dict(
        id="th-191", purposes=["emergency"], service="police",
        numbers=[N(0, "191")], hours_24=True, hours=None,
        why="Thai only: source says 191 has no foreign-language service (use 1155).",
    ),
    "TH:1111": dict(
        id="th-1111", purposes=["social"],
        numbers=[N(0, "1111")], hours_24=True, hours=None,
        why="Language list dates from 2015 and may be outdated (notes).",
    ),
    # ----------------------------------------------------------------- MM
    "MM:199": dict(
        exclude="verified=false: police 199 is UNVERIFIED and conflicts with 999 in another dataset (1.2 #3).",
    ),
    "MM:191": dict(
        id="mm-191", purposes=["emergency"], service="fire",
        numbers=[N(0, "191")], hours_24=False, hours=None,
        hours_why="Source text '24/7 monitoring (Yangon)' describes CCTV monitoring in one region, not the line's hours.",
        why="Only Myanmar number confirmed by a stored page (GNLM, 1.2 #3).",
    ),
    "MM:nonum:anti-trafficking-police-hotline": dict(
        exclude="verified=false: no number found in any stored source.",
    ),
    # ----------------------------------------------------------------- KH
    "KH:117": dict(
        id="kh-117", purposes=["trafficking", "emergency"], service="police",
        numbers=[N(0, "117")], hours_24=False, hours=None,
        hours_why="Source only says '24h implied'; not stated clearly.",
    ),
    "KH:1280": dict(
        id="kh-1280", purposes=["children"],
        numbers=[N(0, "1280")], hours_24=True, hours=None,
        source_date=UNDATED, source_date_why="The page is undated; 2013-03-02 is when the 24h service began, not the source's date.",
        why="Source lists an SMS channel but does not say which number takes SMS; shipped as voice only.",
    ),
    "KH:081373839": dict(
        id="kh-kampong-cham", purposes=["trafficking"],
        numbers=[N(0, "081 37 38 39"), N(1, "011 714 668")],
        hours_24=False, hours=None,
        why="Provincial (Kampong Cham) line, single source c. 2021.",
    ),
    "KH:0312012345": dict(
        id="kh-kidnapping", purposes=["children"],
        numbers=[N(0, "031-201-2345"), N(1, "031-601-2345")],
        hours_24=False, hours=None,
        why="Single undated source (c. 2017).",
    ),
    "KH:023997919": dict(
        exclude="Numbers come from an old (pre-2015) Rough Guide; notes say 'likely STALE; re-verify' (1.2 #15).",
    ),
    "KH:1288": dict(
        exclude="verified=false: '1288' not found in any stored source (1.2 #6).",
    ),
    "KH:85523997967": dict(
        exclude="verified=false: GitHub dataset only.",
    ),
    # ----------------------------------------------------------------- LA
    "LA:1554": dict(
        id="la-1554", purposes=["children"],
        numbers=[N(0, "1554")], hours_24=True, hours=None,
    ),
    "LA:1362": dict(
        exclude="verified=false: number 1362 unconfirmed (the centre exists, but no stored page gives its number).",
    ),
    "LA:1191": dict(
        id="la-1191", purposes=["emergency", "social"], service="police",
        numbers=[N(0, "1191")], hours_24=False, hours=None,
        why="Xinhua 2016; may be Vientiane-only (notes).",
    ),
    "LA:191": dict(
        exclude="verified=false: police 191 appears in datasets only.",
    ),
    # ----------------------------------------------------------------- VN
    "VN:111": dict(
        id="vn-111", purposes=["trafficking", "children"],
        name="National hotline 111",
        numbers=[N(0, "111")], hours_24=True, hours=None,
        local_names={"vi": L("Tổng đài 111", "Tong dai 111")},
        source_date=D(2025, 9, 19, approximate=True), source_date_why="'19 Sept', year not shown in the stored excerpt (inferred 2025).",
    ),
    "VN:18001567": dict(
        exclude="Obsolete: legacy line superseded by 111 (notes 'LEGACY ... use 111'; 1.2 #11).",
    ),
    "VN:113": dict(
        id="vn-113", purposes=["emergency"], service="police",
        numbers=[N(0, "113")], hours_24=False, hours=None,
    ),
    "VN:112": dict(
        id="vn-112", purposes=["emergency"], service="disaster",
        numbers=[N(0, "112")], hours_24=True, hours=None,
        source_date=D(2025, 9, 15), source_date_why="Decision 2023/QD-TTg signed 15 September 2025.",
        why="Meaning of 112 changed (now national incident/disaster line, 1.2 #11); shipped with the current meaning. SMS channel listed but shipped as voice only.",
    ),
    # ----------------------------------------------------------------- MY
    "MY:15999": dict(
        id="my-15999", purposes=["women", "children", "social"],
        numbers=[N(0, "15999"), N(1, "+60 19-261 5999", "whatsapp")],
        hours_24=True, hours=None,
        why="Language list comes from a 2015 article about the predecessor service (notes say re-verify languages). WhatsApp 019-2615999 is in the shipped source (malaymail 2020-01-30).",
    ),
    "MY:0380008000": dict(
        id="my-mapo", purposes=["trafficking", "migrants"],
        numbers=[N(0, "03-8000 8000")],
        hours_24=False, hours=H("07:30", "21:00"),
        hours_why="Recorded messages after hours.",
    ),
    "MY:999": dict(
        id="my-999", purposes=["emergency"], service="unspecified",
        numbers=[N(0, "999"), N(1, "112")],
        hours_24=True, hours=None,
        why="Source writes '112 (mobile)'; the qualifier is commentary and is not in `display`.",
    ),
    "MY:60330008858": dict(
        exclude="verified=false: GitHub dataset only.",
    ),
    # ----------------------------------------------------------------- SG
    "SG:64350000": dict(
        id="sg-spf-trafficking", purposes=["trafficking"],
        numbers=[N(0, "6435 0000")], hours_24=False, hours=None,
        why="Distinct from the police hotline 1800-255-0000; not merged (1.2 #8).",
    ),
    "SG:64385122": dict(
        id="sg-mom", purposes=["trafficking", "labour"],
        name="MOM hotline",
        numbers=[N(0, "6438 5122")], hours_24=False, hours=None,
    ),
    "SG:18003395505": dict(
        id="sg-mom-mdw", purposes=["migrants", "labour"],
        numbers=[N(0, "1800 339 5505"), N(1, "+65 6339 5505")],
        hours_24=False, hours=None,
        toll_free=False,
        toll_free_why="MOM says airtime charges apply for mobile calls to 1800 lines (notes; 1.2 #8).",
    ),
    "SG:6565362692": dict(
        id="sg-mwc", purposes=["migrants", "labour"],
        numbers=[N(0, "+65 6536 2692")], hours_24=True, hours=None,
        more_languages=True,
        more_languages_why="Notes: 13 languages incl. Hokkien, Teochew, Cantonese (list has 8).",
        why="WhatsApp channel only on an older page version (Mon-Fri); not shipped as a WhatsApp number.",
    ),
    "SG:18002255233": dict(
        id="sg-cde", purposes=["migrants", "labour"],
        numbers=[N(0, "1800 2255 233")], hours_24=True, hours=None,
    ),
    "SG:31295000": dict(
        exclude="Number in dispute: two versions of the same MOM advisory give 3129 5000 and +65 3138 4460 (1.2 #7).",
    ),
    "SG:999": dict(
        id="sg-999", purposes=["emergency"], service="police",
        numbers=[N(0, "999"), N(1, "1800-255-0000")],
        hours_24=False, hours=H("00:00", "24:00", number="999"),
        hours_why="Source gives 24/7 for 999 only; hours of 1800-255-0000 not stated.",
    ),
    "SG:18007770000": dict(
        exclude="verified=false: GitHub dataset only.",
    ),
    # ----------------------------------------------------------------- ID
    "ID:129": dict(
        id="id-129", purposes=["women", "children", "trafficking"],
        numbers=[N(0, "129"), N(1, "+62 811-1129-129", "whatsapp")],
        hours_24=False, hours=None,
        hours_why="Source only quotes 'anywhere and at any time'; not a clear 24h statement.",
        why="WhatsApp number is not in the shipped source_url (notes: Jakarta gov item + aidlines); several other stored pages (kontan 2025, tribunjateng 2023, halojabar citing setkab.go.id) give the same 08111-129-129.",
    ),
    "ID:08001000": dict(
        id="id-p2mi", purposes=["migrants", "labour", "trafficking"],
        numbers=[N(0, "0800-1000"), N(1, "+62 21 2924 4800")],
        hours_24=True, hours=None,
        toll_free=None,
        toll_free_why="0800-1000 is free but the source says the from-abroad number is not; one flag cannot say both.",
    ),
    "ID:1500630": dict(
        id="id-kemnaker", purposes=["labour"],
        numbers=[N(0, "1500630")], hours_24=False, hours=None,
        why="Single blog source.",
    ),
    "ID:110": dict(
        id="id-110", purposes=["emergency"], service="police",
        numbers=[N(0, "110")], hours_24=True, hours=None,
        why="110 preferred over 112 (partial coverage, 1.2 #12).",
    ),
    # ----------------------------------------------------------------- PH
    "PH:1343": dict(
        id="ph-1343", purposes=["trafficking"],
        numbers=[N(0, "1343"), N(1, "(02) 1343")],
        hours_24=True, hours=None,
        source_date=D(2014, approximate=True), source_date_why="The site is undated; the article it carries is from 2014.",
        why="'(02) 1343 from provinces' kept in national form; SMS pricing (2013) not shipped.",
    ),
    "PH:1348": dict(
        id="ph-1348", purposes=["migrants", "abroad"],
        numbers=[N(0, "1348"), N(1, "+63 2 1348")],
        hours_24=True, hours=None,
    ),
    "PH:0287221144": dict(
        id="ph-dmw", purposes=["migrants", "abroad"],
        numbers=[N(0, "(02) 8722-1144"), N(1, "(02) 8722-1155")],
        hours_24=False, hours=None,
    ),
    "PH:0288344996": dict(
        id="ph-oumwa", purposes=["abroad", "migrants"],
        numbers=[N(0, "(02) 8834-4996")], hours_24=False, hours=None,
    ),
    "PH:163": dict(
        id="ph-163", purposes=["children"],
        numbers=[N(0, "163"), OMIT(1, "'#163 (Globe/TM mobile)' is a # code that cannot be dialled from a tel: URI on all phones")],
        hours_24=True, hours=None,
        toll_free=None,
        toll_free_why="Free only for Globe/TM subscribers (the #163 route) per notes; other networks not confirmed.",
    ),
    "PH:1383": dict(
        id="ph-1383", purposes=["children", "trafficking"],
        numbers=[N(0, "1383"), N(1, "0915-802-2375"), N(2, "0960-377-9863")],
        hours_24=False, hours=None,
        why="Mobile numbers come from dwiz882am.com (c. 2022), not from the shipped source_url; network labels (Globe/Smart) dropped from display.",
    ),
    "PH:911": dict(
        id="ph-911", purposes=["emergency"], service="all",
        numbers=[N(0, "911")], hours_24=True, hours=None,
        why="117 is obsolete (1.2 #5) and is not shipped anywhere.",
    ),
    "PH:639197777377": dict(
        exclude="verified=false: GitHub dataset only.",
    ),
    # ----------------------------------------------------------------- BN
    "BN:141": dict(
        id="bn-141", purposes=["social", "women"],
        numbers=[N(0, "141")], hours_24=True, hours=None,
        why="The name 'Talian Harapan 141' is not used (not found in sources).",
    ),
    "BN:121": dict(
        id="bn-121", purposes=["children"],
        numbers=[N(0, "121")], hours_24=False, hours=None,
        local_names={"ms": L("Talian ANAK 121", "Talian ANAK 121")},
    ),
    "BN:993": dict(
        id="bn-993", purposes=["emergency", "trafficking"], service="police",
        numbers=[N(0, "993")], hours_24=False, hours=None,
        why="Ambulance 991 is only in notes; not shipped.",
    ),
    "BN:145": dict(
        id="bn-145", purposes=["social"],
        numbers=[N(0, "145")], hours_24=False, hours=H("08:00", "23:00"),
    ),
    # ----------------------------------------------------------------- TL
    "TL:112": dict(
        exclude="verified=false: GitHub dataset only.",
    ),
    # ----------------------------------------------------------------- US
    "US:18883737888": dict(
        exclude="Operator changed in Sept 2025 (Polaris -> Compass Connections); no source confirms the number/text code since; re-verify (1.2 #1). Includes text 233733 and relay 711.",
    ),
    # ----------------------------------------------------------------- TW
    "TW:1955": dict(
        id="tw-1955", purposes=["migrants", "labour", "trafficking"],
        numbers=[N(0, "1955")], hours_24=True, hours=None,
        why="Filipino is listed by the official WDA source but missing in some others (1.2 #14); kept as in the source.",
    ),
    # ----------------------------------------------------------------- HK
    "HK:21579537": dict(
        id="hk-fdh", purposes=["migrants", "labour"],
        numbers=[N(0, "2157 9537")], hours_24=True, hours=None,
        why="Line is 24h but interpretation only 08:00-22:00 (excl. public holidays); the schema cannot say this.",
    ),
    # ----------------------------------------------------------------- KR
    "KR:1345": dict(
        id="kr-1345", purposes=["migrants"],
        numbers=[N(0, "1345"), N(1, "+82-1345")],
        hours_24=False, hours=None,
        hours_why="Sources conflict (weekdays 09:00-22:00 vs temporarily 24h from 2020); notes say re-verify current hours.",
    ),
    "KR:15770071": dict(
        id="kr-hug", purposes=["migrants", "labour"],
        numbers=[N(0, "1577-0071")], hours_24=False, hours=None,
        hours_why="Source says only 'year-round'; no schedule.",
    ),
    "KR:15771366": dict(
        exclude="Number in dispute: 1577-1366 vs 1577-1336 vs 1577-5432 across sources; notes say re-verify (1.2 #2).",
    ),
    # ----------------------------------------------------------------- JP
    "JP:0120811610": dict(
        exclude="Per-language numbers come from a secondary undated site; notes say re-verify the numbers on the MHLW page.",
    ),
    "JP:0120022332": dict(
        exclude="Pre-2017 flyer; notes say likely STALE (OTIT now runs the service) (1.2 #15).",
    ),
    # ----------------------------------------------------------------- AE
    "AE:80060": dict(
        id="ae-80060", purposes=["labour", "migrants"],
        numbers=[N(0, "80060")], hours_24=False, hours=None,
        hours_why="Sources conflict: 24/7 vs 08:00-20:00 Sat-Thu vs Mon-Sat 8-8 (1.2 #9).",
    ),
    # ----------------------------------------------------------------- SA
    "SA:19911": dict(
        id="sa-19911", purposes=["labour", "migrants"],
        numbers=[N(0, "19911")], hours_24=False, hours=None,
        hours_why="Only hours on record are from 2014 and flagged as stale (1.2 #15).",
        why="Language list is from 2014 and may be outdated.",
    ),
    # ----------------------------------------------------------------- QA
    "QA:919": dict(
        exclude="verified=false: GitHub dataset only.",
    ),
}

# Keys the shipped-row dicts may carry.
SHIP_KEYS = {
    "id", "purposes", "numbers", "hours_24", "hours", "name", "toll_free",
    "toll_free_why", "more_languages", "more_languages_why", "hours_why", "why",
    "service", "source_date", "source_date_why", "local_names",
}


class ImportError_(Exception):
    pass


def fail(msg: str) -> None:
    raise ImportError_(msg)


def digits_of(s: str) -> str:
    return re.sub(r"[^0-9]", "", s)


def dial_of(display: str) -> str:
    """Digits of `display`, keeping one leading '+'. Never adds a digit."""
    d = display.strip()
    return ("+" if d.startswith("+") else "") + digits_of(d)



PLAIN_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?: \([^()]*\))?$")
CIRCA_RE = re.compile(r"^(?:undated \()?c\. (\d{4})\b[^()]*(?: \([^()]*\))?\)?$")


# When the facts were last checked against their sources; shown with every entry.
CHECKED = D(2026, 11)


def parse_source_date(key: str, text: str, dec: dict):
    """The structured form of a record's `source_date` text.

    Plain dates (`2021-05-10`, `2023-09`, `2017`, optionally followed by a
    parenthetical note), `c. 2021 ...` / `undated (c. 2017)` (approximate
    year) and `undated` are read as they are; any other text is a research
    note that a person must turn into a date by hand: the DECISIONS row
    then carries `source_date` (D(...) or UNDATED) and `source_date_why`.
    """
    if "source_date" in dec:
        if not dec.get("source_date_why"):
            fail(f"{key}: source_date override needs source_date_why")
        return dec["source_date"]
    m = PLAIN_DATE_RE.match(text)
    if m:
        y, mo, d = m.groups()
        return D(int(y), int(mo) if mo else None, int(d) if d else None)
    m = CIRCA_RE.match(text)
    if m:
        return D(int(m.group(1)), approximate=True)
    if text == "undated":
        return UNDATED
    fail(f"{key}: source_date {text!r} is not a plain date; add source_date=D(...) or UNDATED with source_date_why")


def check_date(eid: str, d) -> None:
    if d is None:
        return
    assert set(d) <= {"year", "month", "day", "approximate"}, eid
    assert isinstance(d["year"], int) and 1990 <= d["year"] <= 2100, eid
    if "month" in d:
        assert isinstance(d["month"], int) and 1 <= d["month"] <= 12, eid
    if "day" in d:
        assert "month" in d and isinstance(d["day"], int) and 1 <= d["day"] <= 31, eid
    if "approximate" in d:
        assert d["approximate"] is True, eid


def service_supported(service: str, rec: dict) -> bool:
    text = f"{rec['name']} {rec['purpose']}".lower()
    return all(any(w in text for w in group) for group in SERVICES[service])


def map_languages(key: str, raw: list[str]) -> tuple[list[str], bool]:
    langs: list[str] = []
    more = False
    for tok in raw:
        t = tok.strip()
        code = LANGUAGE_MAP.get(t.lower(), t.lower())
        if re.fullmatch(r"[a-z]{2,3}", t):
            if code not in ALLOWED_LANGUAGES:
                fail(f"{key}: language code {t!r} is not in the allowed list; decide in DECISIONS")
            if code not in langs:
                langs.append(code)
        else:
            more = True  # free text such as "16 languages", "+ ~17 more"
    return langs, more


def build(records: list[dict]):
    keys = [record_key(r) for r in records]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        fail(f"record keys not unique: {dup}")
    unknown = [k for k in keys if k not in DECISIONS]
    if unknown:
        fail(f"records without a decision (add them to DECISIONS): {unknown}")
    stale = sorted(set(DECISIONS) - set(keys))
    if stale:
        fail(f"decisions for records no longer in the input: {stale}")

    shipped: list[tuple[tuple, dict]] = []
    excluded: list[tuple[tuple, dict, str]] = []
    omissions: list[tuple[tuple, str, str, str]] = []
    withheld: list[tuple[tuple, str, str]] = []

    for idx, (rec, key) in enumerate(zip(records, keys)):
        dec = DECISIONS[key]
        c = rec["country"]
        corder = (COUNTRY_ORDER.index(c), "") if c in COUNTRY_ORDER else (len(COUNTRY_ORDER), c)

        if "exclude" in dec:
            if set(dec) != {"exclude"}:
                fail(f"{key}: excluded row carries other keys")
            excluded.append(((corder, idx), rec, dec["exclude"]))
            continue

        # Rule 1: never ship an unverified record, whatever the table says.
        if rec.get("verified") is not True:
            fail(f"{key}: verified is not true but the table ships it")
        extra = set(dec) - SHIP_KEYS
        if extra:
            fail(f"{key}: unknown keys {sorted(extra)}")

        # Numbers: every source number is either shipped or omitted with a reason.
        src_nums = rec["numbers"]
        seen_src = sorted(n["src"] for n in dec["numbers"])
        if seen_src != list(range(len(src_nums))):
            fail(f"{key}: numbers table must account for each source number exactly once")
        numbers = []
        for n in dec["numbers"]:
            text = src_nums[n["src"]]
            if "omit" in n:
                omissions.append(((corder, idx), dec["id"], text, n["omit"]))
                continue
            if n["display"] not in text:
                fail(f"{key}: display {n['display']!r} is not verbatim in source {text!r}")
            numbers.append({"display": n["display"], "dial": dial_of(n["display"]), "kind": n["kind"]})
        if not numbers:
            fail(f"{key}: no dialable number left")

        langs, more = map_languages(key, rec["languages"])
        if "more_languages" in dec:
            if dec["more_languages"] is not True or not dec.get("more_languages_why"):
                fail(f"{key}: more_languages override must be True with a reason")
            more = True

        service = dec.get("service")
        if ("emergency" in dec["purposes"]) != (service is not None):
            fail(f"{key}: a service is required with, and only with, purpose 'emergency'")
        if service is not None:
            if service not in SERVICES:
                fail(f"{key}: unknown service {service!r}")
            if not service_supported(service, rec):
                fail(f"{key}: the record's name and purpose do not say it is a {service!r} line")

        toll_free = rec["toll_free"]
        if "toll_free" in dec:
            if not dec.get("toll_free_why"):
                fail(f"{key}: toll_free override needs toll_free_why")
            toll_free = dec["toll_free"]
            withheld.append(((corder, idx), dec["id"], f"toll_free set to {json.dumps(toll_free)} (source: {json.dumps(rec['toll_free'])}): {dec['toll_free_why']}"))
        if dec["hours"] is None and rec["hours"] and not dec["hours_24"] and dec.get("hours_why"):
            withheld.append(((corder, idx), dec["id"], f"hours withheld (source: \"{rec['hours']}\"): {dec['hours_why']}"))

        check_hours(key, dec["hours"], rec, numbers)
        local_names = {}
        for tag, ln in sorted(dec.get("local_names", {}).items()):
            check_local_name(key, tag, ln, rec, numbers)
            local_names[tag] = ln["name"]

        entry = {
            "id": dec["id"],
            "country": c,
            "org": rec["org"],
            "name": dec.get("name", rec["name"]),
            "numbers": numbers,
            "languages": langs,
            "more_languages": more,
            "hours_24": dec["hours_24"],
            "hours": dec["hours"],
            "toll_free": toll_free,
            "purposes": list(dec["purposes"]),
            "source_url": rec["source_url"],
            "source_date": parse_source_date(key, rec["source_date"], dec),
        }
        if service is not None:
            entry["service"] = service
        if local_names:
            entry["local_names"] = local_names
        if "source_date" in dec:
            withheld.append(((corder, idx), dec["id"], f"source date read as {json.dumps(entry['source_date'])} (source: \"{rec['source_date']}\"): {dec['source_date_why']}"))
        tier = PURPOSE_TIER[entry["purposes"][0]] if entry["purposes"] and entry["purposes"][0] in PURPOSE_TIER else 99
        shipped.append(((corder, tier, idx), entry))

    shipped.sort(key=lambda t: t[0])
    excluded.sort(key=lambda t: t[0])
    omissions.sort(key=lambda t: t[0])
    withheld.sort(key=lambda t: t[0])
    return [e for _, e in shipped], excluded, omissions, withheld


TIME_RE = re.compile(r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$")


def check_hours(key: str, hours, rec: dict, numbers: list[dict]) -> None:
    """Structured hours must say what the record's hours text says."""
    if hours is None:
        return
    if set(hours) - {"from", "to", "number"} or not {"from", "to"} <= set(hours):
        fail(f"{key}: hours must be H(from, to[, number])")
    if not (TIME_RE.match(hours["from"]) and TIME_RE.match(hours["to"])) or hours["from"] >= hours["to"]:
        fail(f"{key}: bad hours {hours!r}")
    text = rec["hours"] or ""
    if (hours["from"], hours["to"]) == ("00:00", "24:00"):
        if not HOURS_24_RE.search(text):
            fail(f"{key}: round-the-clock hours without a 24h statement in {text!r}")
    elif not (re.search(r"daily", text, re.I) and f"{hours['from']}-{hours['to']}" in text):
        fail(f"{key}: hours {hours!r} are not 'daily {hours['from']}-{hours['to']}' in {text!r}")
    if "number" in hours:
        if hours["number"] not in [n["display"] for n in numbers] or hours["number"] not in text:
            fail(f"{key}: hours for number {hours['number']!r}, not a shipped number named in {text!r}")


def check_local_name(key: str, tag: str, ln: dict, rec: dict, numbers: list[dict]) -> None:
    """A local name must come from the record, and any number in it must be
    the entry's."""
    if tag not in ALLOWED_LANGUAGES or tag == "en":
        fail(f"{key}: local name for unknown language {tag!r}")
    where = " ".join([rec["name"], rec.get("notes") or "", *rec.get("channels", [])])
    if ln["source"] not in where:
        fail(f"{key}: local name source {ln['source']!r} is not in the record")
    for run in re.findall(r"[0-9]+", ln["name"]):
        if not any(run == dial_of(n["display"]).lstrip("+") for n in numbers):
            fail(f"{key}: the {tag} name {ln['name']!r} has a number the entry does not ship")


def check(records: list[dict], entries: list[dict]) -> None:
    """The independent second check over the finished entries."""
    by_key = {record_key(r): r for r in records}
    src_of = {}
    for k, d in DECISIONS.items():
        if "id" in d:
            src_of[d["id"]] = by_key[k]
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids)), "ids not unique"
    order = []
    for e in entries:
        rec = src_of[e["id"]]
        eid = e["id"]
        assert ID_RE.match(eid) and eid.startswith(e["country"].lower() + "-"), eid
        assert rec["verified"] is True, f"{eid}: verified != true"
        assert e["country"] == rec["country"] and e["org"] == rec["org"], eid
        assert e["source_url"] == rec["source_url"], eid
        check_date(eid, e["source_date"])
        if e["source_date"] is not None:
            assert str(e["source_date"]["year"]) in rec["source_date"], f"{eid}: year not in source date"
        if "service" in e:
            assert e["service"] in SERVICES and "emergency" in e["purposes"], eid
            assert service_supported(e["service"], rec), eid
        else:
            assert "emergency" not in e["purposes"], eid
        # name: the source name, or the source name minus a trailing "(...)".
        assert e["name"] == rec["name"] or re.fullmatch(re.escape(e["name"]) + r" \([^()]*\)", rec["name"]), eid
        assert e["numbers"], eid
        src_text = rec["numbers"]
        for n in e["numbers"]:
            assert set(n) == {"display", "dial", "kind"}, eid
            assert DIAL_RE.match(n["dial"]), f"{eid}: bad dial {n['dial']!r}"
            assert n["kind"] in ALLOWED_KINDS, eid
            hits = [t for t in src_text if n["display"] in t and n["dial"].lstrip("+") in digits_of(t)]
            assert hits, f"{eid}: {n['dial']} not found in source numbers {src_text}"
            if n["dial"].startswith("+"):
                assert any(t.strip().startswith("+") for t in hits), f"{eid}: '+' not in source"
            if n["kind"] == "whatsapp":
                assert any("whatsapp" in t.lower() for t in hits), f"{eid}: WhatsApp not stated in source"
            if n["kind"] == "sms":
                assert any(re.search(r"sms|text", t, re.I) for t in hits), f"{eid}: SMS not stated in source"
        assert len(e["languages"]) == len(set(e["languages"])), eid
        assert all(l in ALLOWED_LANGUAGES for l in e["languages"]), eid
        assert isinstance(e["more_languages"], bool), eid
        assert 1 <= len(e["purposes"]) <= 3 and len(set(e["purposes"])) == len(e["purposes"]), eid
        assert all(p in ALLOWED_PURPOSES for p in e["purposes"]), eid
        assert isinstance(e["hours_24"], bool), eid
        if e["hours_24"]:
            assert e["hours"] is None, eid
            assert rec["hours"] and HOURS_24_RE.search(rec["hours"]), f"{eid}: hours_24 without a 24h statement"
        if e["hours"] is not None:
            check_hours(eid, e["hours"], rec, e["numbers"])
        for tag, name in e.get("local_names", {}).items():
            assert tag in ALLOWED_LANGUAGES and tag != "en" and name.strip() == name and name, eid
            dials = {n["dial"].lstrip("+") for n in e["numbers"]}
            assert all(run in dials for run in re.findall(r"[0-9]+", name)), f"{eid}: the {tag} name has a number the entry does not ship"
        assert e["toll_free"] in (True, False, None), eid
        c = e["country"]
        order.append(COUNTRY_ORDER.index(c) if c in COUNTRY_ORDER else len(COUNTRY_ORDER))
    assert order == sorted(order), "country order"


def render_json(entries: list[dict]) -> str:
    # The month these records were last checked against their sources
    # (shared/facts: "Collected from stored public sources in November 2026").
    return json.dumps({"checked": CHECKED, "entries": entries}, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def md_escape(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def render_md(records, entries, excluded, omissions, withheld, input_name: str) -> str:
    out = []
    out.append("# Hotline records not shipped")
    out.append("")
    out.append(
        f"Generated by `content/tools/import_hotlines.py` from `{input_name}` "
        f"({len(records)} records): {len(entries)} shipped in `content/directory.json`, "
        f"{len(excluded)} excluded. Do not edit by hand; change the DECISIONS table in the script."
    )
    out.append("")
    out.append("## Excluded records")
    out.append("")
    out.append("| Country | Service | Number(s) in source | verified | Why not shipped |")
    out.append("|---|---|---|---|---|")
    for _, rec, reason in excluded:
        nums = ", ".join(rec["numbers"]) if rec["numbers"] else "(none)"
        out.append(
            f"| {rec['country']} | {md_escape(rec['name'])} | {md_escape(nums)} | "
            f"{json.dumps(rec['verified'])} | {md_escape(reason)} |"
        )
    out.append("")
    out.append("## Numbers left out of shipped entries (partial omissions)")
    out.append("")
    if omissions:
        for _, eid, text, reason in omissions:
            out.append(f"- `{eid}`: \"{md_escape(text)}\" - {md_escape(reason)}.")
    else:
        out.append("- none")
    out.append("")
    out.append("## Details withheld from shipped entries")
    out.append("")
    if withheld:
        for _, eid, what in withheld:
            out.append(f"- `{eid}`: {md_escape(what)}")
    else:
        out.append("- none")
    out.append("")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_INPUT
    records = json.loads(src.read_text(encoding="utf-8"))
    if not isinstance(records, list):
        fail("input must be a JSON list of records")

    entries, excluded, omissions, withheld = build(records)
    check(records, entries)
    shipped_n = len(entries)
    if shipped_n + len(excluded) != len(records):
        fail("every record must be either shipped or excluded")

    text_json = render_json(entries)
    text_md = render_md(records, entries, excluded, omissions, withheld, src.name)
    # Determinism: a second build from the same input renders the same bytes.
    e2, x2, o2, w2 = build(records)
    assert render_json(e2) == text_json
    assert render_md(records, e2, x2, o2, w2, src.name) == text_md

    OUT_JSON.write_text(text_json, encoding="utf-8", newline="\n")
    OUT_MD.write_text(text_md, encoding="utf-8", newline="\n")

    # Post-write check: re-read what is on disk and check it again.
    on_disk = json.loads(OUT_JSON.read_text(encoding="utf-8"))
    assert OUT_JSON.read_bytes() == text_json.encode("utf-8")
    check(records, on_disk["entries"])

    print(f"directory.json: {shipped_n} entries shipped; {len(excluded)} records excluded; "
          f"{len(omissions)} number(s) omitted from shipped entries")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except ImportError_ as exc:
        print(f"import_hotlines: {exc}", file=sys.stderr)
        sys.exit(1)
