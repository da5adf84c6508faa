# R 4.2.2 code that produced the reference values pasted in the proportion tests (Proportion*, StratifiedDifference*,
# RiskRatio*, PoissonRate*, Multiplicity* tests). Not run by the tests. Run with: Rscript proportion-reference.R
# The score intervals are computed independently of the C# code: constrained MLEs are the roots of the profile
# score equations (uniroot), not the closed-form Farrington-Manning cubic, and limits come from uniroot(tol = 1e-15).

options(digits = 17)
pr <- function(label, v) cat(label, ":", format(v, digits = 17), "\n")
cat("== One proportion ==\n")
pr("prop.test(0, 15, correct = FALSE)$conf.int", prop.test(0, 15, correct = FALSE)$conf.int)
pr("prop.test(15, 15, correct = FALSE)$conf.int", prop.test(15, 15, correct = FALSE)$conf.int)
pr("prop.test(7, 20, correct = FALSE, conf.level = 0.9)$conf.int", prop.test(7, 20, correct = FALSE, conf.level = 0.9)$conf.int)
pr("prop.test(0, 15)$conf.int", prop.test(0, 15)$conf.int)
pr("prop.test(15, 15)$conf.int", prop.test(15, 15)$conf.int)
pr("prop.test(7, 20)$conf.int", prop.test(7, 20)$conf.int)
pr("prop.test(5, 10)$conf.int", prop.test(5, 10)$conf.int)
pr("prop.test(5, 10, correct = FALSE)$conf.int", prop.test(5, 10, correct = FALSE)$conf.int)
pr("binom.test(0, 15)$conf.int", binom.test(0, 15)$conf.int)
pr("binom.test(15, 15)$conf.int", binom.test(15, 15)$conf.int)
pr("binom.test(3, 10)$conf.int", binom.test(3, 10)$conf.int)
pr("binom.test(1, 1000, conf.level = 0.99)$conf.int", binom.test(1, 1000, conf.level = 0.99)$conf.int)
pr("qbeta(c(0.025, 0.975), 0.5, 15.5)", qbeta(c(0.025, 0.975), 0.5, 15.5))
pr("qbeta(c(0.025, 0.975), 15.5, 0.5)", qbeta(c(0.025, 0.975), 15.5, 0.5))
ac <- function(x, n, level = 0.95) { z <- qnorm((1 + level) / 2); nt <- n + z^2; pt <- (x + z^2 / 2) / nt; h <- z * sqrt(pt * (1 - pt) / nt); c(max(0, pt - h), min(1, pt + h)) }
pr("agresti_coull 0/15 (z = qnorm(0.975); nt = n + z^2; pt = (x + z^2/2)/nt; pt -/+ z sqrt(pt(1-pt)/nt), clipped)", ac(0, 15))
pr("agresti_coull 15/15", ac(15, 15))
wald <- function(x, n, level = 0.95) { z <- qnorm((1 + level) / 2); p <- x / n; h <- z * sqrt(p * (1 - p) / n); c(max(0, p - h), min(1, p + h)) }
pr("wald 7/20 (p -/+ qnorm(0.975) sqrt(p(1-p)/n), clipped)", wald(7, 20))
pr("wald 1/20", wald(1, 20))

cat("== Difference (prop.test two-sample) ==\n")
for (tb in list(c(56,70,48,80), c(9,10,3,10), c(5,56,0,29), c(0,10,0,10), c(10,10,0,20), c(3,10,3,10), c(30,40,29,40))) {
  x <- tb[c(1,3)]; n <- tb[c(2,4)]
  pr(sprintf("prop.test(c(%d, %d), c(%d, %d), correct = FALSE)$conf.int", x[1], x[2], n[1], n[2]), suppressWarnings(prop.test(x, n, correct = FALSE)$conf.int))
  pr(sprintf("prop.test(c(%d, %d), c(%d, %d))$conf.int", x[1], x[2], n[1], n[2]), suppressWarnings(prop.test(x, n)$conf.int))
}

