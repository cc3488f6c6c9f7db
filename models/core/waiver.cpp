#include "waiver.h"

namespace kirikae {

bool Waiver::holds(QDate today, std::optional<MinorVersion> clusterMinor) const
{
    if (expires.isValid() && today > expires)
        return false;
    if (untilMinor && clusterMinor && !(*clusterMinor < *untilMinor))
        return false;
    return true;
}

bool Waiver::covers(const QString &clusterName, const QString &reasonText) const
{
    return clusterName == cluster && !subject.isEmpty() && reasonText.startsWith(subject);
}

} // namespace kirikae
