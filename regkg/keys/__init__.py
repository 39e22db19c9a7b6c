"""The identity core: how a 发文字号, a title, a place and a body are written when compared.

Extract and graph both import these rules and nothing else spells them (``tests/test_keys.py``
checks), so a rule changed here is changed everywhere. The package sits below both: it imports
nothing from :mod:`regkg.extract` or :mod:`regkg.graph`.

- :mod:`regkg.keys.chars` — one-for-one folding of width, brackets, script, invisibles; the characters words open with
- :mod:`regkg.keys.numbers` — the canonical 发文字号, the 机关代字 grammar, code → issuer
- :mod:`regkg.keys.titles` — the title key and ``titles_differ``
- :mod:`regkg.keys.places` — the one places table (the nation is 中国), abbreviations, levels
- :mod:`regkg.keys.orgs` — a body's name; :mod:`regkg.keys.kinds` — 文种
"""
