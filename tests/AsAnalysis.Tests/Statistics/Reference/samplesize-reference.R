# Reference values for SampleSizeTests (R 4.2.2). Run: Rscript samplesize-reference.R  (about a minute)
options(digits = 17)
show <- function(label, v) cat(label, ":", format(v, digits = 17), "\n")
# normal approximation, R's own function
show("power.prop.test(n = 50, p1 = 0.6, p2 = 0.35)$power", power.prop.test(n = 50, p1 = 0.6, p2 = 0.35)$power)
show("power.prop.test(n = 77, p1 = 0.5, p2 = 0.75)$power", power.prop.test(n = 77, p1 = 0.5, p2 = 0.75)$power)
show("power.prop.test(n = 120, p1 = 0.45, p2 = 0.25, sig.level = 0.01)$power", power.prop.test(n = 120, p1 = 0.45, p2 = 0.25, sig.level = 0.01)$power)
show("power.prop.test(p1 = 0.5, p2 = 0.75, power = 0.9, tol = 1e-13)$n", power.prop.test(p1 = 0.5, p2 = 0.75, power = 0.9, tol = 1e-13)$n)
show("power.prop.test(p1 = 0.5, p2 = 0.75, power = 0.9)$n (default tol; help page example: n = 76.7)", power.prop.test(p1 = 0.5, p2 = 0.75, power = 0.9)$n)
show("power.prop.test(p1 = 0.6, p2 = 0.35, power = 0.8, tol = 1e-13)$n", power.prop.test(p1 = 0.6, p2 = 0.35, power = 0.8, tol = 1e-13)$n)
show("power.prop.test(p1 = 0.2, p2 = 0.1, power = 0.85, sig.level = 0.025, tol = 1e-13)$n", power.prop.test(p1 = 0.2, p2 = 0.1, power = 0.85, sig.level = 0.025, tol = 1e-13)$n)
# Fleiss-Tytun-Ury continuity correction, written out
ncc <- function(p1, p2, power, alpha = 0.05) { n <- power.prop.test(p1 = p1, p2 = p2, power = power, sig.level = alpha, tol = 1e-13)$n
  d <- abs(p1 - p2); n / 4 * (1 + sqrt(1 + 4 / (n * d)))^2 }
pcc <- function(n, p1, p2, alpha = 0.05) { d <- abs(p1 - p2); pb <- (p1 + p2) / 2
  pnorm(((n * d - 1) / sqrt(n) - qnorm(1 - alpha / 2) * sqrt(2 * pb * (1 - pb))) / sqrt(p1 * (1 - p1) + p2 * (1 - p2))) }
show("ncc(0.5, 0.75, 0.9)", ncc(0.5, 0.75, 0.9)); show("ncc(0.6, 0.35, 0.8)", ncc(0.6, 0.35, 0.8))
show("pcc(50, 0.6, 0.35)", pcc(50, 0.6, 0.35)); show("pcc(ncc(0.5, 0.75, 0.9), 0.5, 0.75) (= 0.9)", pcc(ncc(0.5, 0.75, 0.9), 0.5, 0.75))
# exact power by brute-force enumeration with fisher.test / chisq.test
exact_power <- function(n, p1, p0, alpha = 0.05, test = "fisher") {
  pw <- 0
  for (x1 in 0:n) for (x2 in 0:n) {
    x <- matrix(c(x1, x2, n - x1, n - x2), 2)
    p <- if (test == "fisher") fisher.test(x)$p.value else suppressWarnings(chisq.test(x, correct = FALSE)$p.value)
    if (!is.na(p) && p <= alpha) pw <- pw + dbinom(x1, n, p1) * dbinom(x2, n, p0)
  }
  pw
}
show("exact_power(20, 0.7, 0.3, test = 'fisher')", exact_power(20, 0.7, 0.3))
show("exact_power(20, 0.7, 0.3, test = 'chisq')", exact_power(20, 0.7, 0.3, test = "chisq"))
show("exact_power(35, 0.6, 0.3, test = 'fisher')", exact_power(35, 0.6, 0.3))
show("exact_power(35, 0.6, 0.3, test = 'chisq')", exact_power(35, 0.6, 0.3, test = "chisq"))
show("exact_power(15, 0.4, 0.4, test = 'fisher') (size)", exact_power(15, 0.4, 0.4))
show("exact_power(15, 0.4, 0.4, test = 'chisq') (size)", exact_power(15, 0.4, 0.4, test = "chisq"))
show("exact_power(12, 0.9, 0.2, alpha = 0.01, test = 'fisher')", exact_power(12, 0.9, 0.2, alpha = 0.01))
pf <- sapply(1:40, function(n) exact_power(n, 0.75, 0.35))
show("exact Fisher power, p1 0.75, p0 0.35, n = 1..40", pf)
show("smallest n with exact Fisher power >= 0.8", which(pf >= 0.8)[1])
pc <- sapply(1:40, function(n) exact_power(n, 0.75, 0.35, test = "chisq"))
show("exact chisq power, p1 0.75, p0 0.35, n = 1..40", pc)
show("smallest n with exact chisq power >= 0.8", which(pc >= 0.8)[1])
