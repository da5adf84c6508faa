# Reference values for tests/AsAnalysis.Tests/Endpoints/MmrmEfficacyTests.cs: the MMRM of the sample export's BASDAI,
# BASFI and ASDAS-CRP change from baseline, fitted with nlme::gls + emmeans to the long data the library builds
# (sample_mmrm_long.csv: one row per analysed ITT subject and post-baseline visit).
# Run from this folder: Rscript sample_reference.R > sample_reference.out
suppressPackageStartupMessages({ library(nlme); library(emmeans) })
long <- read.csv("sample_mmrm_long.csv", stringsAsFactors = FALSE)
weeks <- sort(unique(as.numeric(sub("Week ", "", long$AVISIT))))
ctl <- glsControl(maxIter = 1000, msMaxIter = 1000, tolerance = 1e-14, msTol = 1e-14, opt = "optim", optimMethod = "BFGS")
f17 <- function(x) sprintf("%.15g", x)
for (ep in c("BASDAI", "BASFI", "ASDAS_CRP")) {
  d <- long[long$ENDPOINT == ep, ]
  d$AVISIT <- factor(d$AVISIT, levels = paste("Week", weeks))
  d$VIS <- as.integer(d$AVISIT)
  d$ARM <- factor(d$ARM, levels = c("Etanercept", "MSC"))
  fit <- gls(CHG ~ ARM * AVISIT + BASE * AVISIT, d, correlation = corSymm(form = ~ VIS | USUBJID),
             weights = varIdent(form = ~ 1 | AVISIT), method = "REML", control = ctl)
  for (i in 1:3) fit <- gls(CHG ~ ARM * AVISIT + BASE * AVISIT, d,
             correlation = corSymm(value = coef(fit$modelStruct$corStruct, unconstrained = FALSE), form = ~ VIS | USUBJID),
             weights = varIdent(value = coef(fit$modelStruct$varStruct, unconstrained = FALSE), form = ~ 1 | AVISIT),
             method = "REML", control = ctl)
  cat(sprintf("%s|m2rll|||%s|0\n", ep, f17(-2 * as.numeric(logLik(fit)))))
  em <- emmeans(fit, ~ ARM | AVISIT, mode = "df.error")
  es <- summary(em)
  for (i in seq_len(nrow(es))) cat(sprintf("%s|lsmean|%s|%s|%s|%s\n", ep, es$AVISIT[i], es$ARM[i], f17(es$emmean[i]), f17(es$SE[i])))
  cs <- summary(contrast(em, method = "revpairwise"))
  for (i in seq_len(nrow(cs))) cat(sprintf("%s|diff|%s|MSC|%s|%s\n", ep, cs$AVISIT[i], f17(cs$estimate[i]), f17(cs$SE[i])))
}
