"""Run the PETRARCH-2 validation sentences through the extractor and print typed P/R/F1.

    .venv/bin/python scripts/petrarch_eval.py [--shared ../shared] [--verbose] [--min-f1 0.70]

Reads ``SHARED/external/petrarch/PETR2_GSR_validation.xml`` at run time (it is never copied into
the repository), maps its CAMEO codings to PLOVER (``communique.evaluate.petrarch``), runs each
sentence as a one-sentence article and prints the counts, typed and dyad precision, recall and
F1, and typed recall per category; ``--verbose`` lists every miss and false alarm with its
sentence. Exit status: 0; 1 when the extractor cannot load or the typed F1 is below ``--min-f1``;
2 when the validation file is missing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from communique.errors import CommuniqueError
from communique.evaluate.petrarch import (
    VALIDATION_FILE,
    evaluate_petrarch,
    format_petrarch_report,
    parse_validation,
)

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def main(argv: list[str] | None = None) -> int:
    """Parse options, evaluate, print the report; returns the exit status."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared directory (default ../shared)")
    ap.add_argument("--verbose", action="store_true", help="list each miss and false alarm with its sentence")
    ap.add_argument("--min-f1", type=float, help="exit 1 when the typed F1 is below this")
    args = ap.parse_args(argv)
    path = args.shared / VALIDATION_FILE
    try:
        records = parse_validation(path)
    except OSError as exc:
        print(f"petrarch_eval: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    try:
        from communique.extraction import Extractor

        extractor = Extractor()
    except CommuniqueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    report = evaluate_petrarch(records, extractor.extract_many)
    print(format_petrarch_report(report, verbose=args.verbose))
    if args.min_f1 is not None and report.typed.f1 < args.min_f1:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
