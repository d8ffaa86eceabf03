#!/usr/bin/env Rscript
# Starter analysis (README "Analysing the tables"): does a theme come up
# more often when physicians speak than when non-physicians do?
#
#   Rscript contrib/analysis/rate_ratio.R TABLES_DIR [THEME]
#
# One row per speaker (speaker_category.csv, the theme row THEME.*,
# interviewers left out). Outcome: affirmed hits (hits not negated); offset
# log(tokens), so the coefficients are log rate ratios. "physician" is the
# metadata column `group` (corpora/nhs-metadata.csv: physician or
# non-physician); a speaker without a group or without tokens cannot be
# used and is listed on stderr, never dropped silently. Standard errors are
# cluster-robust by document (speakers of one interview are not
# independent): sandwich::vcovCL when installed (HC1, the default), else
# the same estimator computed below (also with LEXTAB_PLAIN_FIT=1). Prints:
#   poisson rate_ratio RR ci_low LOW ci_high HIGH n N clusters G
#   negbin  rate_ratio ...   (MASS::glm.nb, when MASS is installed)
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) >= 1) args[1] else "tables"
theme <- if (length(args) >= 2) args[2] else "trust"

d <- read.csv(file.path(dir, "speaker_category.csv"), na.strings = "",
              stringsAsFactors = FALSE, check.names = FALSE, encoding = "UTF-8")
d <- d[d$category == paste0(theme, ".*"), ]
if (nrow(d) == 0) stop("no rows for theme '", theme, "'")
d <- d[is.na(d$role) | d$role != "interviewer", ]
bad <- is.na(d$group) | d$tokens == 0
if (any(bad))
  message(sprintf("left out: %d speaker(s) without a group or tokens: %s", sum(bad),
                  paste(d$doc_id[bad], d$speaker[bad], sep = "/", collapse = ", ")))
d <- d[!bad, ]
d$physician <- as.integer(d$group == "physician")

# cluster-robust covariance (HC1 with the G/(G-1) cluster adjustment, as
# sandwich::vcovCL's default) of a Poisson or NB glm
vcov_cluster <- function(m, cluster) {
  if (Sys.getenv("LEXTAB_PLAIN_FIT") == "" && requireNamespace("sandwich", quietly = TRUE))
    return(sandwich::vcovCL(m, cluster = cluster, type = "HC1"))
  X <- model.matrix(m)
  u <- X * residuals(m, type = "working") * m$weights   # score contributions
  U <- rowsum(u, cluster)
  B <- summary(m)$cov.unscaled
  n <- nrow(X); k <- ncol(X); g <- nrow(U)
  (g / (g - 1)) * ((n - 1) / (n - k)) * B %*% crossprod(U) %*% B
}

report <- function(label, m) {
  V <- vcov_cluster(m, d$doc_id)
  b <- coef(m)[["physician"]]
  se <- sqrt(V["physician", "physician"])
  z <- qnorm(0.975)
  cat(sprintf("%s rate_ratio %.6f ci_low %.6f ci_high %.6f n %d clusters %d\n", label,
              exp(b), exp(b - z * se), exp(b + z * se), nrow(d), length(unique(d$doc_id))))
}

m <- glm(affirmed ~ physician + offset(log(tokens)), family = poisson, data = d)
report("poisson", m)
if (requireNamespace("MASS", quietly = TRUE)) {
  nb <- tryCatch(suppressWarnings(MASS::glm.nb(affirmed ~ physician + offset(log(tokens)), data = d)),
                 error = function(e) NULL)
  if (is.null(nb)) message("negbin: the negative-binomial fit did not converge") else report("negbin", nb)
} else {
  message("negbin: MASS is not installed (r-cran-mass)")
}
