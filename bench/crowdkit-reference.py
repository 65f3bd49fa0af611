#!/usr/bin/env python3
"""crowd-kit's figures on the files of bench:consensus (issue 16), for the targets that compare
our consensus with Toloka's crowd-kit.

Reads the same answer and truth files as `npm run bench:consensus -- --kind pairwise|multilabel`
(bench/consensus-kinds.ts), fits crowd-kit's aggregators and scores them exactly as that bench
scores ours:

- pairwise: answers `worker,left,right,label` (label = the preferred item's id), truth
  `item,score`; crowdkit.aggregation.BradleyTerry(n_iter=100); Spearman rho (Pearson over
  average ranks) and Kendall tau-b of its scores against the true scores, over the items that
  appear in the answers, have a true score and a finite fitted score.
- multilabel: answers `task,worker,labels` (`|`-joined label ids, possibly empty), truth
  `task,labels`; crowdkit.aggregation.BinaryRelevance(DawidSkene(n_iter=100)); micro F1, macro F1
  and exact match against the true sets over the tasks that have a truth (a task with a truth
  and no answer counts as an empty predicted set; macro F1 averages over the labels present in
  some scored task's truth or prediction).

Only the fit is timed (time.perf_counter around `fit`, data frames built before), --repeat times
(default 5); the JSON line gives the first (cold), the minimum and the median. The last line of
output is one JSON object with keys prefixed `crowdkit_pairwise_` / `crowdkit_multilabel_`.

Who runs it: anyone benchmarking, on a development host; it reads files only. It needs Python 3
with crowd-kit importable (`pip install crowd-kit`, which brings pandas, numpy, scikit-learn and
attrs). Without a package index, put crowd-kit's source on PYTHONPATH over Debian's
python3-pandas, python3-numpy, python3-sklearn, python3-attr (see bench/RESULTS.md, issue 16).

    python3 bench/crowdkit-reference.py                     # both kinds, committed synthetic sets
    python3 bench/crowdkit-reference.py --kind pairwise --answers A.csv --truth T.csv
    python3 bench/crowdkit-reference.py --kind multilabel --answers A.csv --truth T.csv --repeat 3
"""

import argparse
import json
import math
import os
import statistics
import sys
import time
import warnings

try:
    import pandas as pd
    from crowdkit.aggregation import BinaryRelevance, BradleyTerry, DawidSkene
except ImportError as error:
    sys.exit(
        f"crowdkit-reference: crowd-kit is not importable by {sys.executable} ({error}).\n"
        "Install it with `pip install crowd-kit`, or put its source on PYTHONPATH over a Python\n"
        "that has pandas, numpy, scikit-learn and attrs (bench/RESULTS.md, issue 16, says how)."
    )

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULTS = {
    "pairwise": os.path.join(ROOT, "data", "crowd", "synthetic-pairwise"),
    "multilabel": os.path.join(ROOT, "data", "crowd", "synthetic-multilabel"),
}


