#include "fleetmodel.h"

#include "formatting.h"
#include "statuscolors.h"

#include <QLocale>

#include <limits>

namespace kirikae {

FleetModel::FleetModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{
}

void FleetModel::setFleet(const QList<FleetEntry> &clusters, const QList<ClusterStatus> &statuses)
{
    Q_ASSERT(clusters.size() == statuses.size());
    beginResetModel();
    m_clusters = clusters;
    m_statuses = statuses;
    endResetModel();
}

int FleetModel::rows() const
{
    return int(m_clusters.size());
}

QString FleetModel::distributionName(const QString &key)
{
    if (key == u"eks")
        return tr("Amazon EKS");
    if (key == u"gke")
        return tr("Google GKE");
    if (key == u"aks")
        return tr("Azure AKS");
    if (key == u"openshift")
        return tr("OpenShift");
    if (key == u"k3s")
        return tr("k3s");
    if (key == u"rke2")
        return tr("RKE2");
    if (key == u"upstream" || key.isEmpty())
        return tr("Upstream (kubeadm)");
    return key;
}

QString FleetModel::statusName(SupportStatus status)
{
    switch (status) {
    case SupportStatus::Supported:
        return tr("Supported");
    case SupportStatus::EndingSoon:
        return tr("Ending soon");
    case SupportStatus::Unsupported:
        return tr("Unsupported");
    case SupportStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString FleetModel::vendorText(const VendorAssessment &vendor)
{
    switch (vendor.phase) {
    case VendorPhase::Standard:
        return tr("Standard support until %1").arg(formatDate(vendor.phaseEnds));
    case VendorPhase::Maintenance:
        return tr("Maintenance until %1").arg(formatDate(vendor.phaseEnds));
    case VendorPhase::Extended:
        return tr("Extended support until %1").arg(formatDate(vendor.phaseEnds));
    case VendorPhase::EndOfLife:
        return tr("End of life since %1").arg(formatDate(vendor.phaseEnds));
    case VendorPhase::Unknown:
        break;
    }
    return tr("—");
}

QString FleetModel::statusExplanation(const ClusterStatus &status)
{
    const SupportAssessment &s = status.support;
    if (!status.version)
        return tr("The server version could not be read: %1").arg(status.versionError);
    const QString minor = s.minor.toString();
    QStringList sentences;
    switch (s.status) {
    case SupportStatus::Supported:
        sentences << tr("Kubernetes %1 is supported upstream until %2 (%n day(s) left).", nullptr,
                        s.daysLeft.value_or(0))
                         .arg(minor, formatDate(s.endOfSupport));
        break;
    case SupportStatus::EndingSoon:
        sentences << tr("Kubernetes %1 leaves upstream support on %2: only %n day(s) left to upgrade.", nullptr,
                        s.daysLeft.value_or(0))
                         .arg(minor, formatDate(s.endOfSupport));
        break;
    case SupportStatus::Unsupported:
        if (s.olderThanCatalog)
            sentences
                << tr("Kubernetes %1 is older than every release in the catalog and long out of support.").arg(minor);
        else
            sentences << tr("Kubernetes %1 has been out of upstream support since %2 (%n day(s) ago).", nullptr,
                            -s.daysLeft.value_or(0))
                             .arg(minor, formatDate(s.endOfSupport));
        break;
    case SupportStatus::Unknown:
        sentences << (s.newerThanReleased ? tr("Kubernetes %1 is not released yet according to the catalog.")
                                          : tr("The catalog knows nothing about Kubernetes %1."))
                         .arg(minor);
        break;
    }
    if (s.projected)
        sentences << tr("The date is projected from the release cadence, not published.");
    if (s.minorsBehind.value_or(0) > 0) {
        sentences << tr("The newest release is %1, %n minor(s) ahead.", nullptr, *s.minorsBehind)
                         .arg(s.newestMinor.toString());
    }
    if (s.projectedMinor)
        sentences << tr("Kubernetes %1 is projected to be out by now but not yet in the catalog: not counted.")
                         .arg(s.projectedMinor->toString());
    if (status.patchBehind)
        sentences << tr("Patch %1 is available for this minor.").arg(s.latestPatch);
    return joinSentences(sentences);
}

QString FleetModel::joinSentences(const QStringList &sentences)
{
    QString text = sentences.value(0);
    for (qsizetype i = 1; i < sentences.size(); ++i)
        //: Joins two sentences: English puts a space between them, Japanese nothing
        text = tr("%1 %2", "sentence joiner").arg(text, sentences.at(i));
    return text;
}

QVariant FleetModel::display(const FleetEntry &entry, const ClusterStatus &status, int column) const
{
    const QLocale locale;
    const SupportAssessment &s = status.support;
    switch (column) {
    case NameColumn:
        return entry.snapshot.name;
    case DistributionColumn:
        return distributionName(entry.snapshot.distribution);
    case VersionColumn:
        return status.version ? status.version->original() : entry.snapshot.serverVersion;
    case SupportColumn:
        return statusName(s.status);
    case EndOfSupportColumn:
        if (!s.endOfSupport.isValid())
            return tr("—");
        return s.projected ? tr("~%1").arg(formatDate(s.endOfSupport)) : formatDate(s.endOfSupport);
    case VendorColumn:
        return status.vendor ? vendorText(*status.vendor) : tr("—");
    case DaysLeftColumn:
        return s.daysLeft ? locale.toString(*s.daysLeft) : tr("—");
    case MinorsBehindColumn:
        return s.minorsBehind ? locale.toString(*s.minorsBehind) : tr("—");
    case NodesColumn:
        return locale.toString(entry.snapshot.nodes.size());
    case CollectedColumn:
        return entry.snapshot.collectedAt.isValid() ? formatDateTime(entry.snapshot.collectedAt) : tr("—");
    default:
        return {};
    }
}

QVariant FleetModel::sortValue(const FleetEntry &entry, const ClusterStatus &status, int column) const
{
    const SupportAssessment &s = status.support;
    switch (column) {
    case VersionColumn:
        // major/minor/patch as one number keeps numeric order (1.9 < 1.10).
        return status.version ? qint64(status.version->major()) * 1'000'000'000LL +
                                    qint64(status.version->minor()) * 1'000'000LL + status.version->patch()
                              : qint64(-1);
    case SupportColumn:
        // Worst first when sorted ascending: unsupported, ending soon, unknown, supported.
        switch (s.status) {
        case SupportStatus::Unsupported:
            return 0;
        case SupportStatus::EndingSoon:
            return 1;
        case SupportStatus::Unknown:
            return 2;
        case SupportStatus::Supported:
            return 3;
        }
        return 2;
    case EndOfSupportColumn:
        return s.endOfSupport;
    case VendorColumn:
        return status.vendor && status.vendor->daysLeft ? *status.vendor->daysLeft : std::numeric_limits<int>::max();
    case DaysLeftColumn:
        return s.daysLeft ? *s.daysLeft : std::numeric_limits<int>::min();
    case MinorsBehindColumn:
        return s.minorsBehind ? *s.minorsBehind : -1;
    case NodesColumn:
        return int(entry.snapshot.nodes.size());
    case CollectedColumn:
        return entry.snapshot.collectedAt;
    default:
        return display(entry, status, column);
    }
}

QVariant FleetModel::cell(int row, int column, int role) const
{
    const FleetEntry &entry = m_clusters.at(row);
    const ClusterStatus &status = m_statuses.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, status, column);
    case SortRole:
        return sortValue(entry, status, column);
    case StatusRole:
        return int(status.support.status);
    case FileRole:
        return entry.file;
    case Qt::ToolTipRole:
        if (column == SupportColumn || column == EndOfSupportColumn || column == DaysLeftColumn ||
            column == MinorsBehindColumn)
            return statusExplanation(status);
        if (column == NameColumn)
            return entry.file;
        if (column == VendorColumn && status.vendor)
            return tr("%1 %2: standard support until %3%4")
                .arg(
                    status.vendor->vendorName, status.vendor->release.version,
                    formatDate(status.vendor->release.endOfStandardSupport),
                    status.vendor->release.endOfExtendedSupport.isValid()
                        ? tr(", extended support until %1").arg(formatDate(status.vendor->release.endOfExtendedSupport))
                        : QString());
        return {};
    case Qt::BackgroundRole:
        if (column == SupportColumn)
            return statusBackground(status.support.status);
        return {};
    case Qt::ForegroundRole:
        if (column == VendorColumn && status.vendor)
            return status.vendor->phase == VendorPhase::EndOfLife  ? statusForeground(SupportStatus::Unsupported)
                   : status.vendor->phase == VendorPhase::Extended ? statusForeground(SupportStatus::EndingSoon)
                                                                   : statusForeground(SupportStatus::Supported);
        if (column == SupportColumn || (column == DaysLeftColumn && status.support.status != SupportStatus::Supported))
            return statusForeground(status.support.status);
        return {};
    case Qt::TextAlignmentRole:
        if (column == DaysLeftColumn || column == MinorsBehindColumn || column == NodesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QString FleetModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Cluster");
    case DistributionColumn:
        return tr("Distribution");
    case VersionColumn:
        return tr("Version");
    case SupportColumn:
        return tr("Support");
    case EndOfSupportColumn:
        return tr("End of support");
    case VendorColumn:
        return tr("Vendor support");
    case DaysLeftColumn:
        return tr("Days left");
    case MinorsBehindColumn:
        //: Column header: how many minor releases the cluster is behind the newest
        return tr("Minors behind");
    case NodesColumn:
        return tr("Nodes");
    case CollectedColumn:
        //: Column header: when the snapshot was taken
        return tr("Collected");
    default:
        return {};
    }
}

} // namespace kirikae
