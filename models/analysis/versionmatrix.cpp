#include "versionmatrix.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace kirikae {

namespace {

const QStringList &componentOrder()
{
    static const QStringList order{QStringLiteral("kube-apiserver"), QStringLiteral("kube-controller-manager"),
                                   QStringLiteral("kube-scheduler"), QStringLiteral("cloud-controller-manager"),
                                   QStringLiteral("etcd"),           QStringLiteral("kubelet"),
                                   QStringLiteral("kube-proxy")};
    return order;
}

bool isNodeComponent(const QString &name)
{
    return name == u"kubelet" || name == u"kube-proxy";
}

const SkewCheck *failedCheck(const ClusterStatus &status, const QString &component, const QString &version)
{
    for (const SkewCheck &c : status.skew)
        if (!c.ok && c.component == component && (version.isEmpty() || c.version == version))
            return &c;
    return nullptr;
}

void merge(MatrixCell &cell, const ComponentVerdict &verdict)
{
    ComponentVerdict all{cell.status, cell.findings};
    for (const CellFinding &f : verdict.findings)
        all.add(f);
    cell.status = all.status;
    cell.findings = all.findings;
    cell.reason = all.findings.isEmpty() ? CellReason::None : all.findings.constFirst().reason;
    cell.detail = all.findings.isEmpty() ? Phrase() : all.findings.constFirst().detail;
}

void addVersion(MatrixCell &cell, const QString &version, const QString &place)
{
    auto it = std::find_if(cell.versions.begin(), cell.versions.end(),
                           [&](const auto &pair) { return pair.first == version; });
    if (it == cell.versions.end())
        cell.versions << qMakePair(version, 1);
    else
        ++it->second;
    if (!place.isEmpty())
        cell.places << place;
}

} // namespace

QString cellStatusKey(CellStatus status)
{
    switch (status) {
    case CellStatus::Current:
        return QStringLiteral("current");
    case CellStatus::Behind:
        return QStringLiteral("behind");
    case CellStatus::Unsupported:
        return QStringLiteral("unsupported");
    case CellStatus::Violating:
        return QStringLiteral("skew-violation");
    case CellStatus::None:
        break;
    }
    return QStringLiteral("unknown");
}

void ComponentVerdict::add(const CellFinding &finding)
{
    if (findings.contains(finding))
        return;
    // "Current" says only that nothing else was found.
    if (finding.status == CellStatus::Current && !findings.isEmpty())
        return;
    if (finding.status != CellStatus::Current)
        findings.removeIf([](const CellFinding &f) { return f.status == CellStatus::Current; });
    // Worst first; equal statuses keep the order they were found in.
    auto at = std::find_if(findings.begin(), findings.end(),
                           [&](const CellFinding &f) { return int(f.status) < int(finding.status); });
    findings.insert(at, finding);
    status = findings.constFirst().status;
}

ComponentVerdict judgeComponent(const QString &component, const QString &version, const ComponentVersion *info,
                                const ClusterStatus &status)
{
    ComponentVerdict v;
    const SupportAssessment &s = status.support;
    const auto parsed = Version::parse(version);
    const bool kubernetesComponent = componentOrder().contains(component) && component != u"etcd";
    if (kubernetesComponent && parsed && status.version) {
        const MinorVersion minor = parsed->minorVersion();
        v.add({CellStatus::Current, CellReason::CurrentMinor, {}});
        if (isNodeComponent(component) && minor < status.version->minorVersion())
            v.add({CellStatus::Behind, CellReason::OlderThanApiServer, status.version->minorVersion().toString()});
        const auto latest = Version::parse(s.latestPatch);
        if (s.newestMinor.major == minor.major && minor < s.newestMinor)
            v.add({CellStatus::Behind, CellReason::MinorsBehind, s.newestMinor.toString()});
        else if (latest && minor == latest->minorVersion() && *parsed < *latest)
            v.add({CellStatus::Behind, CellReason::PatchBehind, s.latestPatch});
        if (const SkewCheck *c = failedCheck(status, component, version))
            v.add({CellStatus::Violating, CellReason::SkewViolation, c->rule});
        if (s.status == SupportStatus::Unsupported && minor <= s.minor)
            v.add({CellStatus::Unsupported, CellReason::MinorUnsupported, s.minor.toString()});
    } else if (status.addonsNotSupported.contains(component) && status.version) {
        v.add({CellStatus::Unsupported, CellReason::AddonUnsupported, status.version->minorVersion().toString()});
    } else if (info && !info->expected.isEmpty()) {
        v.add(info->olderThanExpected ? CellFinding{CellStatus::Behind, CellReason::OlderThanKubeadm, info->expected}
                                      : CellFinding{CellStatus::Current, CellReason::CurrentMinor, info->expected});
    }
    return v;
}

