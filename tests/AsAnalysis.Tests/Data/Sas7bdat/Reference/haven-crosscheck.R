# Development cross-check of the SAS7BDAT test writer and reader with an independent reader (R haven, which reads
# through ReadStat). Not run by the test suite; it needs R with haven (2.5.1 was used).
#
#   ASANALYSIS_SAS7BDAT_DUMP=/tmp/sas7bdat-dump dotnet test tests/AsAnalysis.Tests --filter "FullyQualifiedName~EveryLayoutReadsBackExactly"
#   Rscript tests/AsAnalysis.Tests/Data/Sas7bdat/Reference/haven-crosscheck.R /tmp/sas7bdat-dump
#
# The test writes each of the 12 layouts (32/64-bit, little/big-endian, uncompressed/RLE/RDC) as NAME.sas7bdat with the
# values this library read from it as NAME.expected.csv; this script reads every NAME.sas7bdat with haven and prints OK
# when haven reads the same values (numbers within 2 ulp, see below; dates as day numbers, special missing values as missing, text
# without trailing blanks). The files have no deleted rows: ReadStat does not skip them. Result: OK for all 12.
suppressMessages(library(haven))
dir <- commandArgs(trailingOnly = TRUE)[1]
for (f in list.files(dir, pattern = "\\.sas7bdat$", full.names = TRUE)) {
  d <- as.data.frame(read_sas(f))
  e <- read.csv(sub("\\.sas7bdat$", ".expected.csv", f), colClasses = "character", na.strings = NULL, encoding = "UTF-8")
  diffs <- 0
  for (v in names(e)) {
    x <- d[[v]]
    if (inherits(x, "Date")) x <- as.numeric(x) + 3653                  # haven counts days from 1970, SAS from 1960
    if (inherits(x, "POSIXct")) x <- as.numeric(x) + 315619200          # seconds from 1970 -> from 1960
    if (inherits(x, "hms") || inherits(x, "difftime")) x <- as.numeric(x)
    if (is.numeric(x)) {
      y <- suppressWarnings(as.numeric(e[[v]]))
      # R's own decimal parser is not always correctly rounded (off by an ulp for some long or large numbers), so the
      # round-trip text of the expected value is compared within 2 ulp.
      bad <- !((is.na(x) & is.na(y)) | (!is.na(x) & !is.na(y) & abs(x - y) <= 2 * .Machine$double.eps * abs(y)))
    } else {
      bad <- sub(" +$", "", ifelse(is.na(x), "", x)) != e[[v]]
    }
    diffs <- diffs + sum(bad)
  }
  cat(basename(f), if (nrow(d) == nrow(e) && diffs == 0) "OK" else paste("DIFFERENT:", nrow(d), "rows,", diffs, "values"), "\n")
}
