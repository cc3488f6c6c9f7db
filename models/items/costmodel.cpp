#include "costmodel.h"

#include "formatting.h"
#include "statuscolors.h"

#include <QFont>
#include <QHash>
#include <QLocale>

namespace kirikae {

CostModel::CostModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{
}

void CostModel::setCosts(const QList<ClusterCost> &costs, const FleetPlan &plan)
{
    beginResetModel();
    m_costs.clear();
    m_finishBy.clear();
    QHash<QString, QDate> finish; // one pass over the plans: a cell never searches them
    for (const UpgradePlan &p : plan.plans)
        finish.insert(p.cluster, p.finishBy);
    for (const ClusterCost &c : costs) {
        if (c.vendor.isEmpty())
            continue;
        m_costs << c;
        m_finishBy << finish.value(c.cluster);
    }
    endResetModel();
}

QString CostModel::vendorName(const QString &vendor)
{
    if (vendor == u"eks")
        return QStringLiteral("Amazon EKS");
    if (vendor == u"gke")
        return QStringLiteral("Google GKE");
    if (vendor == u"aks")
        return QStringLiteral("Azure AKS");
    if (vendor == u"openshift")
        return QStringLiteral("Red Hat OpenShift");
    return vendor;
}

QString CostModel::phaseName(const QString &phase)
{
    if (phase == u"standard")
        return tr("standard support");
    if (phase == u"extended")
        return tr("extended support");
    if (phase == u"maintenance")
        return tr("maintenance support");
    if (phase == u"end-of-life")
        return tr("end of life");
    return phase;
}

QString CostModel::feeText(const SupportFee &fee)
{
    if (!fee.applies())
        return {};
    if (!fee.perMonth)
        //: A support fee no source states: never shown as zero
        return tr("unknown");
    const QString amount = tr("%1 %2 a month").arg(fee.currency, QLocale().toString(*fee.perMonth, 'f', 2));
    const QString moved =
        fee.vendorMoved ? tr(" (on %1, where the vendor has moved it)").arg(fee.vendorMoved->toString()) : QString();
    if (fee.contract)
        return tr("%1 (your contract)").arg(amount) + moved;
    if (fee.sure == Sureness::ThirdParty)
        return tr("%1 (third-party figure)").arg(amount) + moved;
    return amount + moved;
}

QStringList CostModel::breaksText(const ForcedUpgrade &forced)
{
    QStringList lines;
    for (const SkewCheck &check : forced.skewBreaks)
        lines << tr("%1 %2 on %3 falls outside the version-skew policy")
                     .arg(check.component, check.version,
                          check.where.size() > 3 ? tr("%n node(s)", nullptr, int(check.where.size()))
                                                 : check.where.join(QStringLiteral(", ")));
    for (const ApiFinding &f : forced.removedApis) {
        const QString who =
            f.evidence == u"metrics"
                ? tr("clients requesting %1").arg(f.name)
                : f.kind + u' ' + (f.namespaceName.isEmpty() ? f.name : f.namespaceName + u'/' + f.name);
        lines << tr("%1 uses %2, removed in %3").arg(who, f.apiVersion, f.api.removedIn.toString());
    }
    return lines;
}

QStringList CostModel::vendorFirst() const
{
    QStringList clusters;
    for (qsizetype i = 0; i < m_costs.size(); ++i) {
        const ClusterCost &c = m_costs.at(i);
        if (c.forced.known() && (!m_finishBy.at(i).isValid() || c.forced.date < m_finishBy.at(i)))
            clusters << c.cluster;
    }
    return clusters;
}

int CostModel::rows() const
{
    return int(m_costs.size());
}

QString CostModel::columnTitle(int column) const
{
    switch (column) {
    case ClusterColumn:
        return tr("Cluster");
    case VendorColumn:
        return tr("Vendor");
    case PhaseColumn:
        return tr("Phase");
    case FeeColumn:
        return tr("Fee today");
    case ChangesColumn:
        return tr("Fee changes");
    case ForcedColumn:
        //: Column header: the day the cloud vendor upgrades the cluster itself
        return tr("Vendor forces");
    case MovesColumn:
        return tr("What the vendor does");
    case BreaksColumn:
        //: Column header: how many things break when the vendor upgrades first
        return tr("Breaks then");
    case PlannedColumn:
        return tr("Planned upgrade done");
    default:
        return {};
    }
}

QVariant CostModel::display(const ClusterCost &c, QDate finishBy, int column, bool sort) const
{
    const auto date = [&](QDate d) { return sort ? QVariant(d) : QVariant(formatDate(d)); };
    switch (column) {
    case ClusterColumn:
        return c.cluster;
    case VendorColumn:
        return sort ? QVariant(c.vendor) : QVariant(vendorName(c.vendor));
    case PhaseColumn:
        return sort ? QVariant(c.today.phase) : QVariant(phaseName(c.today.phase));
    case FeeColumn:
        return sort ? QVariant(c.today.perMonth.value_or(-1)) : QVariant(feeText(c.today));
    case ChangesColumn:
        if (!c.changesOn.isValid())
            return {};
        return sort ? QVariant(c.changesOn) : QVariant(tr("%1 → %2").arg(formatDate(c.changesOn), feeText(c.after)));
    case ForcedColumn:
        if (!c.forced.known())
            //: No vendor statement about forced upgrades was found
            return sort ? QVariant() : QVariant(tr("not stated"));
        return c.forced.projected && !sort ? QVariant(tr("%1 (projected)").arg(formatDate(c.forced.date)))
                                           : date(c.forced.date);
    case MovesColumn:
        if (!c.forced.known())
            return {};
        return c.forced.nodePoolsStay
                   ? tr("control plane to %1; node pools stay").arg(c.forced.controlPlaneTo->toString())
                   : tr("control plane and nodes to %1").arg(c.forced.controlPlaneTo->toString());
    case BreaksColumn:
        return int(c.forced.breaks().size());
    case PlannedColumn:
        return finishBy.isValid() ? date(finishBy) : QVariant();
    default:
        return {};
    }
}

QVariant CostModel::cell(int row, int column, int role) const
{
    const ClusterCost &c = m_costs.at(row);
    const QDate finishBy = m_finishBy.at(row);
    const bool vendorFirst = c.forced.known() && (!finishBy.isValid() || c.forced.date < finishBy);
    switch (role) {
    case Qt::DisplayRole:
        return display(c, finishBy, column, false);
    case SortRole:
        return display(c, finishBy, column, true);
    case Qt::BackgroundRole:
        if ((column == ForcedColumn || column == PlannedColumn) && vendorFirst)
            return statusBackground(SupportStatus::Unsupported);
        if (column == FeeColumn && c.today.phase == u"extended")
            return statusBackground(SupportStatus::EndingSoon);
        return {};
    case Qt::FontRole:
        if (column == FeeColumn && (c.today.sure != Sureness::Official || !c.today.perMonth)) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole: {
        // The catalog's own words, in the interface's language where the catalog has them.
        const QString language = QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QString();
        if (column == FeeColumn || column == ChangesColumn) {
            const SupportFee &fee = column == FeeColumn ? c.today : c.after;
            QStringList lines{feeText(fee)};
            if (!fee.note.isEmpty())
                lines << inLanguage(language, fee.note, fee.noteJa);
            if (!fee.source.isEmpty())
                lines << tr("Source: %1").arg(fee.source);
            return lines.join(u'\n');
        }
        if (column == ForcedColumn || column == MovesColumn || column == BreaksColumn) {
            QStringList lines;
            if (vendorFirst)
                lines << tr("The vendor moves before the planned upgrade is done.");
            if (!c.forced.policy.notice.isEmpty())
                lines << tr("Notice: %1").arg(inLanguage(language, c.forced.policy.notice, c.forced.policy.noticeJa));
            lines << breaksText(c.forced);
            if (!c.forced.policy.note.isEmpty())
                lines << inLanguage(language, c.forced.policy.note, c.forced.policy.noteJa);
            if (!c.forced.policy.source.isEmpty())
                lines << tr("Source: %1").arg(c.forced.policy.source);
            return lines.join(u'\n');
        }
        return {};
    }
    default:
        return {};
    }
}

} // namespace kirikae