QList<int> VersionMatrix::topRows() const
{
    QList<int> top;
    for (int i = 0; i < rows.size(); ++i)
        if (rows.at(i).parent < 0)
            top << i;
    return top;
}

VersionMatrix buildVersionMatrix(const QList<FleetEntry> &fleet, const QList<ClusterStatus> &statuses)
{
    VersionMatrix m;
    const int clusters = int(fleet.size());
    for (const FleetEntry &e : fleet)
        m.clusters << e.snapshot.name;

    // Component names in a stable order: Kubernetes' own first, then runtimes, then add-ons by name.
    QStringList names = componentOrder();
    QStringList others;
    for (const ClusterStatus &status : statuses)
        for (const ComponentVersion &c : status.components)
            if (!names.contains(c.name) && !others.contains(c.name))
                others << c.name;
    std::sort(others.begin(), others.end(),
              [&](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    names << others;

    for (const QString &name : names) {
        MatrixRow row;
        row.label = name;
        row.cells.resize(clusters);
        bool present = false;
        QMap<QString, QMap<int, QStringList>> nodesByVersion; // version → cluster → nodes
        for (int c = 0; c < clusters; ++c) {
            for (const ComponentVersion &info : statuses.at(c).components) {
                if (info.name != name)
                    continue;
                present = true;
                addVersion(row.cells[c], info.version, info.where);
                merge(row.cells[c], judgeComponent(name, info.version, &info, statuses.at(c)));
                if (isNodeComponent(name))
                    nodesByVersion[info.version][c] << info.where;
            }
            std::sort(row.cells[c].versions.begin(), row.cells[c].versions.end(),
                      [](const auto &a, const auto &b) { return a.second > b.second; });
        }
        if (!present)
            continue;
        const int rowIndex = int(m.rows.size());
        m.rows << row;
        // kubelet and kube-proxy: one child per version, one grandchild per node.
        for (auto v = nodesByVersion.cbegin(); v != nodesByVersion.cend(); ++v) {
            MatrixRow group;
            group.kind = MatrixRow::Kind::VersionGroup;
            group.label = v.key();
            group.parent = rowIndex;
            group.cells.resize(clusters);
            const int groupIndex = int(m.rows.size());
            m.rows[rowIndex].children << groupIndex;
            m.rows << group;
            for (auto c = v.value().cbegin(); c != v.value().cend(); ++c) {
                MatrixCell &cell = m.rows[groupIndex].cells[c.key()];
                cell.versions << qMakePair(v.key(), int(c.value().size()));
                cell.places = c.value();
                merge(cell, judgeComponent(name, v.key(), nullptr, statuses.at(c.key())));
                for (const QString &node : c.value()) {
                    MatrixRow leaf;
                    leaf.kind = MatrixRow::Kind::Node;
                    leaf.label = node;
                    leaf.parent = groupIndex;
                    leaf.cells.resize(clusters);
                    leaf.cells[c.key()] = cell;
                    leaf.cells[c.key()].versions = {qMakePair(v.key(), 1)};
                    leaf.cells[c.key()].places = {node};
                    m.rows[groupIndex].children << int(m.rows.size());
                    m.rows << leaf;
                }
            }
        }
    }
    return m;
}

} // namespace kirikae
