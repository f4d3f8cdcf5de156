#ifndef WB_CLIBEDIT_SHIM_H
#define WB_CLIBEDIT_SHIM_H
#include <histedit.h>
#endif
