#!/usr/bin/env python3
# Usage: python3 bench/claims-users-per-run.py results/claims-users-per-run/runs.csv  (after
#   ./inferenceshift batch scenarios/experiments/claims-users-per-run.json); needs scipy (python3-scipy).
# summary of scenarios/experiments/claims-users-per-run.json's runs.csv: per size, each era claim's effect with its
# Welch 95% interval (scipy.stats.ttest_ind, equal_var=False), each arm's across-seed SD, and each arm's shift
# against 20,000 users in SEs (Welch t), and at 10,000 users both arms' shifts and the effect's (z) against 20,000
import csv, math, sys
from scipy import stats
rows = list(csv.DictReader(open(sys.argv[1])))
claims = [("1", "frontier_copies_at_release", "final_year", True), ("2", "human_level_cost_to_wage", "first", True),
          ("3", "training_share_lifetime_frontier", "final_year", False), ("4a", "open_weight_user_share", "final_year", False),
          ("4b", "self_hosted_gap_E", "final_year", False), ("5a", "decile_gap_E", "final_year", False),
          ("5b", "gini_access", "final_year", False), ("5c", "tier_price_ratio", "final_year", True),
          ("6a", "marginal_cost_share", "final_year", False), ("6b", "hhi_revenue", "final_year", False),
          ("6c", "active_labs", "final_year", False), ("7", "single_site_compute_share", "final_year", False)]
sizes = [2000, 5000, 10000, 20000]
def values(arm, n, col, log):
    v = [float(r[col]) for r in rows if r["scenario"] == arm and int(r["population.agents"]) == n and r[col] != "NA"]
    return [math.log10(x) for x in v if x > 0] if log else v
def fmt(x):
    return f"{x:+.3g}"
print("| claim | metric | " + " | ".join(f"{n:,} users: effect [95% CI]; SD pre / inf" for n in sizes) + " | largest arm shift vs 20k (Welch t) | 10k vs 20k: arms t; effect z |")
print("|---|---|" + "---|" * (len(sizes) + 2))
for cid, metric, stat, log in claims:
    col = f"{metric}_{stat}"
    cells = []
    shifts = []
    for n in sizes:
        pre, inf = values("pretraining-era", n, col, log), values("inference-era", n, col, log)
        t = stats.ttest_ind(inf, pre, equal_var=False)
        ci = t.confidence_interval(0.95)
        eff = sum(inf) / len(inf) - sum(pre) / len(pre)
        cells.append(f"{fmt(eff)} [{fmt(ci.low)}, {fmt(ci.high)}]; {stats.tstd(pre):.2g} / {stats.tstd(inf):.2g}")
        if n != 20000:
            for arm in ("pretraining-era", "inference-era"):
                s = stats.ttest_ind(values(arm, n, col, log), values(arm, 20000, col, log), equal_var=False).statistic
                shifts.append((abs(s), f"{s:+.1f} ({arm.split('-')[0]}, {n // 1000}k)"))
    arms = [stats.ttest_ind(values(a, 10000, col, log), values(a, 20000, col, log), equal_var=False).statistic
            for a in ("pretraining-era", "inference-era")]
    def effect(n):
        pre, inf = values("pretraining-era", n, col, log), values("inference-era", n, col, log)
        return sum(inf) / len(inf) - sum(pre) / len(pre), stats.tvar(inf) / len(inf) + stats.tvar(pre) / len(pre)
    (e10, v10), (e20, v20) = effect(10000), effect(20000)
    z = (e10 - e20) / math.sqrt(v10 + v20)
    print(f"| {cid} | `{col}`{' (log10)' if log else ''} | " + " | ".join(cells)
          + f" | {max(shifts)[1]} | {arms[0]:+.1f}, {arms[1]:+.1f}; {z:+.1f} |")
