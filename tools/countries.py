#!/usr/bin/env python3
"""Writes src/domain/countries.tsv: the ISO 3166-1 alpha-2 codes with their names in each
language Convene offers, taken from CLDR through the Babel package.

    pip install babel
    python3 tools/countries.py > src/domain/countries.tsv

CLDR also names territories that are not ISO 3166-1 countries (regions, reserved and
exceptional codes); they are left out. Adding a language: add its code to LANGUAGES, run the
script, and read the column in src/domain/country.rs.
"""

import sys

from babel import Locale

LANGUAGES = ["en", "fr", "nl", "es"]

# CLDR territory codes of two letters that ISO 3166-1 does not assign to a country.
NOT_ISO_3166_1 = {
    "AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "XK", "ZZ",
}


def main() -> None:
    names = {lang: Locale(lang).territories for lang in LANGUAGES}
    codes = sorted(
        code
        for code in names["en"]
        if len(code) == 2 and code.isalpha() and code not in NOT_ISO_3166_1
    )
    out = sys.stdout
    out.write("\t".join(["code", *LANGUAGES]) + "\n")
    for code in codes:
        out.write("\t".join([code, *(names[lang][code] for lang in LANGUAGES)]) + "\n")


if __name__ == "__main__":
    main()
