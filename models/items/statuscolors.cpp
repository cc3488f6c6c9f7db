#include "statuscolors.h"

namespace kirikae {

QColor statusBackground(SupportStatus status)
{
    switch (status) {
    case SupportStatus::Supported:
        return {0xdf, 0xf3, 0xe4};
    case SupportStatus::EndingSoon:
        return {0xff, 0xf0, 0xc8};
    case SupportStatus::Unsupported:
        return {0xfb, 0xdc, 0xdc};
    case SupportStatus::Unknown:
        break;
    }
    return {0xec, 0xec, 0xec};
}

QColor statusForeground(SupportStatus status)
{
    switch (status) {
    case SupportStatus::Supported:
        return {0x1e, 0x6b, 0x34};
    case SupportStatus::EndingSoon:
        return {0x8a, 0x5a, 0x00};
    case SupportStatus::Unsupported:
        return {0xa3, 0x1b, 0x1b};
    case SupportStatus::Unknown:
        break;
    }
    return {0x55, 0x55, 0x55};
}

QColor operatorStatusColor(OperatorStatus status)
{
    switch (status) {
    case OperatorStatus::Fine:
        return {0xdf, 0xf3, 0xe4};
    case OperatorStatus::UpdateAvailable:
        return {0xd8, 0xe8, 0xfa};
    case OperatorStatus::Blocked:
        return {0xff, 0xe0, 0xb2};
    case OperatorStatus::MissingDependency:
        return {0xfb, 0xdc, 0xdc};
    case OperatorStatus::InCycle:
        return {0xe8, 0xd8, 0xf5};
    }
    return {0xec, 0xec, 0xec};
}

} // namespace kirikae
