#include "waiverdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace kirikae {

WaiverDialog::WaiverDialog(const QString &cluster, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_cluster(cluster)
    , m_subject(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_whoLabel(new QLabel(this))
    , m_who(new QLineEdit(Waiver::systemUser(), this))
    , m_byDate(new QRadioButton(tr("Until the date"), this))
    , m_date(new QDateEdit(today.addMonths(3), this))
    , m_byMinor(new QRadioButton(tr("Until the cluster runs Kubernetes"), this))
    , m_minor(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_subject->setMinimumContentsLength(60);
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(today);
    m_minor->setPlaceholderText(tr("1.32"));
    m_byDate->setChecked(true);
    m_reason->setPlaceholderText(tr("Why this is acceptable for now"));
    m_owner->setPlaceholderText(tr("Who answers for it"));
    m_who->setObjectName(QStringLiteral("by"));

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_byDate);
    dateRow->addWidget(m_date, 1);
    auto *minorRow = new QHBoxLayout;
    minorRow->addWidget(m_byMinor);
    minorRow->addWidget(m_minor, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Finding"), m_subject);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Ends"), dateRow);
    form->addRow(QString(), minorRow);
    form->addRow(m_whoLabel, m_who); // labelled by the public constructors: "Accepted by" or "Changed by"
    form->addRow(m_buttons);

    for (QLineEdit *edit : {m_reason, m_owner, m_minor, m_who})
        connect(edit, &QLineEdit::textChanged, this, &WaiverDialog::validate);
    connect(m_byMinor, &QRadioButton::toggled, this, &WaiverDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

WaiverDialog::WaiverDialog(const QString &cluster, const QList<DebtReason> &reasons, QDate today, QWidget *parent)
    : WaiverDialog(cluster, today, parent)
{
    setWindowTitle(tr("Accept a finding on %1").arg(cluster));
    // Shown in the interface's language; the waiver keeps the stable English text it matches.
    for (const DebtReason &reason : reasons)
        m_subject->addItem(reason.label(), reason.text());
    m_whoLabel->setText(tr("Accepted by"));
    validate();
}

WaiverDialog::WaiverDialog(const Waiver &existing, const QString &findingLabel, QDate today, QWidget *parent)
    : WaiverDialog(existing.cluster, today, parent)
{
    m_editing = true;
    m_existing = existing;
    setWindowTitle(tr("Edit the waiver on %1").arg(existing.cluster));
    // The finding is what the waiver is about: changing it would be another waiver.
    m_subject->addItem(findingLabel, existing.subject);
    m_subject->setEnabled(false);
    m_reason->setText(existing.reason);
    m_owner->setText(existing.owner);
    if (existing.untilMinor) {
        m_byMinor->setChecked(true);
        m_minor->setText(existing.untilMinor->toString());
    } else if (existing.expires.isValid()) {
        m_date->setMinimumDate(std::min(today, existing.expires));
        m_date->setDate(existing.expires);
    }
    m_whoLabel->setText(tr("Changed by"));
    validate();
}

QString WaiverDialog::subjectOf(const QString &reason)
{
    const qsizetype colon = reason.indexOf(u':');
    const qsizetype comma = reason.indexOf(u',');
    qsizetype end = reason.size();
    if (colon >= 0)
        end = std::min(end, colon + 1);
    if (comma >= 0)
        end = std::min(end, comma);
    return reason.left(end);
}

void WaiverDialog::validate()
{
    // A waiver without a reason, an owner or an end is a finding swept under the carpet.
    const bool minorOk = !m_byMinor->isChecked() || MinorVersion::parse(m_minor->text()).has_value();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_reason->text().trimmed().isEmpty() && !m_owner->text().trimmed().isEmpty() &&
                     !m_who->text().trimmed().isEmpty() && minorOk && m_subject->count() > 0);
}

QString WaiverDialog::by() const
{
    return m_who->text().trimmed();
}

Waiver WaiverDialog::waiver() const
{
    Waiver w = m_existing; // an edit keeps who accepted it, when, and its history
    w.cluster = m_cluster;
    w.subject = m_editing ? m_existing.subject : subjectOf(m_subject->currentData().toString());
    if (!m_editing)
        w.acceptedBy = by();
    w.reason = m_reason->text().trimmed();
    w.owner = m_owner->text().trimmed();
    w.untilMinor.reset();
    w.expires = QDate();
    if (m_byMinor->isChecked())
        w.untilMinor = MinorVersion::parse(m_minor->text());
    else
        w.expires = m_date->date();
    return w;
}

} // namespace kirikae
