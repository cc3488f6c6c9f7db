#include "groupfilter.h"

#include "items/fleetgroupmodel.h"
#include "items/fleetmodel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QSignalBlocker>

#include <iterator>

namespace kirikae {

GroupFilter::GroupFilter(FleetModel *fleet, QWidget *parent)
    : QWidget(parent)
    , m_groups(new FleetGroupModel(fleet, this))
    , m_label(new QLabel(this))
    , m_key(new QComboBox(this))
    , m_group(new QComboBox(this))
{
    // Entry 0 is every cluster; entry k + 1 is GroupKey k.
    for (int i = 0; i <= groupKeyCount; ++i)
        m_key->addItem(QString());
    m_key->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The combo box moves its own choice when the groups are reset: what was chosen is restored afterwards.
    connect(m_groups, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_resetting = true; });
    m_group->setModel(m_groups);
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_group->setMinimumContentsLength(24);
    m_group->hide(); // until a grouping is chosen
    m_label->setBuddy(m_key);

    connect(m_key, &QComboBox::currentIndexChanged, this, &GroupFilter::keyChosen);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_resetting)
            return;
        m_value = m_groups->index(index, 0).data(FleetGroupModel::GroupValueRole).toString();
        Q_EMIT changed();
    });
    connect(m_groups, &QAbstractItemModel::modelReset, this, &GroupFilter::restoreGroup);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_key);
    layout->addWidget(m_group, 1);
    retranslate();
}

std::optional<QSet<QString>> GroupFilter::clusters() const
{
    if (m_key->currentIndex() <= 0 || m_group->currentIndex() < 0)
        return std::nullopt;
    const QStringList names = m_groups->clusterNames(m_group->currentIndex());
    return QSet<QString>(names.cbegin(), names.cend());
}

void GroupFilter::keyChosen()
{
    const int choice = m_key->currentIndex();
    m_group->setVisible(choice > 0);
    if (choice > 0) {
        m_value.reset();
        m_groups->setGroupKey(GroupKey(choice - 1)); // resets the groups, which chooses the first
        restoreGroup();
    }
    Q_EMIT changed();
}

void GroupFilter::restoreGroup()
{
    m_resetting = false;
    int found = 0;
    for (int row = 0; m_value && row < m_groups->rowCount(); ++row)
        if (m_groups->index(row, 0).data(FleetGroupModel::GroupValueRole).toString() == *m_value)
            found = row;
    {
        const QSignalBlocker blocker(m_group);
        m_group->setCurrentIndex(m_groups->rowCount() > 0 ? found : -1);
    }
    m_value = m_groups->index(m_group->currentIndex(), 0).data(FleetGroupModel::GroupValueRole).toString();
    // The list shows each group's whole line (its counts), however narrow the box.
    QAbstractItemView *list = m_group->view();
    list->setMinimumWidth(list->sizeHintForColumn(0) + list->verticalScrollBar()->sizeHint().width() + 8);
    Q_EMIT changed();
}

void GroupFilter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GroupFilter::retranslate()
{
    m_label->setText(tr("&Show:"));
    const QString keys[] = {tr("All clusters"), tr("By tier or environment"), tr("By distribution"), tr("By region"),
                            tr("By Kubernetes minor")};
    static_assert(std::size(keys) == groupKeyCount + 1);
    for (int i = 0; i <= groupKeyCount; ++i)
        m_key->setItemText(i, keys[i]);
    m_group->setToolTip(tr("The group whose clusters are shown, with how many of them stand where in the support "
                           "window."));
}

} // namespace kirikae
