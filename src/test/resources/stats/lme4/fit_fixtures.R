# Reference values for io.traitscore.stats.model (RaterModelLme4Test).
# Run from this directory:  Rscript fit_fixtures.R      (R 4.2, lme4 1.1-31, lmerTest 3.1-3, jsonlite)
# Writes one <design>.json per design with the ratings and lme4's estimates, plus the full prediction
# error variances (which lme4 does not report: its condVar is conditional on the fixed effects), built
# here from the mixed model equations of the fitted model.
suppressPackageStartupMessages({ library(lme4); library(lmerTest); library(jsonlite); library(numDeriv) })

formula <- score ~ 0 + trait + (1 | candidate) + (1 | candidate:trait) + (1 | interviewer) +
  (1 | candidate:interviewer)
control <- lmerControl(optimizer = "nloptwrap",
                       optCtrl = list(xtol_abs = 1e-12, ftol_abs = 1e-14, xtol_rel = 0, ftol_rel = 0,
                                      maxeval = 1e5),
                       calc.derivs = FALSE)

simulate_design <- function(seed, n_cand, pool, panel_sizes, n_traits, sd, p_missing = 0,
                            drop_trait_of = integer(0)) {
  set.seed(seed)
  traits <- paste0("t", seq_len(n_traits))
  mu <- seq(2.6, 3.6, length.out = n_traits)
  interviewers <- 10 + seq_len(pool)
  lenience <- rnorm(pool, 0, sd[["interviewer"]])
  rows <- list()
  for (c in seq_len(n_cand)) {
    cand <- 100 + c
    level <- rnorm(1, 0, sd[["candidate"]])
    profile <- rnorm(n_traits, 0, sd[["candidate_trait"]])
    k <- if (length(panel_sizes) == 1) panel_sizes else sample(panel_sizes, 1)
    panel <- if (k == pool) seq_len(pool) else sort(sample(seq_len(pool), k))
    for (i in panel) {
      impression <- rnorm(1, 0, sd[["candidate_interviewer"]])
      for (t in seq_len(n_traits)) {
        if (runif(1) < p_missing) next
        if (c %in% drop_trait_of && t == n_traits) next
        latent <- mu[t] + level + profile[t] + lenience[i] + impression + rnorm(1, 0, sd[["residual"]])
        rows[[length(rows) + 1]] <- data.frame(candidate = cand, trait = traits[t],
                                               interviewer = interviewers[i],
                                               score = min(5, max(1, round(latent))))
      }
    }
  }
  d <- do.call(rbind, rows)
  d$candidate <- factor(d$candidate)
  d$trait <- factor(d$trait, levels = traits)
  d$interviewer <- factor(d$interviewer)
  d
}

# Full M⁻¹σ² for (u, β): M = [ΛᵀZᵀZΛ + I, ΛᵀZᵀX; XᵀZΛ, XᵀX]
full_inverse <- function(theta, sigma, fit) {
  Lt <- getME(fit, "Lambdat")
  Lt@x <- theta[getME(fit, "Lind")]
  Zt <- getME(fit, "Zt")
  X <- getME(fit, "X")
  LtZt <- Lt %*% Zt
  q <- nrow(Zt)
  M <- rbind(cbind(as.matrix(LtZt %*% t(LtZt)) + diag(q), as.matrix(LtZt %*% X)),
             cbind(as.matrix(t(X) %*% t(LtZt)), as.matrix(crossprod(X))))
  list(C = solve(M) * sigma^2, Lambda = t(as.matrix(Lt)), q = q)
}

# Coefficients on (u, β) of a linear combination of b (random effects) and β: g_u = Λᵀ g_b
coefficients_on <- function(gb, gbeta, inv) c(as.vector(t(inv$Lambda) %*% gb), gbeta)

