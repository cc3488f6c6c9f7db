#pragma once

#include "analysis/addontargets.h"
#include "analysis/versionmatrix.h"

#include <QAbstractItemModel>
#include <QColor>

namespace kirikae {

/**
 * The version matrix as a tree: components as top rows (kubelet and kube-proxy expand into version groups
 * and then nodes), one column per cluster after the component column.
 * Display role: the versions ("v1.31.13 ×4 · v1.29.15 ×2"). StatusRole: CellStatus as int.
 * Background: the status colour. ToolTip: the reason in words, with the rule.
 * With an add-on target set, an add-on's cell also says how its running release stands at that minor (the add-on
 * catalog's verdict): Decoration is that status's colour, TargetStatusRole the AddonStatus as int (-1: none).
 */
class VersionMatrixModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionMatrixModel)

public:
    enum Column { ComponentColumn, FirstClusterColumn };
    enum Role { SortRole = Qt::UserRole, StatusRole, TargetStatusRole };

    explicit VersionMatrixModel(QObject *parent = nullptr);

    void setMatrix(const VersionMatrix &matrix);
    const VersionMatrix &matrix() const { return m_matrix; }
    /// Add-on verdicts at a target minor, shown beside each add-on's cell; nothing clears them.
    void setAddonTarget(const std::optional<AddonTargetVerdicts> &verdicts);
    const std::optional<AddonTargetVerdicts> &addonTarget() const { return m_addonTarget; }
    /// The colour of an add-on status at the target (supported, tested, minimum met, not tested, not supported,
    /// no data).
    static QColor addonStatusColour(AddonStatus status);
    /// Re-emits header and data, so views show the current translation (done by itself on a language change).
    void retranslate();

    static QString statusName(CellStatus status);
    static QString reasonText(const CellFinding &finding);
    /// The background of a cell with that status (invalid for None).
    static QColor statusColour(CellStatus status);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const QList<int> &childrenOf(const QModelIndex &parent) const;
    /// The add-on verdict at the target for a cell, or null.
    const AddonTargetCell *targetCell(const QModelIndex &index) const;
    QVariant cellData(const QModelIndex &index, int role) const; ///< what the matrix itself says
    QVariant targetData(const AddonTargetCell &cell, const QVariant &current, int role) const;

    VersionMatrix m_matrix;
    QList<int> m_top;
    std::optional<AddonTargetVerdicts> m_addonTarget;
};

} // namespace kirikae
