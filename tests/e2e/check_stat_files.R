# Rscript check_stat_files.R TABLES_DIR: every .dta and .sav read back with
# haven equals its CSV table: rows, column names, variable labels (the
# codebook's label column), value labels (the distinct non-empty values of a
# coded column) and every value (an empty CSV cell is a declared missing
# value). Prints "ok - ..." / "not ok - ..." lines.
suppressMessages(library(haven))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
cb <- read.csv(file.path(dir, "codebook.csv"), colClasses = "character", na.strings = character(0),
               encoding = "UTF-8")
fail <- 0
check <- function(ok, what) {
  if (isTRUE(ok)) cat("ok -", what, "\n") else { cat("not ok -", what, "\n"); fail <<- fail + 1 }
}
for (f in list.files(dir, pattern = "\\.(dta|sav)$")) {
  table <- sub("\\.(dta|sav)$", "", f)
  csv <- read.csv(file.path(dir, paste0(table, ".csv")), colClasses = "character",
                  na.strings = character(0), check.names = FALSE, encoding = "UTF-8")
  x <- if (grepl("dta$", f)) read_dta(file.path(dir, f)) else read_sav(file.path(dir, f), user_na = FALSE)
  check(nrow(x) == nrow(csv), paste(f, "rows", nrow(x), nrow(csv)))
  check(identical(names(x), names(csv)), paste(f, "column names"))
  lab <- cb$label[cb$table == table]
  names(lab) <- cb$column[cb$table == table]
  bad <- 0
  for (col in names(csv)) {
    v <- x[[col]]; want <- csv[[col]]
    if (!identical(attr(v, "label"), lab[[col]])) { bad <- bad + 1; cat("# label", f, col, "\n") }
    vl <- attr(v, "labels")
    if (!is.null(vl)) {
      # value labels: codes 1..n for the distinct values in byte order
      distinct <- sort(unique(want[want != ""]), method = "radix")
      if (!identical(unname(as.numeric(vl)), as.numeric(seq_along(distinct))) ||
          !identical(names(vl), distinct)) { bad <- bad + 1; cat("# value labels", f, col, "\n") }
      got <- ifelse(is.na(v), "", names(vl)[match(as.numeric(v), as.numeric(vl))])
    } else if (is.numeric(v)) {
      num <- suppressWarnings(as.numeric(want))
      same <- (is.na(v) & want == "") | (!is.na(v) & !is.na(num) & abs(v - num) <= 1e-9 * pmax(1, abs(num)))
      got <- if (all(same)) want else rep("<differs>", length(want))
    } else {
      got <- as.character(v)
    }
    if (!identical(unname(got), unname(want))) { bad <- bad + 1; cat("# values", f, col, "\n") }
  }
  check(bad == 0, paste(f, "variable labels, value labels and values equal the CSV (haven)"))
}
quit(status = if (fail == 0) 0 else 1)