def read_rows(path, columns):
    """Header skipped, blank lines skipped, no quoting: the format bench/consensus-kinds.ts reads."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    rows = []
    for i, line in enumerate(lines[1:], start=2):
        if line == "":
            continue
        cols = line.split(",")
        if len(cols) != columns:
            raise ValueError(f"{path}:{i}: expected {columns} columns, got {len(cols)}")
        rows.append(cols)
    return rows


def average_ranks(xs):
    """1-based ranks, ties sharing the mean of the ranks they span (as core/consensus/evaluation-metrics.ts)."""
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    ranks = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        mean = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = mean
        i = j + 1
    return ranks


def spearman_rho(x, y):
    x, y = [float(v) for v in x], [float(v) for v in y]
    n = len(x)
    if n < 2:
        return math.nan
    rx, ry, mean = average_ranks(x), average_ranks(y), (n + 1) / 2
    sxy = sum((a - mean) * (b - mean) for a, b in zip(rx, ry))
    sxx = sum((a - mean) ** 2 for a in rx)
    syy = sum((b - mean) ** 2 for b in ry)
    return math.nan if sxx == 0 or syy == 0 else sxy / math.sqrt(sxx * syy)


def kendall_tau_b(x, y):
    sign = lambda v: (v > 0) - (v < 0)  # noqa: E731
    x, y = [float(v) for v in x], [float(v) for v in y]
    n = len(x)
    concordant = discordant = tied_x = tied_y = 0
    for i in range(n):
        for j in range(i + 1, n):
            dx, dy = sign(x[i] - x[j]), sign(y[i] - y[j])
            tied_x += dx == 0
            tied_y += dy == 0
            if dx != 0 and dy != 0:
                if dx == dy:
                    concordant += 1
                else:
                    discordant += 1
    pairs = n * (n - 1) / 2
    denom = math.sqrt((pairs - tied_x) * (pairs - tied_y))
    return math.nan if denom == 0 else (concordant - discordant) / denom


def f1(tp, fp, fn):
    d = 2 * tp + fp + fn
    return 1.0 if d == 0 else 2 * tp / d


def label_set_scores(predicted, truth):
    """predicted: task -> set; truth: task -> set. Tasks without a truth are not scored."""
    per_label = {}
    exact = 0
    for task, want in truth.items():
        got = predicted.get(task, set())
        for label in got | want:
            c = per_label.setdefault(label, [0, 0, 0])
            if label in got and label in want:
                c[0] += 1
            elif label in got:
                c[1] += 1
            else:
                c[2] += 1
        exact += got == want
    tp = sum(c[0] for c in per_label.values())
    fp = sum(c[1] for c in per_label.values())
    fn = sum(c[2] for c in per_label.values())
    n = len(truth)
    return {
        "micro_f1": math.nan if n == 0 else f1(tp, fp, fn),
        "macro_f1": math.nan if not per_label else sum(f1(*c) for c in per_label.values()) / len(per_label),
        "exact_match": math.nan if n == 0 else exact / n,
        "tasks": n,
    }


def timed_fits(make, data, repeat):
    """Fits a fresh aggregator `repeat` times; returns the last one and the fit times in seconds."""
    times = []
    model = None
    for _ in range(repeat):
        model = make()
        t0 = time.perf_counter()
        model.fit(data)
        times.append(time.perf_counter() - t0)
    return model, times


def time_keys(prefix, times):
    return {
        f"{prefix}_first_fit_s": round(times[0], 5),
        f"{prefix}_min_fit_s": round(min(times), 5),
        f"{prefix}_median_fit_s": round(statistics.median(times), 5),
    }


def bench_pairwise(answers_path, truth_path, repeat):
    rows = read_rows(answers_path, 4)
    for i, (_, left, right, label) in enumerate(rows, start=2):
        if label not in (left, right):
            raise ValueError(f"{answers_path}: row {i} prefers {label}, neither {left} nor {right}")
    data = pd.DataFrame(rows, columns=["worker", "left", "right", "label"])
    truth = {item: float(score) for item, score in read_rows(truth_path, 2)}
    items = list(dict.fromkeys(x for _, left, right, _ in rows for x in (left, right)))
    print(f"pairwise: {len(items)} items, {data.worker.nunique()} workers, {len(rows)} comparisons, {len(truth)} true scores")

    model, times = timed_fits(lambda: BradleyTerry(n_iter=100), data, repeat)
    scores = model.scores_
    # How many MM steps the fit really made: the smallest n_iter whose scores equal n_iter=100's.
    effective = next(k for k in range(1, 101) if BradleyTerry(n_iter=k).fit(data).scores_.equals(scores))

    scored = [i for i in items if i in truth and i in scores.index and math.isfinite(scores[i])]
    got = [float(scores[i]) for i in scored]
    want = [truth[i] for i in scored]
    rho, tau = spearman_rho(got, want), kendall_tau_b(got, want)
    print(
        f"  crowdkit BradleyTerry(n_iter=100)  spearman {rho:.4f}  kendall tau-b {tau:.4f}  "
        f"fit min {min(times) * 1e3:.2f} ms, median {statistics.median(times) * 1e3:.2f} ms over {repeat}  "
        f"same scores as n_iter={effective}; items scored 0 (never won): {sum(1 for v in got if v == 0)}"
    )
    return {
        "crowdkit_pairwise_items_scored": len(scored),
        "crowdkit_pairwise_bt_spearman": round(rho, 4),
        "crowdkit_pairwise_bt_kendall_tau": round(tau, 4),
        "crowdkit_pairwise_bt_effective_iterations": effective,
        **time_keys("crowdkit_pairwise_bt", times),
        "crowdkit_pairwise_bt_repeats": repeat,
    }


def bench_multilabel(answers_path, truth_path, repeat):
    split = lambda field: [] if field == "" else field.split("|")  # noqa: E731
    rows = read_rows(answers_path, 3)
    data = pd.DataFrame([(task, worker, split(labels)) for task, worker, labels in rows], columns=["task", "worker", "label"])
    truth = {task: set(split(labels)) for task, labels in read_rows(truth_path, 2)}
    print(f"multilabel: {data.task.nunique()} tasks answered, {data.worker.nunique()} workers, {len(rows)} answers, {len(truth)} true sets")

    model, times = timed_fits(lambda: BinaryRelevance(DawidSkene(n_iter=100)), data, repeat)
    predicted = {task: set(labels) for task, labels in model.labels_.items()}
    iterations = [len(model.aggregators_[label].loss_history_) for label in sorted(model.aggregators_)]
    score = label_set_scores(predicted, truth)
    print(
        f"  crowdkit BinaryRelevance(DawidSkene(n_iter=100))  micro-F1 {score['micro_f1']:.4f}  "
        f"macro-F1 {score['macro_f1']:.4f}  exact {score['exact_match']:.4f}  "
        f"fit min {min(times):.3f} s, median {statistics.median(times):.3f} s over {repeat}  "
        f"EM iterations per label ({','.join(sorted(model.aggregators_))}) {','.join(map(str, iterations))}"
    )
    return {
        "crowdkit_multilabel_tasks_scored": score["tasks"],
        "crowdkit_multilabel_ds_micro_f1": round(score["micro_f1"], 4),
        "crowdkit_multilabel_ds_macro_f1": round(score["macro_f1"], 4),
        "crowdkit_multilabel_ds_exact_match": round(score["exact_match"], 4),
        **time_keys("crowdkit_multilabel_ds", times),
        "crowdkit_multilabel_ds_repeats": repeat,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", choices=["pairwise", "multilabel"], help="one section only (needs --answers and --truth)")
    parser.add_argument("--answers")
    parser.add_argument("--truth")
    parser.add_argument("--repeat", type=int, default=5, help="fits timed per section (default 5)")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.kind and not (args.answers and args.truth):
        parser.error(f"--kind {args.kind} needs --answers and --truth")
    if not args.kind and (args.answers or args.truth):
        parser.error("--answers and --truth need --kind")

    # pandas warns (SettingWithCopyWarning, FutureWarning) inside crowd-kit's code; silenced so
    # the figures stay readable. They change nothing that is computed.
    warnings.simplefilter("ignore")
    jobs = {"pairwise": bench_pairwise, "multilabel": bench_multilabel}
    summary = {}
    if args.kind:
        summary.update(jobs[args.kind](args.answers, args.truth, args.repeat))
    else:
        for kind, run in jobs.items():
            folder = DEFAULTS[kind]
            summary.update(run(os.path.join(folder, "answers.csv"), os.path.join(folder, "truth.csv"), args.repeat))
    print(json.dumps(summary, separators=(",", ":")))


if __name__ == "__main__":
    main()
