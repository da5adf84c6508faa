# Independent reference values for TwoByTwoTestsTests (Boschloo/Barnard), python3 + scipy 1.10.1 (Debian python3-scipy).
# Not needed at test run time. Usage: echo "x1 n1 x2 n2" | python3 unconditional_reference.py
# prints boschloo p, barnard pooled p, barnard unpooled p.
# Independent reference for Barnard/Boschloo: scipy's own region code, ties with relative tolerance,
# nuisance maximised by brute force on a dense grid + bounded Brent (scipy.optimize.minimize_scalar) polishing.
import numpy as np, warnings
from scipy.stats import hypergeom
from scipy.special import gammaln
from scipy.optimize import minimize_scalar
warnings.filterwarnings("ignore")
def logcomb(n):
    g = gammaln(np.arange(n + 1) + 1); return gammaln(n + 1) - g - g[::-1]
def maxp(idx, n1, n2):
    x1 = np.arange(n1 + 1).reshape(-1, 1); x2 = np.arange(n2 + 1).reshape(1, -1)
    s = (x1 + x2)[idx]; lc = (logcomb(n1)[x1] + logcomb(n2)[x2])[idx]; N = n1 + n2
    def logp(p):
        if p <= 0: return np.log(np.exp(lc[s == 0]).sum()) if (s == 0).any() else -np.inf
        if p >= 1: return np.log(np.exp(lc[s == N]).sum()) if (s == N).any() else -np.inf
        v = lc + s * np.log(p) + (N - s) * np.log1p(-p); m = v.max(); return m + np.log(np.exp(v - m).sum())
    grid = np.sin(np.linspace(0, np.pi / 2, 20001)) ** 2
    vals = np.array([logp(p) for p in grid]); best = vals.max()
    for i in np.argsort(vals)[-20:]:
        a, b = grid[max(i - 1, 0)], grid[min(i + 1, len(grid) - 1)]
        r = minimize_scalar(lambda p: -logp(p), bounds=(a, b), method="bounded", options={"xatol": 1e-15})
        best = max(best, -r.fun)
    return min(1.0, np.exp(best))
def barnard(x1o, n1, x2o, n2, pooled=True):
    if n1 == 0 or n2 == 0: return 1.0
    x1 = np.arange(n1 + 1).reshape(-1, 1); x2 = np.arange(n2 + 1).reshape(1, -1)
    p1, p2 = x1 / n1, x2 / n2
    if pooled:
        p = (x1 + x2) / (n1 + n2); var = p * (1 - p) * (1 / n1 + 1 / n2)
    else:
        var = p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2
    w = np.divide(p1 - p2, np.sqrt(var)); w[p1 == p2] = 0
    obs = abs(w[x1o, x2o])
    idx = np.abs(w) >= obs * (1 - 1e-12) if np.isfinite(obs) else np.isinf(w)
    return maxp(idx, n1, n2)
def boschloo(x1o, n1, x2o, n2):
    x1 = np.arange(n1 + 1).reshape(-1, 1); x2 = np.arange(n2 + 1).reshape(1, -1); s = x1 + x2; N = n1 + n2
    less = hypergeom.cdf(x1, N, s, n1); greater = hypergeom.sf(x1 - 1, N, s, n1)
    pl = maxp(less <= less[x1o, x2o] * (1 + 1e-13), n1, n2); pg = maxp(greater <= greater[x1o, x2o] * (1 + 1e-13), n1, n2)
    return min(1.0, 2 * min(pl, pg))
if __name__ == "__main__":
    import sys
    for line in sys.stdin:
        a = list(map(int, line.split()))
        print(repr(boschloo(*a)), repr(barnard(*a)), repr(barnard(*a, pooled=False)))
