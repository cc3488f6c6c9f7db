#include "kube/kubeconfig.h" // forbidden: the workspace is given kubeconfig paths, it does not read them
