#ifndef WB_CLIBEDIT_SHIM_H
#define WB_CLIBEDIT_SHIM_H
#include <histedit.h>
#include <stdio.h>

/*
 * Swift cannot call C variadic functions (el_set, el_get, history) nor, in Swift 6, touch
 * C mutable globals (stdin, stdout, stderr). These one-purpose wrappers give the REPL a
 * typed, non-variadic surface over exactly the operations it uses.
 */

static inline FILE *cel_stdin(void) { return stdin; }
static inline FILE *cel_stdout(void) { return stdout; }
static inline FILE *cel_stderr(void) { return stderr; }

/* A prompt to hand libedit when the real one cannot be found: it must never get NULL. */
static inline char *cel_empty_prompt(void) {
    static char empty[] = "";
    return empty;
}

typedef char *(*cel_prompt_fn)(EditLine *);
typedef unsigned char (*cel_command_fn)(EditLine *, int);

/* The prompt; chars between two `ignore` bytes take no width (colour escapes). */
static inline int cel_set_prompt(EditLine *e, cel_prompt_fn f, char ignore) {
    return el_set(e, EL_PROMPT_ESC, f, ignore);
}
static inline int cel_set_editor(EditLine *e, const char *mode) { return el_set(e, EL_EDITOR, mode); }
static inline int cel_set_history(EditLine *e, History *h) { return el_set(e, EL_HIST, history, h); }
static inline int cel_set_clientdata(EditLine *e, void *data) { return el_set(e, EL_CLIENTDATA, data); }
static inline void *cel_get_clientdata(EditLine *e) {
    void *data = NULL;
    el_get(e, EL_CLIENTDATA, &data);
    return data;
}
static inline int cel_set_signal(EditLine *e, int on) { return el_set(e, EL_SIGNAL, on); }
static inline int cel_add_function(EditLine *e, const char *name, const char *help, cel_command_fn f) {
    return el_set(e, EL_ADDFN, name, help, f);
}
/* Replaces libedit's reading of one character (so Ctrl-C can be noticed while it waits). */
static inline int cel_set_read_function(EditLine *e, el_rfunc_t f) { return el_set(e, EL_GETCFN, f); }
static inline int cel_bind(EditLine *e, const char *key, const char *function) {
    return el_set(e, EL_BIND, key, function, NULL);
}

static inline int cel_history_set_size(History *h, HistEvent *ev, int size) { return history(h, ev, H_SETSIZE, size); }
static inline int cel_history_set_unique(History *h, HistEvent *ev, int on) { return history(h, ev, H_SETUNIQUE, on); }
static inline int cel_history_enter(History *h, HistEvent *ev, const char *line) { return history(h, ev, H_ENTER, line); }
static inline int cel_history_load(History *h, HistEvent *ev, const char *path) { return history(h, ev, H_LOAD, path); }
static inline int cel_history_save(History *h, HistEvent *ev, const char *path) { return history(h, ev, H_SAVE, path); }

#endif
