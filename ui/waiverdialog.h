#pragma once

#include "analysis/debtscore.h"
#include "core/waiver.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace kirikae {

/// Accepts one debt reason of a cluster: why, who owns it, until when (a date or a minor) and who accepts it. The
/// same dialog edits an existing waiver: then the finding is fixed and "by" is who makes the change.
class WaiverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaiverDialog)

public:
    /// Accepts one of reasons.
    WaiverDialog(const QString &cluster, const QList<DebtReason> &reasons, QDate today, QWidget *parent = nullptr);
    /// Edits existing, shown with findingLabel (the reason it covers, in the interface's language).
    WaiverDialog(const Waiver &existing, const QString &findingLabel, QDate today, QWidget *parent = nullptr);

    /// The waiver as filled in; valid once the dialog was accepted. A new waiver's acceptedBy is by(); an edited
    /// one keeps its audit trail (the caller records the edit).
    Waiver waiver() const;
    /// Who accepts (a new waiver) or changes (an existing one); the system user unless edited.
    QString by() const;
    /// The stable start of a reason that a waiver matches: up to its first ':' or ','.
    static QString subjectOf(const QString &reason);

private:
    WaiverDialog(const QString &cluster, QDate today, QWidget *parent);
    void validate();

    bool m_editing = false;
    Waiver m_existing; ///< the waiver edited, when editing
    QString m_cluster;
    QComboBox *m_subject;
    QLineEdit *m_reason;
    QLineEdit *m_owner;
    QLabel *m_whoLabel;
    QLineEdit *m_who;
    QRadioButton *m_byDate;
    QDateEdit *m_date;
    QRadioButton *m_byMinor;
    QLineEdit *m_minor;
    QDialogButtonBox *m_buttons;
};

} // namespace kirikae
