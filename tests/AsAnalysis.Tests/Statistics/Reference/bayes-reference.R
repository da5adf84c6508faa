# Reference values for BetaDifferenceTests and BetaBinomialTests (R 4.2.2, base R only).
# Run: Rscript bayes-reference.R. Every probability of D = X - Y, X ~ Beta(a1, b1), Y ~ Beta(a2, b2), is an integral
# computed with integrate(rel.tol = 1e-12) two ways (over y and over x); both are printed and agree to ~1e-12.
options(digits = 17)
show <- function(label, v) cat(label, ":", format(v, digits = 17), "\n")
I <- function(f, lo, hi) integrate(f, lo, hi, rel.tol = 1e-12, subdivisions = 5000L)$value
cdf <- function(d, a1, b1, a2, b2) { if (d <= -1) return(0); if (d >= 1) return(1); lo <- max(0, -d); hi <- min(1, 1 - d)
  I(function(y) dbeta(y, a2, b2) * pbeta(y + d, a1, b1), lo, hi) + (if (d > 0) pbeta(1 - d, a2, b2, lower.tail = FALSE) else 0) }
cdf_x <- function(d, a1, b1, a2, b2) { lo <- max(0, d); hi <- min(1, 1 + d)
  I(function(x) dbeta(x, a1, b1) * pbeta(x - d, a2, b2, lower.tail = FALSE), lo, hi) + (if (d > 0) pbeta(d, a1, b1) else 0) }
surv <- function(d, a1, b1, a2, b2) { if (d <= -1) return(1); if (d >= 1) return(0); lo <- max(0, -d); hi <- min(1, 1 - d)
  I(function(y) dbeta(y, a2, b2) * pbeta(y + d, a1, b1, lower.tail = FALSE), lo, hi) + (if (d < 0) pbeta(-d, a2, b2) else 0) }
surv_x <- function(d, a1, b1, a2, b2) { lo <- max(0, d); hi <- min(1, 1 + d)
  I(function(x) dbeta(x, a1, b1) * pbeta(x - d, a2, b2), lo, hi) + (if (d < 0) pbeta(1 + d, a1, b1, lower.tail = FALSE) else 0) }
dens <- function(d, a1, b1, a2, b2) { lo <- max(0, -d); hi <- min(1, 1 - d); I(function(y) dbeta(y, a2, b2) * dbeta(y + d, a1, b1), lo, hi) }
q <- function(p, a1, b1, a2, b2) tryCatch(uniroot(function(d) if (p <= 0.5) cdf(d, a1, b1, a2, b2) - p else (1 - p) - surv(d, a1, b1, a2, b2),
  c(-1, 1), tol = 1e-15, maxiter = 1000)$root, error = function(e) NA)  # integrate fails near d = -1 for two singular ends
cases <- list(
  list("pilot, Jeffreys: 14/30 vs 17/30", 14.5, 16.5, 17.5, 13.5, c(-0.3, -0.1, 0, 0.1, 0.25)),
  list("Jeffreys, 3/12 vs 0/12 (control density y^-1/2 at 0)", 3.5, 9.5, 0.5, 12.5, c(-0.05, 0, 0.02, 0.2)),
  list("Jeffreys, 0/10 vs 10/10 (both ends singular)", 0.5, 10.5, 10.5, 0.5, c(-0.95, -0.9, -0.5, 0)),
  list("informative control Beta(17.7, 12.3) + 17/30, treatment Jeffreys 14/30", 14.5, 16.5, 34.7, 25.3, c(-0.2, 0, 0.1)),
  list("Jeffreys, 480/1000 vs 400/1000 (concentrated)", 480.5, 520.5, 400.5, 600.5, c(0, 0.05, 0.08, 0.15)))
for (cs in cases) {
  a1 <- cs[[2]]; b1 <- cs[[3]]; a2 <- cs[[4]]; b2 <- cs[[5]]
  cat("#", cs[[1]], sprintf("a1 = %s, b1 = %s, a2 = %s, b2 = %s", a1, b1, a2, b2), "\n")
  for (d in cs[[6]]) {
    cat(sprintf("{ %s, %s, %s, %s, %s, %s, %s, %s, %s, %s },\n", format(a1), format(b1), format(a2), format(b2), format(d),
      format(cdf(d, a1, b1, a2, b2), digits = 17), format(surv(d, a1, b1, a2, b2), digits = 17), format(dens(d, a1, b1, a2, b2), digits = 17),
      format(cdf_x(d, a1, b1, a2, b2), digits = 17), format(surv_x(d, a1, b1, a2, b2), digits = 17)))
  }
  cat(sprintf("quantiles { %s, %s, %s, %s, %s, %s, %s },\n", format(a1), format(b1), format(a2), format(b2),
    format(q(0.025, a1, b1, a2, b2), digits = 17), format(q(0.5, a1, b1, a2, b2), digits = 17), format(q(0.975, a1, b1, a2, b2), digits = 17)))
}
# Closed form for integer shapes (E. Miller): P(X > Y) = sum_{i=0}^{a1-1} B(a2 + i, b1 + b2) / ((b1 + i) B(1 + i, b1) B(a2, b2))
a1 <- 8; b1 <- 14; a2 <- 5; b2 <- 17
i <- 0:(a1 - 1)
show("uniform, 7/20 vs 4/20: P(X > Y) closed form", sum(exp(lbeta(a2 + i, b1 + b2) - log(b1 + i) - lbeta(1 + i, b1) - lbeta(a2, b2))))
show("  same by integrate", surv(0, a1, b1, a2, b2))
# Per-arm posteriors: qbeta limits
show("qbeta(c(0.025, 0.975), 14.5, 16.5)", qbeta(c(0.025, 0.975), 14.5, 16.5))
show("qbeta(c(0.025, 0.975), 0.5, 12.5)", qbeta(c(0.025, 0.975), 0.5, 12.5))
show("qbeta(c(0.05, 0.95), 34.7, 25.3)", qbeta(c(0.05, 0.95), 34.7, 25.3))
show("pbeta(0.5, 14.5, 16.5, lower.tail = FALSE)", pbeta(0.5, 14.5, 16.5, lower.tail = FALSE))
