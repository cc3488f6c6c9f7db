#include "runbook/runbook.h" // forbidden: item models show analyses, runbooks are written beside them