describe <- function(name, d, weights) {
  fit <- lmer(formula, data = d, REML = TRUE, control = control)
  fitT <- lmerTest::lmer(formula, data = d, REML = TRUE, control = control)
  vc <- as.data.frame(VarCorr(fit))
  varcomp <- setNames(as.list(vc$vcov), ifelse(is.na(vc$grp), "Residual", vc$grp))
  theta <- getME(fit, "theta")
  sigma <- sigma(fit)
  inv <- full_inverse(theta, sigma, fit)
  Gp <- getME(fit, "Gp")
  terms <- names(fit@cnms)
  re <- ranef(fit, condVar = TRUE)
  ranefs <- list()
  b_index <- list()
  for (k in seq_along(terms)) {
    term <- terms[k]
    levels <- rownames(re[[term]])
    idx <- Gp[k] + seq_along(levels)
    b_index[[term]] <- setNames(idx, levels)
    pev <- sapply(idx, function(r) {
      gb <- numeric(inv$q); gb[r] <- 1
      g <- coefficients_on(gb, numeric(ncol(getME(fit, "X"))), inv)
      sum(g * (inv$C %*% g))
    })
    ranefs[[term]] <- data.frame(level = levels, estimate = re[[term]][, 1],
                                 condVar = as.vector(attr(re[[term]], "postVar")), pev = pev)
  }
  beta <- fixef(fit)
  traits <- levels(d$trait)
  a <- unlist(weights[traits]) / sum(unlist(weights[traits]))
  # Prediction for an average interviewer: β_t + b_c + b_ct (b_ct = 0, PEV = σ²_ct when never scored)
  g_of <- function(cand, wt) {
    gb <- numeric(inv$q)
    gb[b_index[["candidate"]][[cand]]] <- sum(wt)
    extra <- 0
    for (t in seq_along(traits)) {
      if (wt[t] == 0) next
      lev <- paste0(cand, ":", traits[t])
      if (lev %in% names(b_index[["candidate:trait"]])) {
        gb[b_index[["candidate:trait"]][[lev]]] <- wt[t]
      } else {
        extra <- extra + wt[t]^2 * varcomp[["candidate:trait"]]
      }
    }
    list(g = coefficients_on(gb, wt, inv), gb = gb, extra = extra)
  }
  predict_one <- function(cand, wt) {
    p <- g_of(cand, wt)
    b <- unlist(lapply(terms, function(term) re[[term]][, 1]))
    list(estimate = sum(wt * beta) + sum(p$gb * b), pev = sum(p$g * (inv$C %*% p$g)) + p$extra)
  }
  # Satterthwaite df of a PEV as a function of (θ, σ), with lmerTest's covariance of (θ̂, σ̂)
  varpar_cov <- fitT@vcov_varpar
  pev_at <- function(varpar, cand, wt) {
    th <- varpar[seq_along(theta)]; s <- varpar[length(varpar)]
    inv2 <- full_inverse(th, s, fit)
    p <- g_of(cand, wt)
    p$g <- c(as.vector(t(inv2$Lambda) %*% p$gb), wt)
    extra <- sum(wt[!sapply(traits, function(t) paste0(cand, ":", t) %in% names(b_index[["candidate:trait"]]))]^2) *
      (th[which(terms == "candidate:trait")] * s)^2
    sum(p$g * (inv2$C %*% p$g)) + extra
  }
  df_of <- function(cand, wt) {
    vp <- c(theta, sigma)
    v <- pev_at(vp, cand, wt)
    g <- numDeriv::grad(function(x) pev_at(x, cand, wt), vp)
    2 * v^2 / sum(g * (varpar_cov %*% g))
  }
  candidates <- levels(d$candidate)
  predictions <- list()
  for (cand in candidates) {
    per_trait <- lapply(seq_along(traits), function(t) {
      wt <- numeric(length(traits)); wt[t] <- 1
      predict_one(cand, wt)
    })
    overall <- predict_one(cand, a)
    predictions[[length(predictions) + 1]] <- list(
      candidate = cand,
      traits = setNames(lapply(per_trait, function(p) list(estimate = p$estimate, pev = p$pev)), traits),
      overall = list(estimate = overall$estimate, pev = overall$pev, df = df_of(cand, a)))
  }
  # Difference of the first two candidates' overall scores
  p1 <- g_of(candidates[1], a); p2 <- g_of(candidates[2], a)
  gd <- p1$g - p2$g
  difference <- list(first = candidates[1], second = candidates[2],
                     variance = sum(gd * (inv$C %*% gd)) + p1$extra + p2$extra)
  coefs <- summary(fitT)$coefficients
  out <- list(
    name = name,
    lme4 = as.character(packageVersion("lme4")),
    weights = weights,
    ratings = d[, c("candidate", "trait", "interviewer", "score")],
    remlCriterion = unname(getME(fit, "devcomp")$cmp[["REML"]]),
    theta = setNames(as.list(theta), sub("\\.\\(Intercept\\)", "", names(theta))),
    varianceComponents = varcomp,
    fixedEffects = setNames(as.list(unname(beta)), traits),
    fixedEffectCovariance = unname(as.matrix(vcov(fit))),
    fixedEffectSatterthwaiteDf = setNames(as.list(unname(coefs[, "df"])), traits),
    randomEffects = ranefs,
    predictions = predictions,
    difference = difference)
  writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), paste0(name, ".json"))
  cat(name, ": n =", nrow(d), " theta =", format(theta, digits = 6), " REML =",
      format(out$remlCriterion, digits = 10), "\n")
  if (isSingular(fit)) cat("  (singular fit: a variance component is 0)\n")
}

sd_all <- c(candidate = 0.6, candidate_trait = 0.5, interviewer = 0.5, candidate_interviewer = 0.35,
            residual = 0.6)
describe("balanced",
         simulate_design(14, n_cand = 8, pool = 3, panel_sizes = 3, n_traits = 4, sd = sd_all),
         list(t1 = 2, t2 = 1, t3 = 3, t4 = 1))
describe("unbalanced",
         simulate_design(2026, n_cand = 12, pool = 5, panel_sizes = 2:4, n_traits = 5, sd = sd_all),
         list(t1 = 1, t2 = 2, t3 = 1, t4 = 3, t5 = 2))
describe("missing_cells",
         simulate_design(7, n_cand = 10, pool = 4, panel_sizes = 2:3, n_traits = 6, sd = sd_all,
                         p_missing = 0.2, drop_trait_of = c(3, 8)),
         list(t1 = 3, t2 = 1, t3 = 2, t4 = 1, t5 = 1, t6 = 2))
describe("no_general_level",
         simulate_design(31, n_cand = 9, pool = 4, panel_sizes = 3, n_traits = 5,
                         sd = c(candidate = 0, candidate_trait = 0.7, interviewer = 0.3,
                                candidate_interviewer = 0, residual = 0.6)),
         list(t1 = 1, t2 = 1, t3 = 1, t4 = 1, t5 = 1))