cat("== Mee / MN (independent R: constrained MLE by optimize, uniroot tol 1e-15) ==\n")
cmle <- function(x1, n1, x2, n2, delta) {
  # constrained MLE under p1 = p2 + delta: root of the profile score d/dp2 loglik by uniroot (independent of the closed-form cubic)
  lo <- max(0, -delta); hi <- min(1, 1 - delta)
  if (hi - lo < 1e-15) return(c(lo + delta, lo))
  g <- function(p2) { p1 <- p2 + delta
    (if (x1 > 0) x1 / p1 else 0) - (if (n1 > x1) (n1 - x1) / (1 - p1) else 0) +
    (if (x2 > 0) x2 / p2 else 0) - (if (n2 > x2) (n2 - x2) / (1 - p2) else 0) }
  e <- (hi - lo) * 1e-14
  if (g(lo + e) <= 0) p2 <- lo else if (g(hi - e) >= 0) p2 <- hi else
    p2 <- uniroot(g, c(lo + e, hi - e), tol = 1e-16, maxiter = 10000)$root
  c(p2 + delta, p2)
}
scoreci <- function(x1, n1, x2, n2, corr, level = 0.95) {
  z <- qnorm((1 + level) / 2); d <- x1 / n1 - x2 / n2; N <- n1 + n2
  sc <- function(delta) { q <- cmle(x1, n1, x2, n2, delta); v <- q[1] * (1 - q[1]) / n1 + q[2] * (1 - q[2]) / n2
    if (corr) v <- v * N / (N - 1); if (delta == d) 0 else (d - delta) / sqrt(v) }
  lo <- if (d <= -1) -1 else uniroot(function(t) sc(t) - z, c(-1 + 1e-13, d), tol = 1e-15)$root
  up <- if (d >= 1) 1 else uniroot(function(t) sc(t) + z, c(d, 1 - 1e-13), tol = 1e-15)$root
  c(lo, up)
}
for (tb in list(c(56,70,48,80), c(9,10,3,10), c(6,7,2,7), c(5,56,0,29), c(0,10,0,20), c(10,10,0,20), c(30,40,29,40))) {
  pr(sprintf("mee %d/%d-%d/%d", tb[1], tb[2], tb[3], tb[4]), scoreci(tb[1], tb[2], tb[3], tb[4], FALSE))
  pr(sprintf("mn  %d/%d-%d/%d", tb[1], tb[2], tb[3], tb[4]), scoreci(tb[1], tb[2], tb[3], tb[4], TRUE))
}
pr("mn 56/70-48/80 level 0.9", scoreci(56, 70, 48, 80, TRUE, 0.9))
ac2 <- function(x1, n1, x2, n2, level = 0.95) { z <- qnorm((1 + level) / 2); p1 <- (x1 + 1) / (n1 + 2); p2 <- (x2 + 1) / (n2 + 2); d <- p1 - p2; h <- z * sqrt(p1 * (1 - p1) / (n1 + 2) + p2 * (1 - p2) / (n2 + 2)); c(d - h, d + h) }
pr("agresti_caffo 30/40-29/40", ac2(30, 40, 29, 40))

cat("== Risk ratio ==\n")
logrr <- function(x1, n1, x2, n2, level = 0.95) { z <- qnorm((1 + level) / 2); rr <- (x1 / n1) / (x2 / n2); se <- sqrt(1/x1 - 1/n1 + 1/x2 - 1/n2); c(rr, rr * exp(-z * se), rr * exp(z * se)) }
rrcmle <- function(x1, n1, x2, n2, phi) {
  # constrained MLE under p1 = phi p2: root of the profile score by uniroot
  hi <- min(1, 1 / phi)
  g <- function(p2) { p1 <- phi * p2
    (if (x1 > 0) x1 / p2 else 0) - (if (n1 > x1) (n1 - x1) * phi / (1 - p1) else 0) +
    (if (x2 > 0) x2 / p2 else 0) - (if (n2 > x2) (n2 - x2) / (1 - p2) else 0) }
  e <- hi * 1e-14
  if (g(hi - e) >= 0) p2 <- hi else p2 <- uniroot(g, c(e, hi - e), tol = 1e-16, maxiter = 10000)$root
  c(phi * p2, p2)
}
scorerr <- function(x1, n1, x2, n2, level = 0.95) {
  z <- qnorm((1 + level) / 2); p1 <- x1 / n1; p2 <- x2 / n2; N <- n1 + n2
  sc <- function(t) { phi <- exp(t); q <- rrcmle(x1, n1, x2, n2, phi)
    v <- (q[1] * (1 - q[1]) / n1 + phi^2 * q[2] * (1 - q[2]) / n2) * N / (N - 1); (p1 - phi * p2) / sqrt(v) }
  lo <- if (x1 == 0) 0 else exp(uniroot(function(t) sc(t) - z, c(-30, 30), tol = 1e-15)$root)
  up <- if (x2 == 0) Inf else exp(uniroot(function(t) sc(t) + z, c(-30, 30), tol = 1e-15)$root)
  c(lo, up)
}
for (tb in list(c(56,70,48,80), c(9,10,3,10), c(5,56,0,29), c(0,29,5,56), c(10,10,10,10), c(36,40,16,80))) {
  if (tb[1] > 0 && tb[3] > 0) pr(sprintf("log rr %d/%d-%d/%d (rr, lower, upper)", tb[1], tb[2], tb[3], tb[4]), logrr(tb[1], tb[2], tb[3], tb[4]))
  pr(sprintf("score rr %d/%d-%d/%d", tb[1], tb[2], tb[3], tb[4]), scorerr(tb[1], tb[2], tb[3], tb[4]))
}

