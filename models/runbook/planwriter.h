#pragma once

#include "analysis/upgradeplanner.h"
#include "runbook.h"
#include "runbooklanguage.h"
#include "vendorcommands.h"

#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace kirikae {

/// Builds the chapters of one plan in one language; the fleet runbook nests them one level down. Internal to
/// the runbook part.
class PlanWriter
{
public:
    /// today dates the document and judges whether the vendor's forced upgrade comes first.
    PlanWriter(const UpgradePlan &plan, const RunbookLanguage &language, int level, QDate today)
        : m_plan(plan)
        , m_l(language)
        , m_level(level)
        , m_today(today)
        , m_target(VendorCommands::targetOf(plan))
    {
    }

    QList<std::pair<QString, QString>> summary(QDate today) const;
    /// The cost and deadline rows of the summary: the fee today, when it changes, the vendor's forced upgrade.
    QList<std::pair<QString, QString>> costRows() const;
    QList<RunbookSection> sections() const;
    QString route() const;
    QString blockedText(const BlockedOperator &b) const;

private:
    QString say(const char *text, int n = -1) const { return m_l.text(text, n); }
    RunbookSection section(const QString &title) const { return {title, m_level, {}}; }
    QString strategyName() const;
    QString distributionName() const;
    QString platformName(const QString &distribution) const;
    RunbookSection goNoGo() const;
    QList<QStringList> blockerRows() const; ///< one row per blocker of the go/no-go table
    /// Go/no-go rows of a hop's CRD stored versions and of its place on OpenShift's update graph.
    void addCrdStorageRows(const PlanHop &hop, QList<QStringList> &rows) const;
    void addOpenShiftRows(const PlanHop &hop, QList<QStringList> &rows) const;
    QStringList openShiftNotes() const; ///< channel changes and EUS-to-EUS paths, under the go/no-go table
    QString droppedByText(const CrdStorageBlocker &b) const;
    QString feeText(const SupportFee &fee) const;
    QString vendorName() const;
    /// A few node names and how many more: runbooks of large pools stay readable.
    QString nodeList(const QStringList &nodes) const;
    QString breaksText(const ForcedUpgrade &forced) const; ///< what breaks, in the runbook's language
    QList<RunbookBlock> goNoGoNotes() const;               ///< order, unmet dependencies, warnings under the table
    RunbookSection preChecks() const;
    RunbookSection inPlaceSteps() const;
    QList<RunbookStep> poolsFirstSteps(const PlanHop &hop, const QString &label) const;
    QList<RunbookStep> addonUpgradeSteps(const PlanHop &hop, const QString &label) const;
    QList<RunbookStep> controlPlaneSteps(const PlanHop &hop, const QString &label) const;
    QList<RunbookStep> finalPoolSteps() const;
    RunbookSection blueGreenSteps() const;
    QList<RunbookStep> greenClusterSteps() const;
    RunbookSection postChecks() const;
    RunbookSection rollback() const;
    RunbookSection waivers() const;
    /// Who accepted a waiver and when, and who last changed it.
    QString accepted(const Waiver &waiver) const;
    RunbookSection signOff() const;
    QList<RunbookStep> apiMigration(const PlanHop &hop) const;
    QList<RunbookStep> operatorSteps(const QStringList &blocked) const;
    /// Storage version migration of every CRD blocker, before the operators and the control plane move.
    QList<RunbookStep> crdMigrationSteps() const;
    RunbookStep crdMigrationStep(const QString &label, const QList<CrdStorageBlocker> &group) const;

    const UpgradePlan &m_plan;
    const RunbookLanguage &m_l;
    int m_level;
    QDate m_today;
    VendorCommands::Target m_target;
};

/// A blocker in words: an object on a removed API, or (from apiserver metrics) clients still requesting one.
QString describeUse(const ApiFinding &f, const RunbookLanguage &l);

/// Blocks of a runbook section.
RunbookBlock paragraph(const QString &text);
RunbookBlock warning(const QString &text);
RunbookBlock bullets(const QStringList &items);
RunbookBlock table(const QStringList &header, const QList<QStringList> &rows);
RunbookBlock steps(const QList<RunbookStep> &list);

} // namespace kirikae
