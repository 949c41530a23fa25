"""Tests of the ctypes binding against the built C library (run by CTest)."""
import concurrent.futures
import os
import unittest

import sitrep

ARTICLE = os.environ.get("SITREP_EXAMPLE_ARTICLE")


class BindingTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = sitrep.Engine()

    def test_version_matches_build(self):
        expected = os.environ.get("SITREP_EXPECTED_VERSION")
        self.assertRegex(sitrep.version(), r"^\d+\.\d+\.\d+$")
        if expected:
            self.assertEqual(sitrep.version(), expected)

    def test_tokenize_gives_byte_spans(self):
        text = "Pakistan\u2019s caretaker prime minister, Anwar-ul-Haq Kakar."
        t = self.engine.tokenize(text)
        self.assertEqual([x.text for x in t.tokens][:3], ["Pakistan", "\u2019s", "caretaker"])
        self.assertEqual(t.tokens[1].start, 8)
        self.assertEqual(t.tokens[1].end, 12)  # ’ is three bytes
        self.assertIn("Anwar-ul-Haq", [x.text for x in t.tokens])
        self.assertEqual(len(t.sentences), 1)

    def test_invalid_bytes_are_tokens_not_errors(self):
        t = self.engine.tokenize(b"ok \xff\xfe ok")
        self.assertEqual([x.kind for x in t.tokens], ["word", "invalid", "word"])

    def test_parse_returns_the_contract(self):
        doc = self.engine.parse("Yesterday officials met.", date="2024-01-29", id="d1")
        self.assertEqual(doc["id"], "d1")
        self.assertEqual(doc["reference_date"], "2024-01-29")
        for key in ("actors", "locations", "dates", "incidents"):
            self.assertIsInstance(doc[key], list)
        self.assertEqual(doc["dates"][0]["value"], "2024-01-28")

    def test_errors_carry_code_and_offset(self):
        with self.assertRaises(sitrep.SitrepError) as cm:
            self.engine.parse(b"abc\xffdef")
        self.assertEqual(cm.exception.code, sitrep.E_INVALID_UTF8)
        self.assertEqual(cm.exception.offset, 3)
        with self.assertRaises(sitrep.SitrepError) as cm:
            self.engine.parse(b"a\x00")
        self.assertEqual(cm.exception.code, sitrep.E_NUL_BYTE)
        with self.assertRaises(sitrep.SitrepError) as cm:
            self.engine.parse("x", date="2023-02-29")
        self.assertEqual(cm.exception.code, sitrep.E_BAD_DATE)
        with self.assertRaises(TypeError):
            self.engine.parse(12)

    def test_size_limit(self):
        small = sitrep.Engine(max_document_bytes=10)
        with self.assertRaises(sitrep.SitrepError) as cm:
            small.parse("x" * 11)
        self.assertEqual(cm.exception.code, sitrep.E_INPUT_TOO_LARGE)
        small.close()
        with self.assertRaises(ValueError):
            small.parse("x")

    def test_empty_text(self):
        doc = self.engine.parse("")
        self.assertEqual(doc["actors"], [])

    def test_shared_engine_across_threads(self):
        texts = [f"On Saturday, {n} workers were killed." for n in range(2, 40)]
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            docs = list(pool.map(lambda t: self.engine.parse(t, date="2024-01-29"), texts))
        self.assertTrue(all(d["dates"][0]["value"] == "2024-01-27" for d in docs))

    @unittest.skipUnless(ARTICLE, "SITREP_EXAMPLE_ARTICLE not set")
    def test_example_article(self):
        with open(ARTICLE, encoding="utf-8") as f:
            text = f.read()
        doc = self.engine.parse(text, date="2024-01-29")
        values = {d["value"] for d in doc["dates"]}
        self.assertTrue({"2024-01-16", "2024-01-17", "2024-01-27", "2024-01-28"} <= values)
        for d in doc["dates"]:
            self.assertEqual(sitrep.byte_slice(text, d["start"], d["end"]), d["text"])


if __name__ == "__main__":
    unittest.main()
