* Starter analysis for SPSS and PSPP (README "Analysing the tables").
* Run it in the tables folder, written with --format sav:
*     pspp rate_ratio.sps        (or open it in SPSS and run all).
* One case per speaker of speaker_category.sav, the theme row trust.*
* (edit the theme below), interviewers left out; physician is the
* metadata column group.  A Poisson model with one binary predictor and
* the offset log(tokens) estimates the rate ratio as the ratio of the
* two groups' pooled rates, so this file prints the same rate ratio as
* rate_ratio.R and rate_ratio.py (their Poisson line).
* Speakers without a group (missing, not an empty string, in the .sav)
* are counted and listed, not dropped silently.

GET FILE='speaker_category.sav'.
SELECT IF (VALUELABEL(category) = 'trust.*').
SELECT IF (MISSING(role) OR VALUELABEL(role) <> 'interviewer').
COMPUTE unusable = MISSING(group) OR tokens = 0.
TEMPORARY.
SELECT IF (unusable = 1).
LIST VARIABLES=doc_id speaker.
SELECT IF (unusable = 0).
COMPUTE physician = (VALUELABEL(group) = 'physician').
COMPUTE aff_p = affirmed * physician.
COMPUTE tok_p = tokens * physician.
COMPUTE aff_n = affirmed * (1 - physician).
COMPUTE tok_n = tokens * (1 - physician).
COMPUTE one = 1.
AGGREGATE OUTFILE=* MODE=REPLACE
  /BREAK=one
  /aff_p tok_p aff_n tok_n = SUM(aff_p tok_p aff_n tok_n) /n = N.
COMPUTE rate_ratio = (aff_p / tok_p) / (aff_n / tok_n).
FORMATS rate_ratio (F12.6) n (F6.0).
PRINT /'poisson rate_ratio ' rate_ratio ' n ' n.
EXECUTE.

* In SPSS (not PSPP, which has no GENLIN) the model itself, with
* cluster-robust standard errors need GEE (GENLIN ... /REPEATED
* SUBJECT=doc_id CORRTYPE=INDEPENDENT); the plain Poisson fit is:
* GET FILE='speaker_category.sav'.
* SELECT IF (VALUELABEL(category) = 'trust.*' AND NOT MISSING(group)).
* COMPUTE physician = (VALUELABEL(group) = 'physician').
* COMPUTE log_tokens = LN(tokens).
* GENLIN affirmed WITH physician
*   /MODEL physician INTERCEPT=YES OFFSET=log_tokens DISTRIBUTION=POISSON LINK=LOG
*   /PRINT SOLUTION (EXPONENTIATED).
