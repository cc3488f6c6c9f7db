#include "costjson.h"

#include <QJsonArray>

namespace kirikae::cli {

namespace {

QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject feeJson(const SupportFee &fee)
{
    return {
        {QStringLiteral("phase"), fee.phase},
        {QStringLiteral("amountPerMonth"), fee.perMonth ? QJsonValue(*fee.perMonth) : QJsonValue()},
        {QStringLiteral("currency"), fee.currency.isEmpty() ? QJsonValue() : QJsonValue(fee.currency)},
        {QStringLiteral("source"), fee.source.isEmpty() ? QJsonValue() : QJsonValue(fee.source)},
        {QStringLiteral("sure"), surenessKey(fee.sure)},
        {QStringLiteral("contract"), fee.contract},
        {QStringLiteral("note"), fee.note},
        {QStringLiteral("vendorMovedTo"), fee.vendorMoved ? QJsonValue(fee.vendorMoved->toString()) : QJsonValue()}};
}

QString behaviourKey(const ClusterCost &cost)
{
    if (!cost.forced.known())
        return cost.forced.policy.sure == Sureness::Unknown ? QStringLiteral("unknown") : QStringLiteral("none");
    return cost.forced.nodePoolsStay ? QStringLiteral("control-plane-only") : QStringLiteral("control-plane-and-nodes");
}

QJsonArray englishArray(const QList<Phrase> &phrases)
{
    QJsonArray array;
    for (const Phrase &p : phrases)
        array << p.english();
    return array;
}

} // namespace

QJsonValue costJson(const ClusterCost &cost)
{
    if (!cost.today.applies())
        return QJsonValue();
    QJsonObject o = feeJson(cost.today);
    o.insert(QStringLiteral("changesOn"), dateOrNull(cost.changesOn));
    o.insert(QStringLiteral("next"), cost.after.applies() ? QJsonValue(feeJson(cost.after)) : QJsonValue());
    return o;
}

QJsonValue forcedUpgradeJson(const ClusterCost &cost)
{
    if (cost.vendor.isEmpty())
        return QJsonValue();
    const ForcedUpgrade &f = cost.forced;
    return QJsonObject{
        {QStringLiteral("date"), dateOrNull(f.date)},
        {QStringLiteral("projected"), f.projected},
        {QStringLiteral("behaviour"), behaviourKey(cost)},
        {QStringLiteral("controlPlaneTo"), f.controlPlaneTo ? QJsonValue(f.controlPlaneTo->toString()) : QJsonValue()},
        {QStringLiteral("nodePools"),
         f.known() ? QJsonValue(f.nodePoolsStay ? QStringLiteral("stay") : QStringLiteral("upgraded")) : QJsonValue()},
        {QStringLiteral("notice"), f.policy.notice},
        {QStringLiteral("postpone"), f.policy.postpone},
        {QStringLiteral("sure"), surenessKey(f.policy.sure)},
        {QStringLiteral("source"), f.policy.source},
        {QStringLiteral("note"), f.policy.note},
        {QStringLiteral("breaks"), englishArray(f.breaks())}};
}

QJsonObject fleetCostJson(const CostSeries &stay, const CostSeries &planned)
{
    QJsonArray months;
    for (const QDate &m : stay.months)
        months << m.toString(QStringLiteral("yyyy-MM"));
    QJsonArray currencies;
    for (const QString &currency : stay.allCurrencies()) {
        QJsonArray staying;
        QJsonArray underPlan;
        bool incomplete = false;
        for (qsizetype m = 0; m < stay.months.size(); ++m) {
            staying << stay.total(m, currency, &incomplete);
            underPlan << planned.total(m, currency, &incomplete);
        }
        currencies << QJsonObject{
            {QStringLiteral("currency"), currency},
            {QStringLiteral("staying"), staying},
            {QStringLiteral("underPlan"), underPlan},
            {QStringLiteral("saved"), savings(stay, planned, currency, stay.months.constLast().addMonths(1))},
            {QStringLiteral("incomplete"), incomplete}};
    }
    return {{QStringLiteral("months"), months}, {QStringLiteral("perCurrency"), currencies}};
}

} // namespace kirikae::cli
