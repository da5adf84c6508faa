# Reference values for tests/AsAnalysis.Tests/Statistics/Logistic/*.cs (R 4.2.2; sandwich 3.0-2; beeca 0.2.0 built from
# its GitHub sources, used only as a second opinion). The tests never run R: they hold the printed values beside the calls.
# Data: beeca-trial01.csv (README.md in this folder), complete cases of aval.
options(digits = 17)
d <- read.csv("beeca-trial01.csv")
cc <- d[!is.na(d$aval), ]

## 1. glm fits ------------------------------------------------------------------------------------------------------
f1 <- glm(aval ~ trtp + bl_cov, family = binomial, data = cc)
print(summary(f1)$coefficients); print(confint.default(f1)); print(vcov(f1))
print(c(deviance = deviance(f1), null = f1$null.deviance, aic = AIC(f1), iter = f1$iter, df = f1$df.residual))

f2 <- glm(aval ~ trtp + bl_cov + region_2 + region_3 + region_4 + region_5, family = binomial, data = cc)
print(summary(f2)$coefficients); print(c(deviance = deviance(f2), null = f2$null.deviance, aic = AIC(f2), iter = f2$iter))

# no intercept
f3 <- glm(aval ~ 0 + trtp + bl_cov, family = binomial, data = cc)
print(summary(f3)$coefficients); print(c(deviance = deviance(f3), null = f3$null.deviance, aic = AIC(f3), iter = f3$iter))

# prior weights: first 40 complete rows, integer weights 1, 2, 3 repeating
s <- cc[1:40, ]; s$w <- rep(1:3, length.out = 40)
f4 <- glm(aval ~ trtp + bl_cov, family = binomial, data = s, weights = w)
print(summary(f4)$coefficients); print(c(deviance = deviance(f4), null = f4$null.deviance, aic = AIC(f4), iter = f4$iter))

## 2. separation (R fits, warns, and reports huge estimates) ---------------------------------------------------------
# quasi-complete: x = 0 has both outcomes, x = 1 only events
q <- data.frame(x = c(0, 0, 0, 0, 1, 1, 1), y = c(0, 1, 0, 1, 1, 1, 1))
print(coef(glm(y ~ x, family = binomial, data = q)))
# complete: y = 1 exactly when x > 2.5
cpl <- data.frame(x = c(1, 2, 3, 4), y = c(0, 0, 1, 1))
print(coef(glm(y ~ x, family = binomial, data = cpl)))

## 3. g-computation: marginal risks, difference, Ge and Ye variances -------------------------------------------------
gcomp <- function(fit, trt = "trtp") {
  X1 <- model.matrix(fit); X1[, trt] <- 1
  X0 <- model.matrix(fit); X0[, trt] <- 0
  b <- coef(fit)
  p1 <- plogis(drop(X1 %*% b)); p0 <- plogis(drop(X0 %*% b))
  list(p1 = p1, p0 = p0, X1 = X1, X0 = X0, theta = c(mean(p1), mean(p0)))
}
ge <- function(fit, V) {
  g <- gcomp(fit)
  D <- rbind(colMeans(g$p1 * (1 - g$p1) * g$X1), colMeans(g$p0 * (1 - g$p0) * g$X0))
  D %*% V %*% t(D)
}
ye <- function(fit, trt = "trtp", original = FALSE) {
  g <- gcomp(fit); y <- fit$y; a <- model.frame(fit)[[trt]]; n <- length(y)
  pred <- cbind(g$p1, g$p0); arm <- c(1, 0)
  V <- matrix(0, 2, 2)
  for (k in 1:2) {
    ink <- a == arm[k]; pik <- mean(ink)
    yk <- y[ink]; pk <- pred[ink, k]
    covyp <- cov(yk, pk)
    resid <- if (original) var(yk - pk) else var(yk) - 2 * covyp + var(pred[, k])
    V[k, k] <- resid / pik + 2 * covyp - var(pred[, k])
  }
    in1 <- a == 1; in0 <- a == 0
  V[1, 2] <- V[2, 1] <- cov(y[in1], pred[in1, 2]) + cov(y[in0], pred[in0, 1]) - cov(pred[, 1], pred[, 2])
  V / n
}
contr <- function(th, V) {
  diff <- th[1] - th[2]; vd <- V[1, 1] + V[2, 2] - 2 * V[1, 2]
  lrr <- log(th[1] / th[2]); vlrr <- V[1, 1] / th[1]^2 + V[2, 2] / th[2]^2 - 2 * V[1, 2] / (th[1] * th[2])
  lor <- qlogis(th[1]) - qlogis(th[2])
  g1 <- 1 / (th[1] * (1 - th[1])); g0 <- 1 / (th[2] * (1 - th[2]))
  vlor <- g1^2 * V[1, 1] + g0^2 * V[2, 2] - 2 * g1 * g0 * V[1, 2]
  c(diff = diff, se_diff = sqrt(vd), logrr = lrr, se_logrr = sqrt(vlrr), logor = lor, se_logor = sqrt(vlor))
}
th <- gcomp(f1)$theta
print(th)
Vge <- ge(f1, vcov(f1)); print(Vge); print(contr(th, Vge))
Vhc0 <- ge(f1, sandwich::vcovHC(f1, type = "HC0")); print(Vhc0); print(contr(th, Vhc0))
Vye <- ye(f1); print(Vye); print(contr(th, Vye))
Vyeo <- ye(f1, original = TRUE); print(Vyeo); print(contr(th, Vyeo))
# beeca's published Ye-mod value uses the first 150 complete rows
f150 <- glm(aval ~ trtp + bl_cov, family = binomial, data = cc[1:150, ])
th150 <- gcomp(f150)$theta; V150 <- ye(f150, original = TRUE); print(th150); print(contr(th150, V150))
# regions model
th2 <- gcomp(f2)$theta; print(th2)
print(contr(th2, ge(f2, vcov(f2)))); print(contr(th2, ye(f2)))

## 4. beeca as a second opinion (trtp as a factor, reference "0") ----------------------------------------------------
if (requireNamespace("beeca", quietly = TRUE)) {
  cf <- transform(cc, trtp = factor(trtp))
  fit <- glm(aval ~ trtp + bl_cov, family = binomial, data = cf)
  for (m in list(list("Ge", "model-based"), list("Ge", "HC0"), list("Ye", "HC0"))) {
    r <- beeca::get_marginal_effect(fit, trt = "trtp", method = m[[1]], type = m[[2]], contrast = "diff", reference = "0")
    cat(m[[1]], m[[2]], "\n"); print(c(r$marginal_est, r$marginal_se))
  }
  r <- beeca::get_marginal_effect(fit, trt = "trtp", method = "Ye", contrast = "rr", reference = "0"); print(c(r$marginal_est, r$marginal_se))
  r <- beeca::get_marginal_effect(fit, trt = "trtp", method = "Ye", contrast = "logor", reference = "0"); print(c(r$marginal_est, r$marginal_se))
}
