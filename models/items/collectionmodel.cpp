#include "collectionmodel.h"

#include "formatting.h"

#include <QColor>

namespace kirikae {

CollectionModel::CollectionModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{
}

void CollectionModel::setContexts(const QStringList &contexts)
{
    beginResetModel();
    QList<Row> rows;
    for (const QString &context : contexts) {
        const int existing = rowOf(context);
        rows << (existing >= 0 ? m_rows.at(existing) : Row{context, NeverCollected, {}});
    }
    m_rows = rows;
    endResetModel();
}

QStringList CollectionModel::contexts() const
{
    QStringList list;
    for (const Row &row : m_rows)
        list << row.context;
    return list;
}

int CollectionModel::rowOf(const QString &context) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).context == context)
            return i;
    return -1;
}

void CollectionModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CollectionModel::markWaiting(const QString &context)
{
    if (const int row = rowOf(context); row >= 0) {
        if (m_rows.at(row).status != Waiting && m_rows.at(row).status != Collecting)
            m_rows[row].before = m_rows.at(row).status;
        m_rows[row].status = Waiting;
        changed(row);
    }
}

void CollectionModel::markCollecting(const QString &context)
{
    if (const int row = rowOf(context); row >= 0) {
        m_rows[row].status = Collecting;
        changed(row);
    }
}

void CollectionModel::setOutcome(const ContextOutcome &outcome)
{
    if (const int row = rowOf(outcome.context); row >= 0) {
        m_rows[row].status = int(outcome.status);
        m_rows[row].outcome = outcome;
        changed(row);
    }
}

void CollectionModel::setFromSnapshots(const QList<FleetEntry> &fleet)
{
    for (const FleetEntry &entry : fleet) {
        const int row = rowOf(entry.snapshot.context);
        if (row < 0 || m_rows.at(row).status != NeverCollected)
            continue;
        ContextOutcome outcome;
        outcome.context = entry.snapshot.context;
        outcome.status = entry.snapshot.isPartial() ? CollectStatus::Partial : CollectStatus::Ok;
        outcome.file = entry.file;
        outcome.finishedAt = entry.snapshot.collectedAt;
        for (const CollectionError &e : entry.snapshot.errors)
            outcome.notCollected << e.part + QStringLiteral(": ") + e.message;
        setOutcome(outcome);
    }
}

void CollectionModel::markCancelled()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).status == Collecting || m_rows.at(row).status == Waiting) {
            m_rows[row].status = int(CollectStatus::Cancelled);
            changed(row);
        }
    }
}

void CollectionModel::restoreQueued()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).status == Collecting || m_rows.at(row).status == Waiting) {
            m_rows[row].status = m_rows.at(row).before;
            changed(row);
        }
    }
}

QString CollectionModel::statusName(int status)
{
    switch (status) {
    case Waiting:
        //: A cluster queued behind the ones being read
        return tr("Waiting…");
    case Collecting:
        return tr("Collecting…");
    case NeverCollected:
        return tr("Not collected yet");
    default:
        break;
    }
    switch (CollectStatus(status)) {
    case CollectStatus::Ok:
        return tr("OK");
    case CollectStatus::Partial:
        return tr("Partial");
    case CollectStatus::Unreachable:
        return tr("Unreachable");
    case CollectStatus::Unauthorized:
        return tr("Unauthorized");
    case CollectStatus::Forbidden:
        return tr("Forbidden");
    case CollectStatus::TlsError:
        return tr("TLS error");
    case CollectStatus::Timeout:
        return tr("Timed out");
    case CollectStatus::Cancelled:
        return tr("Cancelled");
    case CollectStatus::Error:
        break;
    }
    return tr("Error");
}

int CollectionModel::rows() const
{
    return int(m_rows.size());
}

QVariant CollectionModel::cell(int rowNumber, int column, int role) const
{
    const Row &row = m_rows.at(rowNumber);
    const bool ok = row.status == int(CollectStatus::Ok);
    const bool partial = row.status == int(CollectStatus::Partial);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ContextColumn:
            return row.outcome.insecure ? tr("%1 ⚠ insecure").arg(row.context) : row.context;
        case StatusColumn:
            return statusName(row.status);
        case CollectedColumn:
            return row.outcome.finishedAt.isValid() ? formatDateTime(row.outcome.finishedAt) : tr("—");
        case MessageColumn:
            if (row.status == int(CollectStatus::Partial))
                return tr("Not collected: %1").arg(row.outcome.notCollected.join(QStringLiteral("; ")));
            return QString(row.outcome.message).replace(u'\n', u' ');
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case StatusColumn:
            return row.status;
        case CollectedColumn:
            return row.outcome.finishedAt;
        default:
            return cell(rowNumber, column, Qt::DisplayRole);
        }
    case StatusRole:
        return row.status;
    case Qt::ToolTipRole:
        if (column == ContextColumn && row.outcome.insecure)
            return tr("insecure-skip-tls-verify is set for this context: the server's identity is not checked.");
        return row.outcome.message.isEmpty() ? QVariant() : QVariant(row.outcome.message);
    case Qt::ForegroundRole:
        if (column == StatusColumn && row.status >= 0)
            return ok ? QColor(0x1e, 0x6b, 0x34) : partial ? QColor(0x8a, 0x5a, 0x00) : QColor(0xa3, 0x1b, 0x1b);
        if (column == ContextColumn && row.outcome.insecure)
            return QColor(0x8a, 0x5a, 0x00);
        return {};
    case Qt::BackgroundRole:
        if (column == StatusColumn && row.status >= 0)
            return ok ? QColor(0xdf, 0xf3, 0xe4) : partial ? QColor(0xff, 0xf0, 0xc8) : QColor(0xfb, 0xdc, 0xdc);
        return {};
    default:
        return {};
    }
}

QString CollectionModel::columnTitle(int column) const
{
    switch (column) {
    case ContextColumn:
        return tr("Context");
    case StatusColumn:
        return tr("Status");
    case CollectedColumn:
        return tr("Last collected");
    case MessageColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace kirikae
