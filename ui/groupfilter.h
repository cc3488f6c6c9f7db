#pragma once

#include <QSet>
#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace kirikae {

class FleetGroupModel;
class FleetModel;

/**
 * Chooses a group of the fleet — by tier or environment, distribution, region or minor — for a page that shows
 * many clusters: "All clusters", or one group with its counts. Follows the fleet: after a reload the same group
 * stays chosen while it still exists.
 */
class GroupFilter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupFilter)

public:
    explicit GroupFilter(FleetModel *fleet, QWidget *parent = nullptr);

    /// The clusters of the chosen group; nothing when every cluster is shown.
    std::optional<QSet<QString>> clusters() const;
    QComboBox *keyBox() const { return m_key; }
    QComboBox *groupBox() const { return m_group; }

Q_SIGNALS:
    /// Another group was chosen, or the fleet changed.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void keyChosen();
    /// After the groups changed: the group with the remembered value again, else the first.
    void restoreGroup();

    FleetGroupModel *m_groups;
    QLabel *m_label;
    QComboBox *m_key;
    QComboBox *m_group;
    bool m_resetting = false;
    std::optional<QString> m_value; ///< the chosen group's value (empty: unlabelled), kept across reloads
};

} // namespace kirikae
