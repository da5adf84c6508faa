# Checks which optimum is better when AsAnalysis and nlme::gls disagree slightly on the sample export's MMRM:
# the REML criterion computed densely (no pattern sums) at the covariance matrix AsAnalysis found
# (sample_sigma_asanalysis.txt: endpoint, then the 7 x 7 matrix row by row, written by the library) and at gls's.
# Run from this folder: Rscript sample_dense_check.R
suppressPackageStartupMessages({ library(nlme) })
long <- read.csv("sample_mmrm_long.csv", stringsAsFactors = FALSE)
weeks <- sort(unique(as.numeric(sub("Week ", "", long$AVISIT))))
ours <- read.table("sample_sigma_asanalysis.txt", stringsAsFactors = FALSE)
m2rll <- function(S, d, X, y) {
  Vinv <- matrix(0, nrow(d), nrow(d)); logdet <- 0
  for (s in unique(d$USUBJID)) {
    i <- which(d$USUBJID == s); Si <- S[d$VIS[i], d$VIS[i], drop = FALSE]
    Vinv[i, i] <- solve(Si); logdet <- logdet + as.numeric(determinant(Si)$modulus)
  }
  XVX <- t(X) %*% Vinv %*% X; beta <- solve(XVX, t(X) %*% Vinv %*% y); r <- y - X %*% beta
  logdet + as.numeric(determinant(XVX)$modulus) + as.numeric(t(r) %*% Vinv %*% r) + (length(y) - ncol(X)) * log(2 * pi)
}
ctl <- glsControl(maxIter = 1000, msMaxIter = 1000, tolerance = 1e-14, msTol = 1e-14, opt = "optim", optimMethod = "BFGS")
for (ep in c("BASDAI", "BASFI", "ASDAS_CRP")) {
  d <- long[long$ENDPOINT == ep, ]
  d$AVISIT <- factor(d$AVISIT, levels = paste("Week", weeks)); d$VIS <- as.integer(d$AVISIT); d$ARM <- factor(d$ARM)
  X <- model.matrix(~ ARM * AVISIT + BASE * AVISIT, d)
  fit <- gls(CHG ~ ARM * AVISIT + BASE * AVISIT, d, correlation = corSymm(form = ~ VIS | USUBJID),
             weights = varIdent(form = ~ 1 | AVISIT), method = "REML", control = ctl)
  full <- names(which(table(d$USUBJID) == 7))[1]
  Sg <- as.matrix(getVarCov(fit, individual = full))
  So <- matrix(as.numeric(ours[ours$V1 == ep, -1]), 7, 7, byrow = TRUE)
  cat(sprintf("%s: dense -2 l_R at gls's Sigma %.10f, at AsAnalysis's Sigma %.10f, gls reports %.10f\n", ep,
              m2rll(Sg, d, X, d$CHG), m2rll(So, d, X, d$CHG), -2 * as.numeric(logLik(fit))))
}
