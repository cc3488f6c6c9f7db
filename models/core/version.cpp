#include "version.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kirikae {

namespace {

// v?MAJOR.MINOR[.PATCH][rest]; rest is a pre-release, a vendor suffix, or both ("-rc.1+k3s1").
const QRegularExpression &versionPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[vV]?(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})(?:\.(0|[1-9][0-9]{0,5}))?)"
                       R"((?:-((?:alpha|beta|rc)(?:\.?[0-9]{1,6})?))?)"
                       R"(((?:[-+][0-9A-Za-z][0-9A-Za-z._+-]{0,127})?)$)"));
    return re;
}

int preReleaseRank(const QString &pre)
{
    if (pre.isEmpty())
        return 3;
    if (pre.startsWith(u"rc"))
        return 2;
    if (pre.startsWith(u"beta"))
        return 1;
    return 0;
}

int preReleaseNumber(const QString &pre)
{
    qsizetype i = 0;
    while (i < pre.size() && !pre.at(i).isDigit())
        ++i;
    return i < pre.size() ? QStringView(pre).mid(i).toInt() : 0;
}

} // namespace

std::optional<MinorVersion> MinorVersion::parse(QStringView text)
{
    const auto version = Version::parse(text);
    if (!version)
        return std::nullopt;
    return version->minorVersion();
}

std::optional<Version> Version::parse(QStringView text, QString *error)
{
    const QString trimmed = text.trimmed().toString();
    const auto fail = [&](const QString &why) -> std::optional<Version> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate("Version", "The version is empty."));
    if (trimmed.size() > 160)
        return fail(QCoreApplication::translate("Version", "The version is too long to be a Kubernetes version."));

    const auto match = versionPattern().match(trimmed);
    if (!match.hasMatch()) {
        return fail(QCoreApplication::translate("Version", "“%1” is not a Kubernetes version (expected a form such "
                                                           "as v1.29.3, 1.29 or v1.27.16-eks-a18cd3a).")
                        .arg(trimmed));
    }

    Version v;
    v.m_valid = true;
    v.m_original = trimmed;
    v.m_major = match.capturedView(1).toInt();
    v.m_minor = match.capturedView(2).toInt();
    v.m_hasPatch = match.capturedLength(3) > 0;
    v.m_patch = v.m_hasPatch ? match.capturedView(3).toInt() : 0;
    v.m_preRelease = match.captured(4);
    v.m_vendorSuffix = match.captured(5);
    return v;
}

QString Version::toString() const
{
    if (!m_valid)
        return {};
    QString text = QString::number(m_major) + u'.' + QString::number(m_minor);
    if (m_hasPatch)
        text += u'.' + QString::number(m_patch);
    if (!m_preRelease.isEmpty())
        text += u'-' + m_preRelease;
    return text;
}

std::strong_ordering operator<=>(const Version &a, const Version &b)
{
    if (auto c = a.m_major <=> b.m_major; c != 0)
        return c;
    if (auto c = a.m_minor <=> b.m_minor; c != 0)
        return c;
    if (auto c = a.m_patch <=> b.m_patch; c != 0)
        return c;
    if (auto c = preReleaseRank(a.m_preRelease) <=> preReleaseRank(b.m_preRelease); c != 0)
        return c;
    return preReleaseNumber(a.m_preRelease) <=> preReleaseNumber(b.m_preRelease);
}

} // namespace kirikae
