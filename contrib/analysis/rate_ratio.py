#!/usr/bin/env python3
"""Starter analysis (README "Analysing the tables"), the Python twin of
rate_ratio.R: Poisson GLM of a theme's affirmed hits per speaker, offset
log(tokens), physician (metadata column `group`) against non-physician,
cluster-robust standard errors by document.

    python3 contrib/analysis/rate_ratio.py TABLES_DIR [THEME]

Uses statsmodels when it is installed (and LEXTAB_PLAIN_FIT is not set);
otherwise the same model is fitted below by iteratively reweighted least
squares, with the same cluster-robust covariance (HC1 x G/(G-1), as
statsmodels' cov_type="cluster" and R's sandwich::vcovCL). Speakers
without a group or without tokens are listed on stderr, never dropped
silently. Prints: poisson rate_ratio RR ci_low LOW ci_high HIGH n N clusters G
"""
import math
import os
import sys

import numpy as np
import pandas as pd


def load(folder, theme):
    d = pd.read_csv(os.path.join(folder, "speaker_category.csv"), keep_default_na=False,
                    na_values=[""], dtype={"doc_id": str, "speaker": str})
    d = d[d["category"] == theme + ".*"]
    if d.empty:
        sys.exit(f"no rows for theme '{theme}'")
    d = d[d["role"].isna() | (d["role"] != "interviewer")]
    bad = d["group"].isna() | (d["tokens"] == 0)
    if bad.any():
        who = ", ".join(f"{a}/{b}" for a, b in zip(d["doc_id"][bad], d["speaker"][bad]))
        print(f"left out: {int(bad.sum())} speaker(s) without a group or tokens: {who}",
              file=sys.stderr)
    d = d[~bad].copy()
    d["physician"] = (d["group"] == "physician").astype(float)
    return d


def plain_fit(y, X, offset, cluster):
    """Poisson IRLS; returns coefficients and the cluster-robust covariance."""
    beta = np.zeros(X.shape[1])
    beta[0] = math.log(max(y.sum(), 0.5) / np.exp(offset).sum())
    for _ in range(100):
        mu = np.exp(offset + X @ beta)
        z = X @ beta + (y - mu) / mu
        XtW = X.T * mu
        new = np.linalg.solve(XtW @ X, XtW @ z)
        done = np.max(np.abs(new - beta)) < 1e-12
        beta = new
        if done:
            break
    mu = np.exp(offset + X @ beta)
    bread = np.linalg.inv((X.T * mu) @ X)
    scores = X * (y - mu)[:, None]
    groups = pd.Series(range(len(y))).groupby(cluster.values).apply(list)
    meat = sum(np.outer(scores[i].sum(0), scores[i].sum(0)) for i in groups)
    n, k, g = X.shape[0], X.shape[1], len(groups)
    return beta, (g / (g - 1)) * ((n - 1) / (n - k)) * bread @ meat @ bread


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "tables"
    theme = sys.argv[2] if len(sys.argv) > 2 else "trust"
    d = load(folder, theme)
    y = d["affirmed"].to_numpy(float)
    X = np.column_stack([np.ones(len(d)), d["physician"].to_numpy()])
    offset = np.log(d["tokens"].to_numpy(float))
    try:
        if os.environ.get("LEXTAB_PLAIN_FIT"):
            raise ImportError
        import statsmodels.api as sm
        m = sm.GLM(y, X, family=sm.families.Poisson(), offset=offset).fit(
            cov_type="cluster", cov_kwds={"groups": pd.factorize(d["doc_id"])[0]}, tol=1e-12)
        beta, cov, how = np.asarray(m.params), np.asarray(m.cov_params()), "statsmodels"
    except ImportError:
        beta, cov = plain_fit(y, X, offset, d["doc_id"])
        how = "plain IRLS"
    b, se, z = beta[1], math.sqrt(cov[1, 1]), 1.959963984540054
    print(f"poisson rate_ratio {math.exp(b):.6f} ci_low {math.exp(b - z * se):.6f} "
          f"ci_high {math.exp(b + z * se):.6f} n {len(d)} clusters {d['doc_id'].nunique()}")
    print(f"fit: {how}", file=sys.stderr)


main()
