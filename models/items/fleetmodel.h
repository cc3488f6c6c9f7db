#pragma once

#include "analysis/clusterstatus.h"
#include "snapshot/fleet.h"

#include "tablemodel.h"

#include <QList>

namespace kirikae {

/**
 * One row per cluster of the fleet with its place in the support window.
 *
 * Display role: formatted, translated text in the current locale. SortRole: raw values (dates, day counts,
 * version ordinals) so a QSortFilterProxyModel sorts numerically. StatusRole: the SupportStatus as int.
 */
class FleetModel final : public TableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetModel)

public:
    enum Column {
        NameColumn,
        DistributionColumn,
        VersionColumn,
        SupportColumn,
        EndOfSupportColumn,
        VendorColumn,
        DaysLeftColumn,
        MinorsBehindColumn,
        NodesColumn,
        CollectedColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, StatusRole, FileRole };

    explicit FleetModel(QObject *parent = nullptr);

    /// Replaces the fleet; statuses[i] belongs to clusters[i].
    void setFleet(const QList<FleetEntry> &clusters, const QList<ClusterStatus> &statuses);
    const FleetEntry &cluster(int row) const { return m_clusters.at(row); }
    const ClusterStatus &status(int row) const { return m_statuses.at(row); }

    /// Translated name of a distribution key ("eks" → "Amazon EKS").
    static QString distributionName(const QString &key);
    /// Translated name of a support status.
    static QString statusName(SupportStatus status);
    /// The vendor's phase in words: "Extended support until 11/26/2026".
    static QString vendorText(const VendorAssessment &vendor);
    /// One or two sentences saying why a cluster has its status.
    static QString statusExplanation(const ClusterStatus &status);
    /// Sentences joined as the language joins them (a space in English, nothing in Japanese).
    static QString joinSentences(const QStringList &sentences);

private:
    int rows() const override;
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;

    QVariant display(const FleetEntry &entry, const ClusterStatus &status, int column) const;
    QVariant sortValue(const FleetEntry &entry, const ClusterStatus &status, int column) const;

    QList<FleetEntry> m_clusters;
    QList<ClusterStatus> m_statuses;
};

} // namespace kirikae
