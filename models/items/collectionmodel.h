#pragma once

#include "snapshot/collectionoutcome.h"
#include "snapshot/fleet.h"

#include "tablemodel.h"

#include <QList>

namespace kirikae {

/**
 * The clusters a workspace reads live from kubeconfig contexts, with the state of their last collection.
 * Display role: translated text. SortRole: raw values. StatusRole: the CollectStatus as int, or -1 while
 * collecting and -2 before the first collection.
 */
class CollectionModel final : public TableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionModel)

public:
    enum Column { ContextColumn, StatusColumn, CollectedColumn, MessageColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole };
    static constexpr int Collecting = -1;
    static constexpr int NeverCollected = -2;
    static constexpr int Waiting = -3; ///< queued behind the clusters being read ("At once")

    explicit CollectionModel(QObject *parent = nullptr);

    void setContexts(const QStringList &contexts);
    QStringList contexts() const;
    void markWaiting(const QString &context);
    void markCollecting(const QString &context);
    void setOutcome(const ContextOutcome &outcome);
    /// For contexts not collected in this session, shows the collection their snapshot in the fleet records.
    void setFromSnapshots(const QList<FleetEntry> &fleet);
    /// Marks every context still waiting or collecting as cancelled.
    void markCancelled();
    /// A run that could not start (no kubeconfig): every context it queued shows its status from before again.
    void restoreQueued();

    static QString statusName(int status);

private:
    int rows() const override;
    QString columnTitle(int column) const override;
    QVariant cell(int rowNumber, int column, int role) const override;

    struct Row
    {
        QString context;
        int status = NeverCollected;
        ContextOutcome outcome;
        int before = NeverCollected; ///< the status before the run that queued it
    };
    int rowOf(const QString &context) const;
    void changed(int row);

    QList<Row> m_rows;
};

} // namespace kirikae