cat("== Poisson ==\n")
pr("poisson.test(3, 10)$conf.int", poisson.test(3, 10)$conf.int)
pr("poisson.test(0, 25.4)$conf.int", poisson.test(0, 25.4)$conf.int)
pr("poisson.test(12, 150.3, conf.level = 0.9)$conf.int", poisson.test(12, 150.3, conf.level = 0.9)$conf.int)
pr("poisson.test(250, 1000)$conf.int", poisson.test(250, 1000)$conf.int)
for (tc in list(list(c(12, 5), c(150.3, 140.7)), list(c(0, 4), c(50, 60)), list(c(4, 0), c(50, 60)), list(c(7, 7), c(100, 100)), list(c(30, 12), c(80.5, 95.25)))) {
  r <- poisson.test(tc[[1]], tc[[2]])
  lab <- sprintf("poisson.test(c(%g, %g), c(%g, %g))", tc[[1]][1], tc[[1]][2], tc[[2]][1], tc[[2]][2])
  pr(paste(lab, "$estimate"), r$estimate); pr(paste(lab, "$conf.int"), r$conf.int); pr(paste(lab, "$p.value"), r$p.value)
  x <- tc[[1]]; t <- tc[[2]]; d <- x[1]/t[1] - x[2]/t[2]; se <- sqrt(x[1]/t[1]^2 + x[2]/t[2]^2)
  pr(paste("rate difference", lab, "d -/+ qnorm(0.975) sqrt(x1/t1^2 + x2/t2^2)"), c(d, d - qnorm(0.975) * se, d + qnorm(0.975) * se))
}

cat("== p.adjust ==\n")
p <- c(0.01, 0.04, 0.03, 0.005, 0.04, 0.2)
for (m in c("bonferroni", "holm", "hochberg")) pr(sprintf("p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.04, 0.2), \"%s\")", m), p.adjust(p, m))
p2 <- c(0.02, NA, 0.01, 0.04)
for (m in c("bonferroni", "holm", "hochberg")) pr(sprintf("p.adjust(c(0.02, NA, 0.01, 0.04), \"%s\")", m), p.adjust(p2, m))
p3 <- c(0.6, 0.3, 0.9)
for (m in c("bonferroni", "holm", "hochberg")) pr(sprintf("p.adjust(c(0.6, 0.3, 0.9), \"%s\")", m), p.adjust(p3, m))

# ---- Stratified methods ----
set.seed(1)
rsp <- c(
  sample(c(TRUE, FALSE), size = 40, prob = c(3 / 4, 1 / 4), replace = TRUE),
  sample(c(TRUE, FALSE), size = 40, prob = c(1 / 2, 1 / 2), replace = TRUE)
)
grp <- factor(rep(c("A", "B"), each = 40), levels = c("B", "A"))
strata_data <- data.frame(
  "f1" = sample(c("a", "b"), 80, TRUE),
  "f2" = sample(c("x", "y", "z"), 80, TRUE),
  stringsAsFactors = TRUE
)
strata <- interaction(strata_data)
# tabulated as in StratifiedDifferenceTests.TernSas:
print(table(rsp, grp, strata))

options(digits = 17)
# Tables (treatment = A, control = B) from tern's "prop_diff_strat_nc output matches equivalent SAS function output" data
xT <- c(8, 4, 2, 5, 6, 5); nT <- c(9, 4, 5, 7, 7, 8)
xC <- c(3, 6, 2, 3, 3, 3); nC <- c(6, 12, 5, 4, 8, 5)
z <- qnorm(0.975)

