// Operator graph benchmark: 300 operators with ~600 requirements, resolved and laid out by Graphviz (dot).
#include "analysis/graphlayout.h"
#include "analysis/operatorgraph.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>

#include <cstdio>

using namespace kirikae;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int count = 300;
    QRandomGenerator random(42); // the same graph on every run
    OperatorSource cluster;
    cluster.cluster = QStringLiteral("big");
    for (int i = 0; i < count; ++i) {
        OperatorCsv csv;
        csv.package = QStringLiteral("operator-%1").arg(i, 3, 10, QLatin1Char('0'));
        csv.name = csv.package + QStringLiteral(".v1.%1.0").arg(i % 7);
        csv.version = QStringLiteral("1.%1.0").arg(i % 7);
        for (int k = 0; k < 3; ++k)
            csv.ownedCrds << QStringLiteral("g%1.example.com/v1/Kind%2").arg(i).arg(k);
        // Requirements point at operators with a higher number (layers of a real platform), a few by package.
        const int needs = int(random.bounded(4));
        for (int n = 0; n < needs && i + 1 < count; ++n) {
            const int to = i + 1 + int(random.bounded(std::min(40, count - i - 1)));
            if (n == 0) {
                OperatorRequirement r;
                r.subject = QStringLiteral("operator-%1").arg(to, 3, 10, QLatin1Char('0'));
                r.versionRange = QStringLiteral(">=1.0.0");
                csv.dependencies << r;
            } else {
                csv.requiredCrds << QStringLiteral("g%1.example.com/v1/Kind%2").arg(to).arg(n % 3);
            }
        }
        cluster.csvs << csv;
    }

    QElapsedTimer timer;
    timer.start();
    const OperatorGraph graph = resolveOperators({cluster}, {MinorVersion{1, 31}, std::nullopt});
    const double resolveSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    QMap<std::pair<int, int>, QStringList> merged;
    for (const auto &e : graph.edges)
        merged[{e.from, e.to}] << e.via;
    LayoutRequest request;
    for (int i = 0; i < graph.nodes.size(); ++i)
        request.nodes << QSizeF(150, 34);
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        request.edges << LayoutRequest::Edge{it.key().first, it.key().second, QString()};
    const auto layout = layoutGraph(request);
    const double layoutSeconds = double(timer.nsecsElapsed()) / 1e9;

    const double total = resolveSeconds + layoutSeconds;
    const bool ok = layout && total <= 1.0 && graph.nodes.size() == count && graph.missing.isEmpty();
    std::printf("operators: %lld nodes, %lld requirements, %lld arrows drawn\n", qint64(graph.nodes.size()),
                qint64(graph.edges.size()), qint64(merged.size()));
    std::printf("%-58s %10.2f s    target <= 1.00  %s\n", "300 operators: resolution + Graphviz layout", total,
                ok ? "ok" : "MISSED");
    std::printf("%-58s %10.3f s\n", "  of which resolution", resolveSeconds);
    return ok ? 0 : 1;
}
