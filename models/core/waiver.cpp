#include "waiver.h"

#include <QDir>

#include <pwd.h>
#include <unistd.h>

namespace kirikae {

QString WaiverChange::actionKey(Action action)
{
    return action == Action::Removed ? QStringLiteral("removed") : QStringLiteral("edited");
}

std::optional<WaiverChange::Action> WaiverChange::actionFromKey(const QString &key)
{
    if (key == u"edited")
        return Action::Edited;
    if (key == u"removed")
        return Action::Removed;
    return std::nullopt;
}

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

std::optional<WaiverChange> Waiver::lastChange() const
{
    if (history.isEmpty())
        return std::nullopt;
    return history.constLast();
}

QString Waiver::systemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty()) // a desktop launcher may pass neither: the account's own name
        if (const passwd *account = getpwuid(getuid()))
            user = QString::fromLocal8Bit(account->pw_name);
    if (user.isEmpty())
        user = QDir::home().dirName();
    return user;
}

} // namespace kirikae