wilson <- function(x, n, zz) { # R prop.test(correct = FALSE) form
  p <- x / n; z22n <- zz^2 / (2 * n)
  u <- if (p >= 1) 1 else (p + z22n + zz * sqrt(p * (1 - p) / n + z22n / (2 * n))) / (1 + 2 * z22n)
  l <- if (p <= 0) 0 else (p + z22n - zz * sqrt(p * (1 - p) / n + z22n / (2 * n))) / (1 + 2 * z22n)
  c(l, u)
}
strat_newcombe <- function(xT, nT, xC, nC, level = 0.95) {
  z <- qnorm((1 + level) / 2)
  w <- nT * nC / (nT + nC); w <- w / sum(w)
  arm <- function(x, n) {
    v <- (x / n) * (1 - x / n) / n
    zs <- z * sqrt(sum(w^2 * v)) / sum(w * sqrt(v))
    ci <- sapply(seq_along(x), function(k) wilson(x[k], n[k], zs))
    c(p = sum(w * x / n), l = sum(w * ci[1, ]), u = sum(w * ci[2, ]), lambda = sum(w^2 / n))
  }
  t <- arm(xT, nT); c <- arm(xC, nC)
  d <- t[["p"]] - c[["p"]]
  c(d = d,
    lower = d - z * sqrt(t[["lambda"]] * t[["l"]] * (1 - t[["l"]]) + c[["lambda"]] * c[["u"]] * (1 - c[["u"]])),
    upper = d + z * sqrt(c[["lambda"]] * c[["l"]] * (1 - c[["l"]]) + t[["lambda"]] * t[["u"]] * (1 - t[["u"]])))
}
cat("strat newcombe tern-SAS data:\n"); print(strat_newcombe(xT, nT, xC, nC))

sato <- function(xT, nT, xC, nC, level = 0.95) {
  N <- nT + nC; w <- nT * nC / N; d <- sum(w * (xT / nT - xC / nC)) / sum(w)
  P <- (nT^2 * xC - nC^2 * xT + nT * nC * (nC - nT) / 2) / N^2
  Q <- (xT * (nC - xC) + xC * (nT - xT)) / (2 * N)
  v <- (d * sum(P) + sum(Q)) / sum(w)^2
  z <- qnorm((1 + level) / 2)
  c(d = d, var = v, lower = d - z * sqrt(v), upper = d + z * sqrt(v))
}
cat("sato tern-SAS data:\n"); print(sato(xT, nT, xC, nC))
# tern h_cmh_sato_var tables: group1 x1/n1, group2 x2/n2 (variance is orientation-free)
cat("sato tern tbl1 (treatment = group 2):\n"); print(sato(c(8,10,6), c(30,35,27), c(12,15,9), c(30,35,23)))
cat("sato tern tbl2:\n"); print(sato(c(0,3,2), c(13,70,13), c(1,42,0), c(8,50,95)))
cat("sato tern tbl3:\n"); print(sato(0, 13, 1, 8))

# Stratified MN with CMH weights: constrained MLE by numerical maximisation (independent of the closed-form cubic)
cmle <- function(x1, n1, x2, n2, delta) {
  # constrained MLE under p1 = p2 + delta: root of the profile score d/dp2 loglik by uniroot (independent of the closed-form cubic)
  lo <- max(0, -delta); hi <- min(1, 1 - delta)
  if (hi - lo < 1e-15) return(c(lo + delta, lo))
  g <- function(p2) { p1 <- p2 + delta
    (if (x1 > 0) x1 / p1 else 0) - (if (n1 > x1) (n1 - x1) / (1 - p1) else 0) +
    (if (x2 > 0) x2 / p2 else 0) - (if (n2 > x2) (n2 - x2) / (1 - p2) else 0) }
  e <- (hi - lo) * 1e-14
  if (g(lo + e) <= 0) p2 <- lo else if (g(hi - e) >= 0) p2 <- hi else
    p2 <- uniroot(g, c(lo + e, hi - e), tol = 1e-16, maxiter = 10000)$root
  c(p2 + delta, p2)
}
mnvar <- function(x1, n1, x2, n2, delta, corr = TRUE) {
  q <- cmle(x1, n1, x2, n2, delta)
  v <- q[1] * (1 - q[1]) / n1 + q[2] * (1 - q[2]) / n2
  if (corr) v * (n1 + n2) / (n1 + n2 - 1) else v
}
strat_mn <- function(xT, nT, xC, nC, level = 0.95) {
  z <- qnorm((1 + level) / 2)
  w <- nT * nC / (nT + nC); w <- w / sum(w)
  d <- sum(w * (xT / nT - xC / nC))
  sc <- function(delta) (d - delta) / sqrt(sum(w^2 * sapply(seq_along(xT), function(k) mnvar(xT[k], nT[k], xC[k], nC[k], delta))))
  lo <- uniroot(function(t) sc(t) - z, c(-1 + 1e-12, d), tol = 1e-15)$root
  up <- uniroot(function(t) sc(t) + z, c(d, 1 - 1e-12), tol = 1e-15)$root
  c(d = d, lower = lo, upper = up)
}
cat("strat MN tern tbl1 (treatment = group 2):\n"); print(strat_mn(c(8,10,6), c(30,35,27), c(12,15,9), c(30,35,23)))
cat("strat MN tern-SAS data:\n"); print(strat_mn(xT, nT, xC, nC))
cat("strat MN one stratum 56/70-48/80:\n"); print(strat_mn(56, 70, 48, 80))
