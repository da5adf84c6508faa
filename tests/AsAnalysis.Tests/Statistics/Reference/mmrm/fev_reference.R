# Reference values for the MMRM tests (tests/AsAnalysis.Tests/Statistics/Mmrm/*).
# Run from this folder: Rscript fev_reference.R fev_data.rda > fev_reference.out
# Needs R with nlme and emmeans (Debian r-cran-nlme, r-cran-emmeans). The tests read only the values pasted from
# fev_reference.out (and fev_data.csv); this script documents where they came from.
#
# 1. Exports the R package mmrm's example data set fev_data (data/fev_data.rda of the mmrm repository, Apache-2.0,
#    see PROVENANCE.md) to fev_data.csv, all 800 rows, FEV1 empty where missing.
# 2. Fits FEV1 ~ ARMCD and FEV1 ~ RACE + SEX + ARMCD * AVISIT by REML with nlme::gls for each covariance
#    structure nlme has (UN = corSymm + varIdent, CS, CSH = CS + varIdent, AR1, ARH1 = AR1 + varIdent) and prints
#    coefficients, standard errors, -2 REML log-likelihood (SAS convention, see below), LS means and differences by
#    emmeans with their standard errors.
suppressPackageStartupMessages({ library(nlme); library(emmeans) })
args <- commandArgs(trailingOnly = TRUE)
load(if (length(args) > 0) args[1] else "fev_data.rda")
d <- fev_data
write.csv(data.frame(USUBJID = d$USUBJID, AVISIT = d$AVISIT, ARMCD = d$ARMCD, RACE = d$RACE, SEX = d$SEX,
                     FEV1_BL = sprintf("%.17g", d$FEV1_BL), FEV1 = ifelse(is.na(d$FEV1), "", sprintf("%.17g", d$FEV1)),
                     WEIGHT = sprintf("%.17g", d$WEIGHT), VISITN = d$VISITN, VISITN2 = sprintf("%.17g", d$VISITN2)),
          "fev_data.csv", row.names = FALSE, quote = TRUE, na = "")
dc <- d[!is.na(d$FEV1), ]
dc$VIS <- as.integer(dc$AVISIT)
# nlme's default optimiser (nlminb) stops about 4e-8 above the REML optimum of -2 log-likelihood, which moves standard
# errors by up to 2e-5 relative; optim's BFGS, restarted three times from the previous estimate, gets within 1e-10.
ctl <- glsControl(maxIter = 1000, msMaxIter = 1000, tolerance = 1e-14, msTol = 1e-14, opt = "optim", optimMethod = "BFGS")
refit <- function(fit, form, st) {
  for (i in 1:3) {
    cs <- coef(fit$modelStruct$corStruct, unconstrained = FALSE)
    cor <- switch(class(st$cor)[1],
      corSymm = corSymm(value = cs, form = ~ VIS | USUBJID),
      corCompSymm = corCompSymm(value = cs, form = ~ VIS | USUBJID),
      corAR1 = corAR1(value = cs, form = ~ VIS | USUBJID))
    fit <- if (is.null(st$w)) gls(form, dc, correlation = cor, method = "REML", control = ctl) else
      gls(form, dc, correlation = cor, method = "REML", control = ctl,
          weights = varIdent(value = coef(fit$modelStruct$varStruct, unconstrained = FALSE), form = ~ 1 | AVISIT))
  }
  fit
}
structs <- list(
  us   = list(cor = corSymm(form = ~ VIS | USUBJID),     w = varIdent(form = ~ 1 | AVISIT)),
  cs   = list(cor = corCompSymm(form = ~ VIS | USUBJID), w = NULL),
  csh  = list(cor = corCompSymm(form = ~ VIS | USUBJID), w = varIdent(form = ~ 1 | AVISIT)),
  ar1  = list(cor = corAR1(form = ~ VIS | USUBJID),      w = NULL),
  ar1h = list(cor = corAR1(form = ~ VIS | USUBJID),      w = varIdent(form = ~ 1 | AVISIT)))
