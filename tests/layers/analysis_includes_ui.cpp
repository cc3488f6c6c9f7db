#include "mainwindow.h" // forbidden: kirikae_analysis cannot use kirikae_ui
