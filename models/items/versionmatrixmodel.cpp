#include "versionmatrixmodel.h"

#include "formatting.h"
#include "modelretranslator.h"

#include <QColor>
#include <QLocale>

namespace kirikae {

namespace {

QString placesText(const QStringList &places)
{
    QStringList shown;
    for (const QString &place : places)
        shown << formatPlace(place);
    return shown.join(QStringLiteral(", "));
}

} // namespace

VersionMatrixModel::VersionMatrixModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    new ModelRetranslator(this);
}

void VersionMatrixModel::setMatrix(const VersionMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    m_top = m_matrix.topRows();
    endResetModel();
}

void VersionMatrixModel::retranslate()
{
    ModelRetranslator::retranslate(*this);
}

const QList<int> &VersionMatrixModel::childrenOf(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_top;
    return m_matrix.rows.at(int(parent.internalId())).children;
}

QModelIndex VersionMatrixModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(childrenOf(parent).at(row)));
}

QModelIndex VersionMatrixModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentRow = m_matrix.rows.at(int(child.internalId())).parent;
    if (parentRow < 0)
        return {};
    const int grandParent = m_matrix.rows.at(parentRow).parent;
    const QList<int> &siblings = grandParent < 0 ? m_top : m_matrix.rows.at(grandParent).children;
    return createIndex(int(siblings.indexOf(parentRow)), 0, quintptr(parentRow));
}

int VersionMatrixModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int VersionMatrixModel::columnCount(const QModelIndex &) const
{
    return FirstClusterColumn + int(m_matrix.clusters.size());
}

QString VersionMatrixModel::statusName(CellStatus status)
{
    switch (status) {
    case CellStatus::Current:
        return tr("current");
    case CellStatus::Behind:
        return tr("behind");
    case CellStatus::Violating:
        return tr("violates the skew policy");
    case CellStatus::Unsupported:
        return tr("unsupported");
    case CellStatus::None:
        break;
    }
    return {};
}

QString VersionMatrixModel::reasonText(const CellFinding &cell)
{
    switch (cell.reason) {
    case CellReason::CurrentMinor:
        return cell.detail.isEmpty() ? tr("Up to date.") : tr("At or above %1, what kubeadm ships.").arg(cell.detail.localized());
    case CellReason::MinorsBehind:
        return tr("The newest Kubernetes minor is %1.").arg(cell.detail.localized());
    case CellReason::PatchBehind:
        return tr("Patch %1 is available.").arg(cell.detail.localized());
    case CellReason::OlderThanKubeadm:
        return tr("Older than %1, the version kubeadm ships with this cluster's minor.").arg(cell.detail.localized());
    case CellReason::OlderThanApiServer:
        return tr("Behind the control plane (%1).").arg(cell.detail.localized());
    case CellReason::SkewViolation:
        return tr("Violates the version-skew policy: %1").arg(cell.detail.localized());
    case CellReason::AddonUnsupported:
        return tr("Its own compatibility table does not support Kubernetes %1.").arg(cell.detail.localized());
    case CellReason::MinorUnsupported:
        return tr("Kubernetes %1 is out of upstream support.").arg(cell.detail.localized());
    case CellReason::None:
        break;
    }
    return {};
}

QColor VersionMatrixModel::statusColour(CellStatus status)
{
    switch (status) {
    case CellStatus::Current:
        return {0xdf, 0xf3, 0xe4};
    case CellStatus::Behind:
        return {0xff, 0xf0, 0xc8};
    case CellStatus::Violating:
        return {0xfa, 0xd2, 0xb4};
    case CellStatus::Unsupported:
        return {0xfb, 0xdc, 0xdc};
    case CellStatus::None:
        break;
    }
    return {};
}

void VersionMatrixModel::setAddonTarget(const std::optional<AddonTargetVerdicts> &verdicts)
{
    m_addonTarget = verdicts;
    if (rowCount() > 0 && columnCount() > FirstClusterColumn)
        Q_EMIT dataChanged(index(0, FirstClusterColumn), index(rowCount() - 1, columnCount() - 1));
}

QColor VersionMatrixModel::addonStatusColour(AddonStatus status)
{
    switch (status) {
    case AddonStatus::Supported:
        return {0x3c, 0xa0, 0x5a};
    case AddonStatus::Tested:
        return {0x7c, 0xc4, 0x8c};
    case AddonStatus::MinimumMet:
        return {0xb5, 0xd9, 0x6a};
    case AddonStatus::NotTested:
        return {0xe8, 0xb8, 0x4a};
    case AddonStatus::NotSupported:
        return {0xd2, 0x3c, 0x3c};
    case AddonStatus::NoData:
        break;
    }
    return {0xb4, 0xb4, 0xb4};
}

