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

QVariant VersionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
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
