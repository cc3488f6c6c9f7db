#include "kube/kubeclient.h" // forbidden: analysis never talks to clusters
