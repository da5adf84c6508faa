# Reference values for MantelHaenszelTests (R 4.2.2). Run: Rscript mantelhaen-reference.R
options(digits = 17)
show <- function(label, v) cat(label, ":", format(v, digits = 17), "\n")
mh <- function(x, ...) { r <- mantelhaen.test(x, ...); c(r$statistic, r$p.value, r$estimate, r$conf.int) }
cat("UCBAdmissions (Admit x Gender x Dept):\n"); print(ftable(UCBAdmissions))
show("mantelhaen.test(UCBAdmissions, correct = FALSE): X2, p, OR, lower, upper", mh(UCBAdmissions, correct = FALSE))
show("mantelhaen.test(UCBAdmissions): X2, p, OR, lower, upper", mh(UCBAdmissions))
show("mantelhaen.test(UCBAdmissions, correct = FALSE, conf.level = 0.9)", mh(UCBAdmissions, correct = FALSE, conf.level = 0.9))
# strata given as (x1, n1, x2, n2): x[, , k] = matrix(c(x1, x2, n1 - x1, n2 - x2), 2)
strata <- function(...) { s <- list(...); a <- array(0, c(2, 2, length(s)))
  for (k in seq_along(s)) { t <- s[[k]]; a[, , k] <- matrix(c(t[1], t[3], t[2] - t[1], t[4] - t[3]), 2) }; a }
x1 <- strata(c(12, 40, 6, 38), c(20, 45, 11, 44), c(8, 15, 3, 16))
show("three strata, correct = FALSE", mh(x1, correct = FALSE)); show("three strata, correct = TRUE", mh(x1))
x2 <- strata(c(3, 10, 0, 10), c(0, 12, 0, 11), c(5, 9, 2, 8))  # second stratum has no events (zero margin)
show("zero-margin stratum, correct = FALSE", mh(x2, correct = FALSE)); show("zero-margin stratum, correct = TRUE", mh(x2))
x3 <- strata(c(4, 9, 4, 9), c(2, 10, 2, 10))  # DELTA = 0
show("no association, correct = TRUE", mh(x3))
x4 <- strata(c(5, 10, 0, 10), c(7, 8, 0, 9))  # all b*c = 0: OR Inf
show("b c = 0 everywhere, correct = FALSE", mh(x4, correct = FALSE))