f17 <- function(x) sprintf("%.15g", x)
# -2 REML log-likelihood: nlme's REML log-likelihood is on the same scale as SAS PROC MIXED's "-2 Res Log
# Likelihood" (checked: FEV1 ~ RACE + SEX + ARMCD * AVISIT, UN, gives 3386.4498772 here and 3386.44987722 in SAS).
m2rll <- function(fit) -2 * as.numeric(logLik(fit))
for (model in c("simple", "full")) {
  form <- if (model == "simple") FEV1 ~ ARMCD else FEV1 ~ RACE + SEX + ARMCD * AVISIT
  for (s in names(structs)) {
    st <- structs[[s]]
    call <- if (is.null(st$w)) quote(gls(form, dc, correlation = st$cor, method = "REML", control = ctl)) else
      quote(gls(form, dc, correlation = st$cor, weights = st$w, method = "REML", control = ctl))
    # optim's BFGS steps outside the AR(1) range for corAR1; nlminb already reaches the optimum there.
    if (s %in% c("ar1", "ar1h")) { ctl0 <- ctl; ctl <- glsControl(maxIter = 1000, msMaxIter = 1000, tolerance = 1e-14, msTol = 1e-14) }
    fit <- refit(eval(call), form, st)
    if (s %in% c("ar1", "ar1h")) ctl <- ctl0
    cat(sprintf("== model %s structure %s: gls(%s, correlation = %s%s, method = \"REML\", control = %s), refitted 3 times\n", model, s,
                deparse(form), deparse(formula(st$cor)), if (is.null(st$w)) "" else ", weights = varIdent(~1 | AVISIT)",
                if (s %in% c("ar1", "ar1h")) "glsControl(tolerance = 1e-14, msTol = 1e-14)" else "ctl"))
    cat("m2rll", f17(m2rll(fit)), "\n")
    cf <- summary(fit)$tTable
    for (i in seq_len(nrow(cf))) cat("coef", rownames(cf)[i], f17(cf[i, 1]), f17(cf[i, 2]), "\n")
    full <- names(which(table(dc$USUBJID) == 4))[1]  # a subject with all four visits
    cat("sigma", f17(as.vector(getVarCov(fit, individual = full))), "\n")
    if (model == "full") {
      em <- emmeans(fit, ~ ARMCD | AVISIT, mode = "df.error")
      es <- summary(em)
      for (i in seq_len(nrow(es))) cat("lsmean", as.character(es$AVISIT[i]), as.character(es$ARMCD[i]), f17(es$emmean[i]), f17(es$SE[i]), "\n")
      cs <- summary(contrast(em, method = "revpairwise"))
      for (i in seq_len(nrow(cs))) cat("diff", as.character(cs$AVISIT[i]), f17(cs$estimate[i]), f17(cs$SE[i]), "\n")
    } else {
      em <- emmeans(fit, ~ ARMCD, mode = "df.error")
      es <- summary(em)
      for (i in seq_len(nrow(es))) cat("lsmean", as.character(es$ARMCD[i]), f17(es$emmean[i]), f17(es$SE[i]), "\n")
    }
  }
}

# 3. The REML criterion at a fixed covariance matrix, computed densely (no pattern sums, no optimisation):
#    Sigma_ab = 40 * 0.6^|a-b| + 10 * (a == b), model FEV1 ~ RACE + SEX + ARMCD * AVISIT.
#    -2 l_R = sum_i log|Sigma_i| + log|X'V^-1 X| + r'V^-1 r + (N - p) log(2 pi), r = y - X beta_GLS.
S <- outer(1:4, 1:4, function(a, b) 40 * 0.6^abs(a - b) + 10 * (a == b))
X <- model.matrix(FEV1 ~ RACE + SEX + ARMCD * AVISIT, dc)
y <- dc$FEV1
Vinv <- matrix(0, nrow(dc), nrow(dc)); logdet <- 0
for (s in unique(dc$USUBJID)) {
  i <- which(dc$USUBJID == s)
  Si <- S[dc$VIS[i], dc$VIS[i], drop = FALSE]
  Vinv[i, i] <- solve(Si); logdet <- logdet + as.numeric(determinant(Si)$modulus)
}
XVX <- t(X) %*% Vinv %*% X
beta <- solve(XVX, t(X) %*% Vinv %*% y)
r <- y - X %*% beta
m2 <- logdet + as.numeric(determinant(XVX)$modulus) + as.numeric(t(r) %*% Vinv %*% r) + (length(y) - ncol(X)) * log(2 * pi)
cat("== fixed sigma: 40 * 0.6^|a-b| + 10 * (a == b), FEV1 ~ RACE + SEX + ARMCD * AVISIT\n")
cat("m2rll", f17(m2), "\n")
cat("beta", f17(beta), "\n")
cat("se", f17(sqrt(diag(solve(XVX)))), "\n")
