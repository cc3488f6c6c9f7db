#pragma once

#include "analysis/debtscore.h"
#include "core/waiver.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace kirikae {

/// Accepts one debt reason of a cluster: why, who owns it, and until when (a date or a minor).
class WaiverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaiverDialog)

public:
    WaiverDialog(const QString &cluster, const QList<DebtReason> &reasons, QDate today, QWidget *parent = nullptr);

    /// The waiver as filled in; valid once the dialog was accepted.
    Waiver waiver() const;
    /// The stable start of a reason that a waiver matches: up to its first ':' or ','.
    static QString subjectOf(const QString &reason);

private:
    void validate();

    QString m_cluster;
    QComboBox *m_subject;
    QLineEdit *m_reason;
    QLineEdit *m_owner;
    QRadioButton *m_byDate;
    QDateEdit *m_date;
    QRadioButton *m_byMinor;
    QLineEdit *m_minor;
    QDialogButtonBox *m_buttons;
};

} // namespace kirikae
