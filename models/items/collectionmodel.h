#pragma once

#include "snapshot/collectionoutcome.h"
#include "snapshot/fleet.h"

#include <QAbstractTableModel>
#include <QList>

namespace kirikae {

/**
 * The clusters a workspace reads live from kubeconfig contexts, with the state of their last collection.
 * Display role: translated text. SortRole: raw values. StatusRole: the CollectStatus as int, or -1 while
 * collecting and -2 before the first collection.
 */
class CollectionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionModel)

public:
    enum Column { ContextColumn, StatusColumn, CollectedColumn, MessageColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole };
    static constexpr int Collecting = -1;
    static constexpr int NeverCollected = -2;

    explicit CollectionModel(QObject *parent = nullptr);

    void setContexts(const QStringList &contexts);
    QStringList contexts() const;
    void markCollecting(const QString &context);
    void setOutcome(const ContextOutcome &outcome);
    /// For contexts not collected in this session, shows the collection their snapshot in the fleet records.
    void setFromSnapshots(const QList<FleetEntry> &fleet);
    /// Marks every context still collecting as cancelled.
    void markCancelled();
    void retranslate();

    static QString statusName(int status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString context;
        int status = NeverCollected;
        ContextOutcome outcome;
    };
    int rowOf(const QString &context) const;
    void changed(int row);

    QList<Row> m_rows;
};

} // namespace kirikae
