# Reference values for AssuranceTests and NonInferiorityTests (R 4.2.2, rpact 3.3.4).
# Run: Rscript planning-reference.R  (about a minute). Assurance and power are brute-force sums over every outcome.
suppressMessages(library(rpact))
options(digits = 17)
show <- function(label, v) cat(label, ":", format(v, digits = 17), "\n")
# Farrington-Manning non-inferiority (rpact): unrounded n per arm and power
for (a in list(c(0.6, 0.6, 0.1, 0.025, 0.2), c(0.55, 0.6, 0.15, 0.025, 0.1), c(0.7, 0.65, 0.1, 0.05, 0.2), c(0.9, 0.9, 0.05, 0.025, 0.2), c(0.05, 0.1, 0.1, 0.025, 0.2)))
  show(sprintf("getSampleSizeRates(pi1 = %s, pi2 = %s, thetaH0 = -%s, alpha = %s, beta = %s, sided = 1, normalApproximation = TRUE)$nFixed1", a[1], a[2], a[3], a[4], a[5]),
    getSampleSizeRates(pi1 = a[1], pi2 = a[2], thetaH0 = -a[3], alpha = a[4], beta = a[5], sided = 1, normalApproximation = TRUE)$nFixed1)
show("getPowerRates(pi1 = 0.6, pi2 = 0.6, thetaH0 = -0.1, alpha = 0.025, sided = 1, maxNumberOfSubjects = 600)$overallReject",
  getPowerRates(pi1 = 0.6, pi2 = 0.6, thetaH0 = -0.1, alpha = 0.025, sided = 1, maxNumberOfSubjects = 600)$overallReject)
show("getPowerRates(pi1 = 0.55, pi2 = 0.6, thetaH0 = -0.15, alpha = 0.025, sided = 1, maxNumberOfSubjects = 2 * 120)$overallReject",
  getPowerRates(pi1 = 0.55, pi2 = 0.6, thetaH0 = -0.15, alpha = 0.025, sided = 1, maxNumberOfSubjects = 240)$overallReject)
# Brute force: success of every outcome, beta-binomial or binomial weights
wilson <- function(x, n, level) suppressWarnings(prop.test(x, n, correct = FALSE, conf.level = level)$conf.int)
newcombe_lower <- function(x1, n1, x2, n2, level) { w1 <- wilson(x1, n1, level); w2 <- wilson(x2, n2, level)
  p1 <- x1 / n1; p2 <- x2 / n2; p1 - p2 - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2) }
wald_lower <- function(x1, n1, x2, n2, level) { p1 <- x1 / n1; p2 <- x2 / n2
  max(-1, p1 - p2 - qnorm((1 + level) / 2) * sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)) }
fisher_greater <- function(x1, n1, x2, n2) fisher.test(matrix(c(x1, n1 - x1, x2, n2 - x2), 2, byrow = TRUE), alternative = "greater")$p.value
dbb <- function(y, n, a, b) exp(lchoose(n, y) + lbeta(y + a, n - y + b) - lbeta(a, b))
total <- function(n, wT, wC, ok) { s <- 0; for (yT in 0:n) for (yC in 0:n) if (ok(yT, yC)) s <- s + wT[yT + 1] * wC[yC + 1]; s }
run <- function(label, n, xT, nT, xC, nC, rule, margin = 0, alpha = 0.025) {
  level <- 1 - 2 * alpha
  ok <- switch(rule, newcombe = function(a, b) newcombe_lower(a, n, b, n, level) > -margin,
    wald = function(a, b) wald_lower(a, n, b, n, level) > -margin, fisher = function(a, b) fisher_greater(a, n, b, n) <= alpha)
  ass <- total(n, dbb(0:n, n, xT + 0.5, nT - xT + 0.5), dbb(0:n, n, xC + 0.5, nC - xC + 0.5), ok)
  pow <- total(n, dbinom(0:n, n, xT / nT), dbinom(0:n, n, xC / nC), ok)
  cat(sprintf("{ \"%s\", %d, %d, %d, %d, %d, %s, %s, %s },  // %s\n", rule, n, xT, nT, xC, nC, format(margin), format(ass, digits = 17), format(pow, digits = 17), label))
}
run("superiority, pilot 20/30 vs 14/30, Jeffreys", 40, 20, 30, 14, 30, "newcombe")
run("superiority, pilot 20/30 vs 14/30, Jeffreys", 60, 20, 30, 14, 30, "newcombe")
run("superiority, pilot 14/30 vs 17/30 (favours control)", 40, 14, 30, 17, 30, "newcombe")
run("non-inferiority 0.1, pilot 17/30 vs 18/30", 50, 17, 30, 18, 30, "newcombe", 0.1)
run("non-inferiority 0.15, one-sided 0.05, pilot 25/30 vs 26/30", 35, 25, 30, 26, 30, "newcombe", 0.15, 0.05)
run("superiority Wald, pilot 20/30 vs 14/30", 40, 20, 30, 14, 30, "wald")
run("Fisher one-sided, pilot 20/30 vs 14/30", 40, 20, 30, 14, 30, "fisher")
run("Fisher one-sided, pilot 22/30 vs 12/30", 25, 22, 30, 12, 30, "fisher")
