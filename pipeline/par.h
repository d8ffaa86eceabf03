/* par.h - the only file that includes <omp.h>; serial fallbacks so that
 * `make OPENMP=0` builds and runs every test (STYLE B.7).
 * No memory. Threads: par_set_threads and par_max_threads on the main
 * thread before a parallel region (run.c, speakers.c); par_thread_id
 * inside one, where it indexes the worker's own state.
 */
#ifndef LT_PAR_H
#define LT_PAR_H

#ifdef _OPENMP
#include <omp.h>
static inline int par_thread_id(void) { return omp_get_thread_num(); }
static inline int par_max_threads(void) { return omp_get_max_threads(); }
static inline void par_set_threads(int n) { omp_set_num_threads(n); }
static inline const char *par_runtime(void) { return "OpenMP"; }
#else
static inline int par_thread_id(void) { return 0; }
static inline int par_max_threads(void) { return 1; }
static inline void par_set_threads(int n) { (void)n; }
static inline const char *par_runtime(void) { return "serial (OPENMP=0)"; }
#endif

#endif /* LT_PAR_H */
