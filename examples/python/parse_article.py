"""Parse one article from Python (ctypes, no compiled extension).

    python3 parse_article.py FILE [YYYY-MM-DD]
"""
import sys

import sitrep


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        text = f.read()
    engine = sitrep.Engine()
    doc = engine.parse(text, date=argv[2] if len(argv) > 2 else None)
    for a in doc["actors"]:
        print("actor   ", a["name"], a["kind"], a["country"], a["sector"], a["role"] or "")
    for loc in doc["locations"]:
        print("location", loc["name"], loc["kind"], loc["country"], loc["admin1"] or "", loc["lat"], loc["lon"])
    for d in doc["dates"]:
        print("date    ", repr(d["text"]), d["value"])
    for x in doc["incidents"]:
        print("incident", x["type"], x["mode"], x["date"], x["fatalities"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
