# Reference values for TwoByTwoTestsTests / OddsRatioTests (R 4.2.2). Run: Rscript twobytwo-reference.R
# Not needed at test run time; the printed values are pasted into the tests with the call beside them.
options(digits = 17)
tab <- function(x1, n1, x2, n2) matrix(c(x1, x2, n1 - x1, n2 - x2), 2)  # rows Treatment, Control; cols event, no event

# fisher.test's conditional MLE and exact CI, with its own internal functions but uniroot(tol = 1e-15)
# (fisher.test itself uses uniroot's default tol = .Machine$double.eps^0.25).
fisher_precise <- function(x, conf.level = 0.95) {
  m <- sum(x[, 1L]); n <- sum(x[, 2L]); k <- sum(x[1L, ]); x <- x[1L, 1L]
  lo <- max(0L, k - n); hi <- min(k, m); support <- lo:hi
  logdc <- dhyper(support, m, n, k, log = TRUE)
  dnhyper <- function(ncp) { d <- logdc + log(ncp) * support; d <- exp(d - max(d)); d / sum(d) }
  mnhyper <- function(ncp) { if (ncp == 0) return(lo); if (ncp == Inf) return(hi); sum(support * dnhyper(ncp)) }
  pnhyper <- function(q, ncp = 1, upper.tail = FALSE) sum(dnhyper(ncp)[if (upper.tail) support >= q else support <= q])
  ur <- function(f, lower, upper) uniroot(f, c(lower, upper), tol = 1e-15, maxiter = 10000)$root
  # solve on the log scale to keep relative precision
  mle <- if (x == lo) 0 else if (x == hi) Inf else exp(ur(function(t) mnhyper(exp(t)) - x, -50, 50))
  alpha <- (1 - conf.level) / 2
  low <- if (x == lo) 0 else exp(ur(function(t) pnhyper(x, exp(t), upper.tail = TRUE) - alpha, -50, 50))
  upp <- if (x == hi) Inf else exp(ur(function(t) pnhyper(x, exp(t)) - alpha, -50, 50))
  c(mle, low, upp)
}

woolf <- function(x, conf.level = 0.95) {
  or <- x[1, 1] * x[2, 2] / (x[1, 2] * x[2, 1])
  se <- sqrt(sum(1 / x))
  z <- qnorm((1 + conf.level) / 2)
  c(or, exp(log(or) - z * se), exp(log(or) + z * se))
}

show <- function(label, v) cat(label, ":", format(v, digits = 17), "\n")

cat("== fisher.test(matrix(c(3, 1, 1, 3), 2)) ==\n")
ft <- fisher.test(matrix(c(3, 1, 1, 3), 2))
show("p", ft$p.value); show("estimate (uniroot default tol)", ft$estimate); show("conf.int (uniroot default tol)", ft$conf.int)
show("precise mle, lower, upper", fisher_precise(matrix(c(3, 1, 1, 3), 2)))

tables <- list(c(56, 70, 48, 80), c(9, 10, 3, 10), c(6, 7, 2, 7), c(5, 56, 0, 29), c(0, 10, 0, 20), c(10, 10, 0, 20),
               c(12, 40, 25, 41), c(1, 2, 0, 1), c(3, 3, 1, 3), c(0, 10, 5, 10), c(7, 30, 7, 30), c(15, 30, 15, 30),
               c(30, 60, 20, 60), c(3, 17, 9, 21))
for (t in tables) {
  x <- tab(t[1], t[2], t[3], t[4])
  cat(sprintf("== table x1=%d n1=%d x2=%d n2=%d ==\n", t[1], t[2], t[3], t[4]))
  show("fisher.test p", fisher.test(x)$p.value)
  show("fisher.test estimate, conf.int", c(fisher.test(x)$estimate, fisher.test(x)$conf.int))
  show("fisher_precise mle, lower, upper", fisher_precise(x))
  show("fisher_precise 90%", fisher_precise(x, 0.90))
  suppressWarnings({
    show("chisq.test(correct=FALSE) stat, p", c(chisq.test(x, correct = FALSE)$statistic, chisq.test(x, correct = FALSE)$p.value))
    show("chisq.test() stat, p", c(chisq.test(x)$statistic, chisq.test(x)$p.value))
  })
  show("woolf or, low, up", woolf(x))
}

cat("== large tables ==\n")
big <- list(c(25100, 50000, 24900, 50000), c(25300, 50000, 24900, 50000), c(500, 50000, 430, 50000), c(3, 60000, 12, 40000))
for (t in big) {
  x <- tab(t[1], t[2], t[3], t[4])
  cat(sprintf("x1=%d n1=%d x2=%d n2=%d\n", t[1], t[2], t[3], t[4]))
  show("fisher.test p", fisher.test(x)$p.value)
  show("chisq.test(correct=FALSE) p", chisq.test(x, correct = FALSE)$p.value)
}

cat("== conditional MLE, larger tables ==\n")
for (t in list(c(500, 50000, 430, 50000), c(3, 60000, 12, 40000), c(80, 150, 60, 150))) {
  x <- tab(t[1], t[2], t[3], t[4])
  cat(sprintf("x1=%d n1=%d x2=%d n2=%d\n", t[1], t[2], t[3], t[4]))
  show("fisher_precise mle, lower, upper", fisher_precise(x))
}

cat("== 2 x 10^7 subjects ==\n")
show("fisher.test(matrix(c(5000000, 4990000, 5000000, 5010000), 2))$p.value", fisher.test(matrix(c(5000000, 4990000, 5000000, 5010000), 2))$p.value)
