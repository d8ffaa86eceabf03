# R reads every lextab table with read.csv and the database with RSQLite,
# and agrees with itself on a few totals (tests/e2e/tables.sh).
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]; db <- args[2]
fail <- function(...) { cat("FAIL:", ..., "\n"); quit(status = 1) }
for (f in list.files(dir, pattern = "\\.csv$", full.names = TRUE)) {
  d <- read.csv(f, stringsAsFactors = FALSE, encoding = "UTF-8", check.names = FALSE)
  if (nrow(d) < 1) fail(f, "has no rows")
}
sc <- read.csv(file.path(dir, "speaker_category.csv"), stringsAsFactors = FALSE)
rc <- read.csv(file.path(dir, "role_category.csv"), stringsAsFactors = FALSE)
if (!is.numeric(rc$rate_per_1000)) fail("rate_per_1000 is not numeric in R")
suppressPackageStartupMessages(library(RSQLite))
con <- dbConnect(SQLite(), db)
for (t in c("documents", "speakers", "speaker_attrs", "turns", "hits", "counts",
            "categories", "entries", "themes", "runs", "errors", "meta")) {
  x <- dbGetQuery(con, paste("SELECT * FROM", t, "LIMIT 5"))
  if (!is.data.frame(x)) fail("cannot read table", t)
}
n <- dbGetQuery(con, "SELECT COUNT(*) AS n FROM speakers")$n
ncat <- dbGetQuery(con, "SELECT COUNT(*) AS n FROM categories")$n
if (nrow(sc) != n * ncat) fail("speaker_category rows", nrow(sc), "!=", n, "x", ncat)
hits <- dbGetQuery(con, "SELECT COUNT(*) AS n FROM hits")$n
if (sum(sc$hits) != hits) fail("sum of speaker_category hits", sum(sc$hits), "!= hits", hits)
dbDisconnect(con)
cat("R: all tables read\n")
