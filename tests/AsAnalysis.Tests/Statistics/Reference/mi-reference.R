# Reference values for RubinsRulesTests, ResponderImputationTests and StudentTailTests (R 4.2.2, mice 3.15.0).
# Run: Rscript mi-reference.R  (a few seconds). The tests paste the printed values; they never run R.
suppressMessages(library(mice))
options(digits = 17)
show <- function(label, v) cat(label, ":", format(v, digits = 17), "\n")
set.seed(18)
n <- 30
d <- data.frame(trt = rep(c(1, 0), each = n), x = round(rnorm(2 * n), 2))
d$y <- rbinom(2 * n, 1, plogis(-0.3 + 0.5 * d$trt + 0.8 * d$x))
d$y[c(3, 8, 15, 21, 27, 34, 40, 47, 52)] <- NA
d$y <- factor(d$y)
imp <- mice(d, m = 5, method = c("", "", "logreg"), seed = 20240618, printFlag = FALSE)
cnt <- t(sapply(1:5, function(i) { c <- complete(imp, i); y <- as.numeric(as.character(c$y)); c(sum(y[c$trt == 1]), sum(y[c$trt == 0])) }))
show("treatment responders per imputation (of 30)", cnt[, 1]); show("control responders per imputation (of 30)", cnt[, 2])
# 1. mice::pool of lm(y ~ trt): the trt coefficient is pT - pC with the OLS variance; dfcom = 58
fl <- with(imp, lm(as.numeric(as.character(y)) ~ trt))
pl <- pool(fl); s <- summary(pl, conf.int = TRUE)
r <- pl$pooled[2, ]
for (k in c("estimate", "ubar", "b", "t", "dfcom", "df", "riv", "lambda", "fmi")) show(paste0("pool(with(imp, lm(y ~ trt)))$pooled[2, '", k, "']"), r[[k]])
show("summary(pool(lm), conf.int = TRUE)[2, c('std.error', 'p.value', '2.5 %', '97.5 %')]", unlist(s[2, c("std.error", "p.value", "2.5 %", "97.5 %")]))
# 2. mice::pool of glm(y ~ trt, binomial): log odds ratio with the Woolf variance
fg <- with(imp, glm(y ~ trt, family = binomial))
pg <- pool(fg); sg <- summary(pg, conf.int = TRUE); g <- pg$pooled[2, ]
for (k in c("estimate", "ubar", "b", "t", "dfcom", "df", "riv", "lambda", "fmi")) show(paste0("pool(with(imp, glm(y ~ trt, binomial)))$pooled[2, '", k, "']"), g[[k]])
show("summary(pool(glm), conf.int = TRUE)[2, c('std.error', 'p.value', '2.5 %', '97.5 %')]", unlist(sg[2, c("std.error", "p.value", "2.5 %", "97.5 %")]))
# 3. pool.scalar with the analyses of ResponderImputation (Wald RD, Katz log RR, rates), dfcom = n - k
pt <- cnt[, 1] / 30; pc <- cnt[, 2] / 30
ci <- function(ps, level = 0.95) { q <- qt((1 + level) / 2, ps$df); c(ps$qbar - q * sqrt(ps$t), ps$qbar + q * sqrt(ps$t), 2 * pt(abs(ps$qbar) / sqrt(ps$t), ps$df, lower.tail = FALSE)) }
rep1 <- function(label, ps) { for (k in c("qbar", "ubar", "b", "t", "df", "r", "fmi")) show(paste0(label, "$", k), ps[[k]]); show(paste0(label, " ci_low, ci_high, p"), ci(ps)) }
rd <- pool.scalar(pt - pc, pt * (1 - pt) / 30 + pc * (1 - pc) / 30, n = 60, k = 2); rep1("pool.scalar(pT - pC, pT(1-pT)/30 + pC(1-pC)/30, n = 60, k = 2)", rd)
rdinf <- pool.scalar(pt - pc, pt * (1 - pt) / 30 + pc * (1 - pc) / 30); rep1("pool.scalar(pT - pC, Wald variance) (n = Inf)", rdinf)
rr <- pool.scalar(log(pt / pc), 1 / cnt[, 1] - 1 / 30 + 1 / cnt[, 2] - 1 / 30, n = 60, k = 2); rep1("pool.scalar(log(pT/pC), 1/xT - 1/30 + 1/xC - 1/30, n = 60, k = 2)", rr)
show("exp(qbar), exp(ci) of the risk ratio", exp(c(rr$qbar, ci(rr)[1:2])))
ort <- pool.scalar(log(cnt[,1] * (30 - cnt[,2]) / ((30 - cnt[,1]) * cnt[,2])), 1/cnt[,1] + 1/(30-cnt[,1]) + 1/cnt[,2] + 1/(30-cnt[,2]), n = 60, k = 2); rep1("pool.scalar(log OR, Woolf, n = 60, k = 2)", ort)
rt <- pool.scalar(pt, pt * (1 - pt) / 30, n = 30, k = 1); rep1("pool.scalar(pT, pT(1-pT)/30, n = 30, k = 1)", rt)
rc <- pool.scalar(pc, pc * (1 - pc) / 30, n = 30, k = 1); rep1("pool.scalar(pC, pC(1-pC)/30, n = 30, k = 1)", rc)
# 4. no between-imputation variance: lambda floored at 1e-4 for df
z <- pool.scalar(rep(0.1, 4), c(0.01, 0.012, 0.011, 0.009), n = 50, k = 2); rep1("pool.scalar(rep(0.1, 4), c(0.01, 0.012, 0.011, 0.009), n = 50, k = 2)", z)
# 5. glm reference for the internal logistic fit (weighted, with a pseudo-observation weight)
dd <- d[!is.na(d$y), ]; yy <- as.numeric(as.character(dd$y))
gf <- glm(yy ~ trt + x, family = binomial, data = dd, control = glm.control(epsilon = 1e-15, maxit = 100))
show("glm(y ~ trt + x, binomial) coefficients", coef(gf)); show("vcov", as.vector(vcov(gf)))
ww <- rep(c(1, 0.5, 2), length.out = nrow(dd))
gw <- suppressWarnings(glm(yy ~ trt + x, family = quasibinomial, weights = ww, data = dd, control = glm.control(epsilon = 1e-15, maxit = 100)))
show("glm(y ~ trt + x, quasibinomial, weights = rep(c(1, 0.5, 2))) coefficients", coef(gw)); show("summary()$cov.unscaled", as.vector(summary(gw)$cov.unscaled))
cat("data x:", paste(format(dd$x, nsmall = 2), collapse = ","), "\n"); cat("data trt:", paste(dd$trt, collapse = ","), "\n"); cat("data y:", paste(yy, collapse = ","), "\n")

