"""A consent letter's organisation under a chop on a grey copy: letters read right, with the
stamp's broad strokes lifted out (seals.lift_grey_stamp) and without, side by side on the
same images in one run.

    python scripts/bench_grey_chop.py [--seeds 6] [--dpi 200 300]

Letters are made by the sample generator: each organisation below, each seed (the layout,
font and where the chop lands), scanned grey at each dpi. The organisations are made up;
the first four are the generator's own, the rest are not in any generated case. All are
12 characters long: the generator prints the name 12 cm from the left edge, and a longer
one runs off the page."""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors import under_seal  # noqa: E402
from flows.case import analyse_file  # noqa: E402
from pipeline import seals  # noqa: E402
from pipeline.ingest import describe_file  # noqa: E402
from sample_docs.generator import applicant_docs as A  # noqa: E402
from sample_docs.generator.identity import person  # noqa: E402
from sample_docs.generator.render import to_image  # noqa: E402
from sample_docs.generator.scan import png_bytes, scanned  # noqa: E402

ORGANISATIONS = ["深圳前海数智科技有限公司", "广州天河信息技术有限公司", "上海浦江金融服务有限公司", "杭州西湖软件有限公司",
                 "北京朝阳云图数据有限公司", "成都锦江博远咨询有限公司", "武汉洪山光华电子有限公司", "南京鼓楼嘉禾医疗有限公司"]


SEAL_FREE = seals.seal_free


def without_lift(crop, seal):
    """The copies a grey chop's crop was read from before the lifted one came first."""
    copies = SEAL_FREE(crop, seal)
    return copies[1:] if len(copies) == 3 else copies


def use(seal_free) -> None:
    seals.seal_free = under_seal.seal_free = seal_free


def organisation_read(folder: Path, path: Path) -> str | None:
    doc = analyse_file(describe_file(folder, path), 0).documents[0]
    found = doc.fields.get("organisation")
    return found.value if found else None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=6)
    ap.add_argument("--dpi", type=int, nargs="+", default=[200, 300])
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-grey-chop-"))
    right: Counter = Counter()
    total: Counter = Counter()
    for org in ORGANISATIONS:
        for seed in range(1, args.seeds + 1):
            rng = random.Random(seed)
            letter = A.consent_letter(person(rng), org, date(2026, 9, 14), rng, id_number="440305199001011234")
            page = to_image(letter.pages[0], 300)
            for dpi in args.dpi:
                image = scanned(page, random.Random(seed), dpi, rotate=0, skew=0.5, blur=0.4, noise=3).convert("L")
                path = folder / f"consent-{len(org)}-{seed}-{dpi}.png"
                path.write_bytes(png_bytes(image, dpi))
                got = {}
                for variant in ("lifted", "not lifted"):
                    use(SEAL_FREE if variant == "lifted" else without_lift)
                    got[variant] = organisation_read(folder, path)
                    right[variant, dpi] += got[variant] == org
                total[dpi] += 1
                print(f"{org} seed {seed} {dpi} dpi: lifted {got['lifted']}, not lifted {got['not lifted']}", flush=True)
    use(SEAL_FREE)
    print("\norganisation read right, grey copies:")
    for dpi in args.dpi:
        print(f"  {dpi} dpi: lifted {right['lifted', dpi]} / {total[dpi]}, not lifted {right['not lifted', dpi]} / {total[dpi]}")


if __name__ == "__main__":
    main()