const AddonTargetCell *VersionMatrixModel::targetCell(const QModelIndex &index) const
{
    if (!m_addonTarget || index.column() < FirstClusterColumn)
        return nullptr;
    const MatrixRow &row = m_matrix.rows.at(int(index.internalId()));
    if (row.kind != MatrixRow::Kind::Component)
        return nullptr;
    return m_addonTarget->cell(m_matrix.clusters.value(index.column() - FirstClusterColumn), row.label);
}

QVariant VersionMatrixModel::targetData(const AddonTargetCell &cell, const QVariant &current, int role) const
{
    const QString target = m_addonTarget->target.toString();
    switch (role) {
    case Qt::DisplayRole:
        //: A version matrix cell: the running versions, then how the add-on stands at the chosen target minor
        return tr("%1 ▸ %2").arg(current.toString(), addonStatusText(cell.verdict.status));
    case Qt::DecorationRole:
        return addonStatusColour(cell.verdict.status);
    case TargetStatusRole:
        return int(cell.verdict.status);
    case Qt::ToolTipRole: {
        QString tip = current.toString() + u'\n' +
                      tr("%1 %2 at Kubernetes %3: %4 (%5).")
                          .arg(cell.addon, cell.version, target, addonStatusText(cell.verdict.status),
                               addonReasonText(cell.verdict.reason));
        if (!cell.known)
            return tip;
        if (cell.lowestRelease.isEmpty())
            tip += u'\n' + tr("No release in the add-on catalog runs on Kubernetes %1.").arg(target);
        else
            tip += u'\n' + tr("The lowest release that runs on Kubernetes %1: %2 (%3).")
                               .arg(target, cell.lowestRelease, addonStatusText(cell.lowestStatus));
        return tip;
    }
    default:
        return current;
    }
}

QVariant VersionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::DecorationRole || role == Qt::ToolTipRole || role == TargetStatusRole) {
        if (const AddonTargetCell *cell = targetCell(index))
            return targetData(*cell, cellData(index, role), role);
        if (role == TargetStatusRole)
            return -1;
    }
    return cellData(index, role);
}

QVariant VersionMatrixModel::cellData(const QModelIndex &index, int role) const
{
    const MatrixRow &row = m_matrix.rows.at(int(index.internalId()));
    if (index.column() == ComponentColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return row.label;
        return {};
    }
    const MatrixCell &cell = row.cells.at(index.column() - FirstClusterColumn);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole: {
        QStringList parts;
        for (const auto &[version, count] : cell.versions) {
            // The upstream part is what a reviewer compares; the vendor build is in the tooltip.
            const auto parsed = Version::parse(version);
            const QString shown = parsed ? parsed->toString() : version;
            parts << (count > 1 ? tr("%1 ×%2").arg(shown, locale.toString(count)) : shown);
        }
        return parts.join(QStringLiteral(" · "));
    }
    case SortRole:
        return cell.versions.isEmpty() ? QString() : cell.versions.constFirst().first;
    case StatusRole:
        return int(cell.status);
    case Qt::ToolTipRole: {
        if (cell.versions.isEmpty())
            return {};
        QStringList versions;
        for (const auto &[version, count] : cell.versions)
            versions << version;
        QString tip = versions.join(QStringLiteral(", "));
        if (cell.status != CellStatus::None)
            tip += QStringLiteral(": ") + statusName(cell.status);
        for (const CellFinding &finding : cell.findings) {
            const QString reason = reasonText(finding);
            if (!reason.isEmpty())
                tip += u'\n' + reason;
        }
        if (!cell.places.isEmpty() && row.kind != MatrixRow::Kind::Node)
            tip += u'\n' + tr("Where: %1").arg(placesText(cell.places.mid(0, 8))) +
                   (cell.places.size() > 8 ? tr(" and %n more", nullptr, int(cell.places.size() - 8)) : QString());
        return tip;
    }
    case Qt::BackgroundRole: {
        const QColor colour = statusColour(cell.status);
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    default:
        return {};
    }
}

QVariant VersionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (section == ComponentColumn)
        return tr("Component");
    return m_matrix.clusters.value(section - FirstClusterColumn);
}

} // namespace kirikae
