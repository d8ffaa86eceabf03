/* banned.h - functions we never use, made compile errors (after git).
 *
 * strcpy/strcat/sprintf/vsprintf have no bound; strtok keeps hidden state;
 * strncpy does not terminate; gets cannot be used safely. Use snprintf,
 * memcpy with explicit lengths, or our string helpers instead.
 * Declares nothing: no memory, no threads. Included last by every .c file.
 */
#ifndef LT_BANNED_H
#define LT_BANNED_H

#define LT_BANNED(func) sorry_##func##_is_a_banned_function

#undef strcpy
#define strcpy(x, y) LT_BANNED(strcpy)
#undef strcat
#define strcat(x, y) LT_BANNED(strcat)
#undef strncpy
#define strncpy(x, y, n) LT_BANNED(strncpy)
#undef strtok
#define strtok(x, y) LT_BANNED(strtok)
#undef gets
#define gets(x) LT_BANNED(gets)
#undef sprintf
#define sprintf(...) LT_BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) LT_BANNED(vsprintf)

#endif /* LT_BANNED_H */
