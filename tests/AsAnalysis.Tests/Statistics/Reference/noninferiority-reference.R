# Reference values for tests/AsAnalysis.Tests/Statistics/NonInferiorityTests.cs (R 4.2.2, base only).
# An implementation independent of the library's closed forms: the restricted maximum-likelihood estimates are found by
# solving the likelihood equation numerically (uniroot, tol 1e-15; optimize's golden section is only good to about 1e-8)
# instead of the Farrington-Manning cubic / quadratic, and the intervals by uniroot on the statistic. The tests never run R.
options(digits = 17)
loglik <- function(p1, p2, x1, n1, x2, n2) dbinom(x1, n1, p1, log = TRUE) + dbinom(x2, n2, p2, log = TRUE)
restricted <- function(x1, n1, x2, n2, null, scale) {
  if (scale == "diff") {
    lo <- max(0, -null); hi <- min(1, 1 - null)
    f <- function(p2) loglik(p2 + null, p2, x1, n1, x2, n2)
  } else {
    lo <- 0; hi <- min(1, 1 / null)
    f <- function(p2) loglik(null * p2, p2, x1, n1, x2, n2)
  }
  g <- function(p2) { h <- 1e-7; (f(p2 + h) - f(p2 - h)) / (2 * h) }  # only to bracket
  score <- if (scale == "diff") {
    function(p2) x1 / (p2 + null) - (n1 - x1) / (1 - p2 - null) + x2 / p2 - (n2 - x2) / (1 - p2)
  } else {
    function(p2) x1 / p2 - (n1 - x1) * null / (1 - null * p2) + x2 / p2 - (n2 - x2) / (1 - p2)
  }
  e <- 1e-15
  a <- lo + e; b <- hi - e
  sa <- score(a); sb <- score(b)
  p2 <- if (is.finite(sa) && is.finite(sb) && sign(sa) == sign(sb)) {
    if (f(a) > f(b)) lo else hi
  } else uniroot(score, c(a, b), tol = 1e-16, maxiter = 10000)$root
  if (scale == "diff") c(p2 + null, p2) else c(null * p2, p2)
}
zstat <- function(x1, n1, x2, n2, null, scale, mn) {
  q <- restricted(x1, n1, x2, n2, null, scale)
  N <- n1 + n2; k <- if (mn) N / (N - 1) else 1
  if (scale == "diff") {
    num <- x1 / n1 - x2 / n2 - null; v <- (q[1] * (1 - q[1]) / n1 + q[2] * (1 - q[2]) / n2) * k
  } else {
    num <- x1 / n1 - null * x2 / n2; v <- (q[1] * (1 - q[1]) / n1 + null^2 * q[2] * (1 - q[2]) / n2) * k
  }
  if (num == 0) 0 else num / sqrt(v)
}
ci <- function(x1, n1, x2, n2, scale, mn, level) {
  z <- qnorm((1 + level) / 2)
  if (scale == "diff") {
    d <- x1 / n1 - x2 / n2
    f <- function(t) zstat(x1, n1, x2, n2, t, scale, mn)
    c(uniroot(function(t) f(t) - z, c(-1 + 1e-12, d), tol = 1e-14)$root,
      uniroot(function(t) f(t) + z, c(d, 1 - 1e-12), tol = 1e-14)$root)
  } else {
    r <- (x1 / n1) / (x2 / n2)
    f <- function(t) zstat(x1, n1, x2, n2, exp(t), scale, mn)
    exp(c(uniroot(function(t) f(t) - z, c(log(r) - 10, log(r)), tol = 1e-14)$root,
          uniroot(function(t) f(t) + z, c(log(r), log(r) + 10), tol = 1e-14)$root))
  }
}
show <- function(x1, n1, x2, n2, null, scale, better = "higher", level = 0.95) {
  for (mn in c(FALSE, TRUE)) {
    z <- zstat(x1, n1, x2, n2, null, scale, mn)
    p <- if (better == "higher") pnorm(-z) else pnorm(z)
    cat(sprintf("%d/%d vs %d/%d %s null=%s %s: ", x1, n1, x2, n2, scale, null, if (mn) "MN" else "FM"))
    print(c(z = z, p = p, ci = ci(x1, n1, x2, n2, scale, mn, level)))
  }
}
show(56, 70, 48, 80, -0.10, "diff")
show(24, 30, 26, 30, -0.10, "diff")
show(24, 30, 26, 30, -0.20, "diff")
show(30, 30, 28, 30, -0.10, "diff")
show(5, 30, 3, 30, 0.10, "diff", better = "lower")
show(24, 30, 26, 30, 0.80, "ratio")
show(5, 30, 3, 30, 2.0, "ratio", better = "lower")
show(24, 30, 26, 30, 0.20, "diff", better = "lower")   # upper side of the equivalence test with margins -0.2, 0.2