# glm fits to full convergence (the tests compare with these)
fg <- with(imp, glm(y ~ trt, family = binomial, control = glm.control(epsilon = 1e-15, maxit = 100)))
pg <- pool(fg); sg <- summary(pg, conf.int = TRUE); g <- pg$pooled[2, ]
for (k in c("estimate", "ubar", "b", "t", "dfcom", "df", "riv", "lambda", "fmi")) show(paste0("pool(with(imp, glm(y ~ trt, binomial, control = glm.control(epsilon = 1e-15))))$pooled[2, '", k, "']"), g[[k]])
show("summary(conf.int = TRUE)[2, c('std.error', 'p.value', '2.5 %', '97.5 %')]", unlist(sg[2, c("std.error", "p.value", "2.5 %", "97.5 %")]))
dd <- d[!is.na(d$y), ]; yy <- as.numeric(as.character(dd$y))
gf <- glm(yy ~ trt + x, family = binomial, data = dd, control = glm.control(epsilon = 1e-15, maxit = 100))
X <- model.matrix(gf); mu <- fitted(gf)
show("solve(t(X) %*% (mu (1 - mu) X)) at glm's estimate", as.vector(solve(t(X) %*% (X * (mu * (1 - mu))))))
ww <- rep(c(1, 0.5, 2), length.out = nrow(dd))
gw <- suppressWarnings(glm(yy ~ trt + x, family = quasibinomial, weights = ww, data = dd, control = glm.control(epsilon = 1e-15, maxit = 100)))
mu <- fitted(gw)
show("weighted: solve(t(X) %*% (w mu (1 - mu) X))", as.vector(solve(t(X) %*% (X * (ww * mu * (1 - mu))))))
show("iterations", c(gf$iter, gw$iter))

# Student t quantiles and two-sided tails
for (df in c(0.05, 0.5, 1, 2.5, 10, 52.806059275185753, 2603.2671604938296, 1e6, 1e9)) {
  cat(sprintf("{ %s, %s, %s, %s, %s },\n", format(df, digits = 17), format(qt(0.975, df), digits = 17), format(qt(0.95, df), digits = 17),
    format(2 * pt(-0.8, df), digits = 17), format(2 * pt(-7.5, df), digits = 17)))
}
