"""Tests of the sitrep command-line program (run by CTest with SITREP_CLI set)."""
import json
import os
import subprocess
import tempfile
import unittest

CLI = os.environ.get("SITREP_CLI", "sitrep")
ARTICLE = os.environ.get("SITREP_EXAMPLE_ARTICLE")


def run(*args, stdin=b""):
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, timeout=120)


class CliTest(unittest.TestCase):
    def test_help_and_usage_errors(self):
        r = run("--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn(b"sitrep parse", r.stdout)
        self.assertEqual(run("frobnicate").returncode, 2)
        self.assertEqual(run("parse", "--date", "2024-02-30").returncode, 2)
        self.assertEqual(run("parse", "--threads", "0").returncode, 2)
        self.assertEqual(run("parse", "/nonexistent/file.txt").returncode, 1)

    def test_jsonl_keeps_order_reports_bad_lines_and_continues(self):
        lines = [json.dumps({"id": f"d{i}", "text": f"On Saturday, {i + 2} workers were killed.",
                             "date": "2024-01-29"}) for i in range(40)]
        lines.insert(5, "{not json")
        lines.insert(9, json.dumps({"id": "bad-date", "text": "x", "date": "29/01/2024"}))
        lines.insert(12, json.dumps({"id": "nul", "text": "a\u0000b"}))
        r = run("parse", "--input-format", "jsonl", "--format", "jsonl", "--threads", "4",
                stdin=("\n".join(lines) + "\n").encode())
        self.assertEqual(r.returncode, 1)  # some lines failed, none dropped
        out = [json.loads(x) for x in r.stdout.decode().splitlines()]
        self.assertEqual(len(out), len(lines))
        self.assertIn("error", out[5])
        self.assertEqual(out[9]["id"], "bad-date")
        self.assertIn("error", out[9])
        self.assertIn("NUL", out[12]["error"])
        good = [o for o in out if "error" not in o]
        self.assertEqual([o["id"] for o in good], [f"d{i}" for i in range(40)])
        self.assertTrue(all(o["dates"][0]["value"] == "2024-01-27" for o in good))

    def test_text_input_and_invalid_utf8(self):
        with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
            f.write(b"Talks began \xff yesterday.")
        try:
            r = run("parse", f.name)
            self.assertEqual(r.returncode, 1)
            self.assertIn(b"invalid UTF-8 at byte offset 12", r.stderr)
        finally:
            os.unlink(f.name)
        r = run("parse", "--date", "2024-01-29", "-", stdin=b"Yesterday talks began.")
        self.assertEqual(r.returncode, 0)
        self.assertEqual(json.loads(r.stdout)["dates"][0]["value"], "2024-01-28")

    def test_tokenize(self):
        r = run("tokenize", "-", stdin="Iran\u2019s U.S. envoy left. Then talks.".encode())
        self.assertEqual(r.returncode, 0)
        text = r.stdout.decode()
        self.assertEqual(text.count("# sentence"), 2)
        self.assertIn("U.S.", text)
        r = run("tokenize", "--format", "json", "-", stdin=b"a b")
        self.assertEqual(len(json.loads(r.stdout)["tokens"]), 2)

    @unittest.skipUnless(ARTICLE, "SITREP_EXAMPLE_ARTICLE not set")
    def test_csv_and_geojson(self):
        r = run("parse", "--date", "2024-01-29", "--format", "csv", ARTICLE)
        self.assertEqual(r.returncode, 0)
        rows = r.stdout.decode().splitlines()
        self.assertTrue(rows[0].startswith("doc_id,incident_id,event_date"))
        r = run("parse", "--date", "2024-01-29", "--format", "geojson", ARTICLE)
        self.assertEqual(r.returncode, 0)
        fc = json.loads(r.stdout)
        self.assertEqual(fc["type"], "FeatureCollection")

    def test_compile_and_load_dictionaries(self):
        with tempfile.TemporaryDirectory() as d:
            orgs = os.path.join(d, "orgs.tsv")
            with open(orgs, "w", encoding="utf-8") as f:
                f.write("name\taliases\tkind\talpha3\tsector\nNorthern Widget Front\tNWF\tgroup\tNOR\tREB\n")
            bundle = os.path.join(d, "mine.bundle")
            r = run("compile", "-o", bundle, orgs)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertTrue(os.path.getsize(bundle) > 0)
            # The bundle replaces the default dictionaries; the TSV overlays them.
            for data in (bundle, orgs):
                r = run("parse", "--data", data, "-", stdin=b"The NWF claimed the attack.")
                self.assertEqual(r.returncode, 0, r.stderr)
            broken = os.path.join(d, "broken.tsv")
            with open(broken, "w", encoding="utf-8") as f:
                f.write("name\taliases\tkind\talpha3\tsector\nX\tgroup\n")
            r = run("parse", "--data", broken, "-", stdin=b"x")
            self.assertEqual(r.returncode, 2)
            self.assertIn(b"broken.tsv:2", r.stderr)
            r = run("compile", "-o", os.path.join(d, "x.bundle"), broken)
            self.assertNotEqual(r.returncode, 0)


if __name__ == "__main__":
    unittest.main()
